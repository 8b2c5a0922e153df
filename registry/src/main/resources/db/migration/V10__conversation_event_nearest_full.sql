-- A search whose nearest result has no free place (places_available = 0) is unmet demand too.
-- NULL for other events, for searches without results and for events written before this column.
ALTER TABLE conversation_event ADD COLUMN nearest_full boolean;
