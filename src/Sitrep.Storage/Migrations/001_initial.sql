-- Sitrep schema, version 1. Every statement is idempotent so a half-applied migration can be re-run.
CREATE TABLE IF NOT EXISTS documents (
    id               INTEGER PRIMARY KEY,
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
    updated_at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    rowid_key        INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
    latitude         REAL,
    longitude        REAL,
    country          TEXT,
    admin1           TEXT,
    geo_precision    INTEGER,
    geonameid        INTEGER,
    fatalities       INTEGER,
    weapon           TEXT,
    modality         TEXT NOT NULL,
    evidence         TEXT NOT NULL,
    confidence       REAL,
    json             TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_by_cluster ON events(cluster_id);
CREATE INDEX IF NOT EXISTS documents_by_published ON documents(published);
CREATE INDEX IF NOT EXISTS events_by_date ON events(event_date, event_type);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence, content='events', content_rowid='rowid_key');
CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE IF NOT EXISTS changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
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
