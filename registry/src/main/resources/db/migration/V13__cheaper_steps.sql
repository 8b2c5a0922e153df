-- Cheaper conversation steps (bench/RESULTS.md, "webhook load"). Every message rewrites its
-- sender's contact row (last_seen) and dialogue row (state, expiry).

-- The dialogue state is Hadana's own JSON, written and read whole: stored as text, PostgreSQL
-- no longer parses it into jsonb on every save and prints it back on every load.
ALTER TABLE dialogue ALTER COLUMN state TYPE text USING state::text;

-- Without an index on a column every message changes, the row can be rewritten in place on its
-- page (a HOT update: no new index entries, less WAL, less vacuum). Retention, which used these
-- indexes, runs once an hour and scans the tables instead.
DROP INDEX dialogue_expires_idx;
DROP INDEX contact_last_seen_idx;

-- Room on each page for the next version of a row, so that HOT updates can happen.
ALTER TABLE dialogue SET (fillfactor = 50);
ALTER TABLE contact SET (fillfactor = 80);
