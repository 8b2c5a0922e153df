-- Crèche registry. Column names follow the registry CSV format (docs/registry-format.md);
-- HSDS 3.0 mapping: one row = organization (operator) + service + location + service_at_location.
CREATE TABLE creche (
    id                   text        PRIMARY KEY,
    name                 text        NOT NULL,
    name_ar              text,
    type                 text        NOT NULL CHECK (type IN ('public', 'private', 'associative')),
    operator             text,
    region               text,
    province             text,
    commune              text,
    arrondissement       text,
    neighbourhood        text,
    address              text,
    lat                  double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                  double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    phone                text,
    age_min_months       integer     NOT NULL CHECK (age_min_months >= 0),
    age_max_months       integer     NOT NULL CHECK (age_max_months >= age_min_months),
    capacity             integer     CHECK (capacity >= 0),
    places_available     integer     CHECK (places_available >= 0),
    monthly_fee_mad      integer     CHECK (monthly_fee_mad >= 0),
    opening_hours        text,
    languages            text[]      NOT NULL DEFAULT '{}',
    meals                boolean,
    accepts_undocumented text        NOT NULL DEFAULT 'unknown'
                                     CHECK (accepts_undocumented IN ('yes', 'no', 'unknown')),
    documents_required   text[]      NOT NULL DEFAULT '{}',
    special_needs        boolean,
    last_verified        date,
    status               text        NOT NULL DEFAULT 'active'
                                     CHECK (status IN ('active', 'temporarily_closed', 'closed')),
    notes                text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint      NOT NULL DEFAULT 0
);

CREATE INDEX creche_status_idx ON creche (status);
CREATE INDEX creche_commune_idx ON creche (commune);
CREATE INDEX creche_last_verified_idx ON creche (last_verified);

-- Every change to a listing, one row per field, named like HSDS 3.0 `metadata`.
CREATE TABLE creche_audit (
    id                bigserial   PRIMARY KEY,
    resource_id       text        NOT NULL,
    resource_type     text        NOT NULL DEFAULT 'creche',
    last_action_date  timestamptz NOT NULL DEFAULT now(),
    last_action_type  text        NOT NULL CHECK (last_action_type IN ('create', 'update', 'deactivate', 'delete')),
    field_name        text        NOT NULL,
    previous_value    text,
    replacement_value text,
    updated_by        text        NOT NULL
);

CREATE INDEX creche_audit_resource_idx ON creche_audit (resource_id, last_action_date DESC);

-- Every process holding a search index listens on this channel (see CrecheChangeListener).
CREATE FUNCTION creche_notify() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('creche_changed', OLD.id);
    ELSE
        PERFORM pg_notify('creche_changed', NEW.id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER creche_changed
    AFTER INSERT OR UPDATE OR DELETE ON creche
    FOR EACH ROW EXECUTE FUNCTION creche_notify();
