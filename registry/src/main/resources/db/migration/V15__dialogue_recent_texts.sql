-- The last texts of a dialogue (for a social worker who takes over) leave the JSON state for a
-- column of their own: each message appends to it in SQL, and the state read and written on
-- every message shrinks from about 1.2 kB to a few hundred bytes. Each element is "by:text"
-- (by: in, bot or out), oldest first, at most six.
ALTER TABLE dialogue ADD COLUMN recent text[] NOT NULL DEFAULT '{}';

UPDATE dialogue
   SET recent = ARRAY(SELECT (e ->> 'by') || ':' || (e ->> 'text')
                        FROM jsonb_array_elements(state::jsonb -> 'recent') WITH ORDINALITY AS x (e, n)
                       ORDER BY n),
       state = (state::jsonb - 'recent')::text
 WHERE state::jsonb -> 'recent' IS NOT NULL;
