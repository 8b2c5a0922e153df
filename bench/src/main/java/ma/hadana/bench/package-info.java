/** JMH benchmarks of the crèche search; run by hand, results in bench/RESULTS.md. */
package ma.hadana.bench;
