-- Crèche needs assessment (issue 5, item 6): what the survey recorded about each listing's needs,
-- one row per listing and need, each with the date it was recorded and who recorded it.
-- value: 'true'/'false' for yes/no needs, a |-separated list of language codes for
-- staff_languages, NULL for 'other' (its text is the note). places: how many places could be
-- added (more_places only).
CREATE TABLE creche_need (
    creche_id    text        NOT NULL REFERENCES creche (id),
    need         text        NOT NULL CHECK (need IN ('trained_staff', 'staff_languages',
                                 'teaching_materials', 'more_places', 'fee_support',
                                 'accessibility', 'other')),
    value        text,
    places       integer     CHECK (places >= 0),
    note         text,
    recorded_at  date        NOT NULL,
    recorded_by  text        NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (creche_id, need)
);

-- Every change to a need, as it was after the change ('set') or before it was removed
-- ('cleared'), with who changed it in the console or by import and when.
CREATE TABLE creche_need_history (
    id           bigserial   PRIMARY KEY,
    creche_id    text        NOT NULL,
    need         text        NOT NULL,
    action       text        NOT NULL CHECK (action IN ('set', 'cleared')),
    value        text,
    places       integer,
    note         text,
    recorded_at  date,
    recorded_by  text,
    changed_at   timestamptz NOT NULL,
    changed_by   text        NOT NULL
);

CREATE INDEX creche_need_history_creche_idx ON creche_need_history (creche_id, changed_at DESC);
