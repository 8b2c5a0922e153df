-- Hardening: a per-sender rate limit shared by every instance, retention of contacts, and
-- anonymous counts of rate-limited and forgotten senders.

-- One fixed window per sender: when it began and how many messages it has counted. Updated in
-- the transaction that locks the sender's contact row; a window older than the limit restarts.
CREATE TABLE rate_window (
    channel       text        NOT NULL,
    sender_key    text        NOT NULL,
    window_start  timestamptz NOT NULL,
    messages      integer     NOT NULL,
    PRIMARY KEY (channel, sender_key)
);

CREATE INDEX rate_window_start_idx ON rate_window (window_start);

-- Retention deletes contacts not seen for HADANA_RETENTION_DAYS.
CREATE INDEX contact_last_seen_idx ON contact (last_seen);

-- Anonymous counts only: no sender, no text.
ALTER TABLE conversation_event DROP CONSTRAINT conversation_event_kind_check;
ALTER TABLE conversation_event ADD CONSTRAINT conversation_event_kind_check
    CHECK (kind IN ('search', 'obstacle', 'not_understood', 'human', 'rate_limited', 'forgotten'));
