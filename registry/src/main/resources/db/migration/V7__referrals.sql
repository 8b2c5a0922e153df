-- Referrals: a social worker sends a family a crèche's details through the outbox and follows up.
-- The family's raw address (phone number) is kept only while the referral is open: it is cleared
-- when the referral is finished (enrolled, refused, closed), by retention after
-- HADANA_RETENTION_DAYS, and when the family asks to be forgotten. sender_key is the keyed hash
-- (HMAC with HADANA_PEPPER) that finds the family's contact once they write to Hadana.
CREATE TABLE referral (
    id                 bigserial   PRIMARY KEY,
    -- What the family types or follows (t.me/<bot>?start=<code>): 6 characters without 0 O 1 I.
    code               text        NOT NULL UNIQUE CHECK (code ~ '^[A-HJ-NP-Z2-9]{6}$'),
    creche_id          text        NOT NULL REFERENCES creche (id),
    created_by         bigint      NOT NULL REFERENCES console_user (id),
    -- Null until the family links a Telegram referral (by /start CODE or by texting the code).
    channel            text        CHECK (channel IN ('sms', 'whatsapp', 'telegram')),
    address            text,
    sender_key         text,
    language           text        NOT NULL CHECK (language IN ('fr', 'ar', 'ary', 'ary-Latn', 'en')),
    child_age_months   integer     CHECK (child_age_months BETWEEN 0 AND 120),
    needs              text[]      NOT NULL DEFAULT '{}'
                                   CHECK (needs <@ ARRAY['special_needs', 'meals', 'free',
                                       'undocumented', 'saturday', 'long_hours']::text[]),
    needs_note         text        CHECK (char_length(needs_note) <= 200),
    status             text        NOT NULL DEFAULT 'sent'
                                   CHECK (status IN ('sent', 'contacted', 'enrolled', 'waitlisted',
                                       'refused', 'closed')),
    -- The codes of the bot's obstacles (ma.hadana.bot.conversation.Obstacle), only when refused.
    obstacle_category  text        CHECK (obstacle_category IN ('documents', 'cost', 'full',
                                       'language', 'distance', 'discrimination', 'disability',
                                       'hours', 'other')),
    linked_at          timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (obstacle_category IS NULL OR status = 'refused'),
    CHECK (address IS NULL OR channel IS NOT NULL)
);

-- "My open referrals" (a worker's), and every open referral for the admins, newest first.
CREATE INDEX referral_open_worker_idx ON referral (created_by, created_at DESC)
    WHERE status IN ('sent', 'contacted', 'waitlisted');
CREATE INDEX referral_open_idx ON referral (created_at DESC)
    WHERE status IN ('sent', 'contacted', 'waitlisted');
-- Forget and linking find a family's referrals by its sender key.
CREATE INDEX referral_sender_idx ON referral (sender_key) WHERE sender_key IS NOT NULL;
-- Retention clears the addresses still held.
CREATE INDEX referral_address_idx ON referral (created_at) WHERE address IS NOT NULL;

-- Every status a referral went through: when, and who (a console user; null = the family, when
-- it linked the referral by writing to Hadana).
CREATE TABLE referral_status (
    id                 bigserial   PRIMARY KEY,
    referral_id        bigint      NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    status             text        NOT NULL CHECK (status IN ('sent', 'contacted', 'enrolled',
                                       'waitlisted', 'refused', 'closed')),
    obstacle_category  text,
    at                 timestamptz NOT NULL,
    by_user            bigint      REFERENCES console_user (id)
);

CREATE INDEX referral_status_referral_idx ON referral_status (referral_id, at, id);
