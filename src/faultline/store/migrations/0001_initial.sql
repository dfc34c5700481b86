-- faultline store, version 1: one table per kind of the analysis contract (shared/SCHEMA.md).
-- Portable DDL (SQLite and PostgreSQL): TEXT/INTEGER/REAL columns, JSON as TEXT, ANSI double quotes
-- for the column names that are SQL keywords ("start", "end", "for", "date", "trigger").
-- Per-article rows carry article_id; ids are content hashes, so re-ingesting adds nothing.
-- date_value holds a sortable ISO prefix of the date (day, month, first month of a quarter, year),
-- NULL for relative or unknown dates: ORDER BY COALESCE(date_value, articles.published).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    ref TEXT,
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    n_words INTEGER NOT NULL
);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    role TEXT,
    wikidata TEXT
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    actor_id TEXT NOT NULL REFERENCES actors (id),
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id, "start", "end")
);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    speaker_text TEXT,
    speaker_span TEXT,
    cue TEXT,
    cue_span TEXT,
    "date" TEXT,
    date_value TEXT,
    date_precision TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id),
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    about TEXT NOT NULL,
    negated INTEGER NOT NULL,
    "date" TEXT,
    date_value TEXT,
    date_precision TEXT,
    text TEXT,
    "start" INTEGER,
    "end" INTEGER,
    quote TEXT,
    "trigger" TEXT,
    modality TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE issues (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE stances (
    article_id TEXT NOT NULL REFERENCES articles (id),
    actor TEXT NOT NULL,
    issue TEXT NOT NULL,
    polarity INTEGER NOT NULL,
    strength REAL NOT NULL,
    via TEXT,
    "date" TEXT,
    date_value TEXT,
    date_precision TEXT,
    published TEXT,
    evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, actor, issue)
);

CREATE TABLE splits (
    article_id TEXT NOT NULL REFERENCES articles (id),
    issue TEXT NOT NULL,
    bloc TEXT NOT NULL,
    "for" TEXT NOT NULL,
    against TEXT NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, issue, bloc)
);

-- Inputs or stages that failed: one row per (ref, stage), the first error kept, so re-running a batch
-- leaves the same rows.
CREATE TABLE failures (
    ref TEXT NOT NULL,
    stage TEXT NOT NULL,
    error TEXT NOT NULL,
    PRIMARY KEY (ref, stage)
);

CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX stances_issue ON stances (issue, actor);
CREATE INDEX articles_published ON articles (published);
