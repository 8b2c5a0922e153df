-- Conversation state and the anonymous events that feed the needs assessment.
-- Senders are stored only as keyed hashes (HMAC-SHA256 with HADANA_PEPPER), never raw.

-- One row per person on a channel: what outlives a dialogue (chosen language, opt-out).
CREATE TABLE contact (
    channel          text        NOT NULL,
    sender_key       text        NOT NULL,
    language         text,
    language_chosen  boolean     NOT NULL DEFAULT false,
    opted_out        boolean     NOT NULL DEFAULT false,
    opted_out_at     timestamptz,
    first_seen       timestamptz NOT NULL,
    last_seen        timestamptz NOT NULL,
    PRIMARY KEY (channel, sender_key)
);

-- The current dialogue (slots, last list shown, pending question); expires after a day.
CREATE TABLE dialogue (
    channel     text        NOT NULL,
    sender_key  text        NOT NULL,
    state       jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (channel, sender_key)
);

CREATE INDEX dialogue_expires_idx ON dialogue (expires_at);

-- Searches and obstacles, without message text or sender: the demand statistics.
CREATE TABLE conversation_event (
    id                bigserial   PRIMARY KEY,
    occurred_at       timestamptz NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('search', 'obstacle', 'not_understood', 'human')),
    channel           text        NOT NULL,
    language          text,
    intent            text,
    place_id          text,
    commune           text,
    arrondissement_id text,
    age_months        integer,
    filters           text,
    results_count     integer,
    nearest_meters    integer,
    obstacle_category text
);

CREATE INDEX conversation_event_kind_time_idx ON conversation_event (kind, occurred_at);
