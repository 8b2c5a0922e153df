/** Crèche registry: domain, gazetteer, search, import and export. */
package ma.hadana.registry;
