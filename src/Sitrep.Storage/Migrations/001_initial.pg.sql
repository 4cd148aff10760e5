-- Sitrep schema, version 1, PostgreSQL + PostGIS: the SQLite schema's twin. Idempotent; the advisory lock keeps two
-- processes from running it at once.
SELECT pg_advisory_xact_lock(5130206);
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE IF NOT EXISTS documents (
    id               BIGSERIAL PRIMARY KEY,
    doc_key          TEXT NOT NULL UNIQUE,
    url              TEXT,
    title            TEXT,
    outlet           TEXT,
    published        TEXT,
    published_source TEXT,
    content_hash     TEXT NOT NULL,
    text             TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    ingested_at      TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    text_tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX IF NOT EXISTS documents_text_tsv ON documents USING GIN (text_tsv);
CREATE TABLE IF NOT EXISTS events (
    rowid_key        BIGSERIAL PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    document_id      BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    cluster_id       TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    sub_event_type   TEXT NOT NULL,
    plover           TEXT,
    event_date       TEXT,
    time_precision   INTEGER,
    actor1           TEXT,
    actor1_country   TEXT,
    inter1           INTEGER,
    actor2           TEXT,
    actor2_country   TEXT,
    inter2           INTEGER,
    location         TEXT,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    country          TEXT,
    admin1           TEXT,
    geo_precision    INTEGER,
    geonameid        BIGINT,
    fatalities       INTEGER,
    weapon           TEXT,
    modality         TEXT NOT NULL,
    evidence         TEXT NOT NULL,
    confidence       DOUBLE PRECISION,
    json             TEXT NOT NULL,
    evidence_tsv     tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED,
    geom             geometry(Point, 4326) GENERATED ALWAYS AS (
                         CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED
);
CREATE INDEX IF NOT EXISTS events_by_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_by_cluster ON events(cluster_id);
CREATE INDEX IF NOT EXISTS documents_by_published ON documents(published);
CREATE INDEX IF NOT EXISTS events_by_date ON events(event_date, event_type);
CREATE INDEX IF NOT EXISTS events_evidence_tsv ON events USING GIN (evidence_tsv);
CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom);
CREATE TABLE IF NOT EXISTS changes (
    seq         BIGSERIAL PRIMARY KEY,
    at          TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    entity      TEXT NOT NULL CHECK (entity IN ('document', 'event')),
    entity_id   TEXT NOT NULL,
    document    TEXT
);
-- the version of the clustering rules the stored cluster ids follow (none yet: regrouped at the next open)
CREATE TABLE IF NOT EXISTS clustering_state (version INTEGER NOT NULL);
-- days whose clusters a stored batch may have changed, until the store regroups them (a killed run leaves them here)
CREATE TABLE IF NOT EXISTS recluster_pending (day TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
