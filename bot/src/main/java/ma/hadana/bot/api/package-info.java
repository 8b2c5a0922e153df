/** Hadana's public read API (no login), under {@code /api/v1}, and its JSON errors. */
package ma.hadana.bot.api;
