/** Listings as HSDS 3.0 {@code service} objects, shared by the bot's API and the console export. */
package ma.hadana.registry.hsds;
