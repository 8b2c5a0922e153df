-- People who sign in to the admin console. Emails are stored lower-case; passwords as BCrypt.
-- failed_attempts and locked_until implement the per-account lock-out (5 failures, 15 minutes).
CREATE TABLE console_user (
    id              bigserial   PRIMARY KEY,
    email           text        NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash   text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'SOCIAL_WORKER')),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
