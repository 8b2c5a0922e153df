-- Inbox and human handover: conversations where a person is needed, and the recent exchange a
-- social worker reads before replying from the console.

-- One conversation handed to people. state: waiting (a person is needed, the bot still answers),
-- handed_over (a person has it: the bot stays quiet except for keywords), closed. address is the
-- raw phone number or chat id the console replies to: kept only while the handover is open,
-- cleared when it closes (and the whole row goes with retention or forget).
-- language is the family's reply variant (fr, ar, ary, ary-Latn, en).
CREATE TABLE handover (
    id                bigserial   PRIMARY KEY,
    channel           text        NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'telegram')),
    sender_key        text        NOT NULL,
    address           text,
    language          text        NOT NULL,
    reason            text        NOT NULL CHECK (reason IN ('human', 'obstacle', 'not_understood')),
    obstacle_category text,
    state             text        NOT NULL CHECK (state IN ('waiting', 'handed_over', 'closed')),
    opened_at         timestamptz NOT NULL,
    last_message_at   timestamptz NOT NULL,
    taken_by          bigint      REFERENCES console_user (id) ON DELETE SET NULL,
    taken_at          timestamptz,
    closed_at         timestamptz,
    closed_by         bigint      REFERENCES console_user (id) ON DELETE SET NULL,
    CHECK (state <> 'closed' OR (closed_at IS NOT NULL AND address IS NULL))
);

-- At most one open handover per person on a channel.
CREATE UNIQUE INDEX handover_open_idx ON handover (channel, sender_key) WHERE state <> 'closed';
CREATE INDEX handover_inbox_idx ON handover (opened_at) WHERE state <> 'closed';
CREATE INDEX handover_closed_idx ON handover (closed_at) WHERE state = 'closed';

-- The exchange of a handover: in (the family), out (a social worker, author), bot (the bot's
-- replies). Bodies are sensitive: deleted with their handover (retention after closing, forget).
CREATE TABLE handover_message (
    id           bigserial   PRIMARY KEY,
    handover_id  bigint      NOT NULL REFERENCES handover (id) ON DELETE CASCADE,
    direction    text        NOT NULL CHECK (direction IN ('in', 'out', 'bot')),
    text         text        NOT NULL,
    author       bigint      REFERENCES console_user (id) ON DELETE SET NULL,
    at           timestamptz NOT NULL
);

CREATE INDEX handover_message_handover_idx ON handover_message (handover_id, id);
