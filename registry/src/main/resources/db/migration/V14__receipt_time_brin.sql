-- Every webhook inserts one inbound receipt; the only reader of its time is retention, once an
-- hour (DELETE ... WHERE received_at < now - retention). Receipts arrive in time order, so a BRIN
-- index (a few summary tuples per block range) serves that delete as well as the B-tree did,
-- without a B-tree insertion on every message.
DROP INDEX inbound_receipt_time_idx;
CREATE INDEX inbound_receipt_time_brin ON inbound_receipt USING brin (received_at)
    WITH (autosummarize = on);
