-- Whether the provider may have been called under a row's current claim. A claim on a message's
-- last attempt sets uncalled; its worker clears it (guarded by its claim) just before it calls
-- the provider, and does not call it if that fails. A last-attempt claim that expires while
-- uncalled was never sent: the abandoned-claims pass queues it again, uncounted, instead of
-- dead-lettering it. Every other claim, and every row written by an older version, reads false
-- ("may have been called"), so such a row is dead-lettered as before and never sent twice.
ALTER TABLE outbox ADD COLUMN uncalled boolean NOT NULL DEFAULT false;
