-- Messaging channels (Twilio SMS/WhatsApp, Telegram): inbound deduplication, the durable
-- outbox of messages sent outside an HTTP reply, and the referral code a contact arrived with.

-- One row per provider message already handled (Twilio MessageSid, Telegram update_id), written
-- in the transaction of the conversation step it caused, so a redelivery is answered once.
CREATE TABLE inbound_receipt (
    provider     text        NOT NULL CHECK (provider IN ('twilio', 'telegram')),
    provider_id  text        NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (provider, provider_id)
);

CREATE INDEX inbound_receipt_time_idx ON inbound_receipt (received_at);

-- Messages to send, written in the transaction of the state change that caused them and sent by
-- workers (SELECT ... FOR UPDATE SKIP LOCKED). The raw address (phone number, chat id) is kept
-- only here because it is needed to send; finished rows are deleted after a retention period.
-- status: pending (due at next_attempt_at), sending (claimed until next_attempt_at), sent,
-- opted_out (recipient opted out: never sent), failed (provider refused for good), dead (retries
-- exhausted). dead_letter marks failed and dead rows for the admins. confirms_opt_out marks the
-- one message an opted-out recipient still gets: the confirmation of its STOP.
CREATE TABLE outbox (
    id                   bigserial   PRIMARY KEY,
    channel              text        NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'telegram')),
    address              text        NOT NULL,
    payload              jsonb       NOT NULL,
    idempotency_key      text        NOT NULL UNIQUE,
    confirms_opt_out     boolean     NOT NULL DEFAULT false,
    status               text        NOT NULL DEFAULT 'pending'
                                     CHECK (status IN ('pending', 'sending', 'sent', 'opted_out', 'failed', 'dead')),
    attempts             integer     NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz NOT NULL,
    last_error           text,
    provider_message_id  text,
    delivery_status      text,
    delivery_error       text,
    dead_letter          boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    sent_at              timestamptz
);

CREATE INDEX outbox_due_idx ON outbox (channel, next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_recipient_open_idx ON outbox (channel, address, id) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_recipient_sent_idx ON outbox (channel, address, sent_at) WHERE status = 'sent';
CREATE INDEX outbox_provider_message_idx ON outbox (provider_message_id) WHERE provider_message_id IS NOT NULL;
CREATE INDEX outbox_dead_letter_idx ON outbox (updated_at) WHERE dead_letter;
CREATE INDEX outbox_finished_idx ON outbox (updated_at) WHERE status IN ('sent', 'opted_out');

-- The deep-link code a contact last arrived with (Telegram /start <code>), for referrals.
ALTER TABLE contact ADD COLUMN referral_code text;
ALTER TABLE contact ADD COLUMN referred_at timestamptz;
