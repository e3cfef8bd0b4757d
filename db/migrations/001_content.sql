-- Course content. Every row belongs to a pack; removing or replacing a pack removes its rows.
-- Learner data lives in other tables (002) and refers to content by its string ids only.

CREATE TABLE packs (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    version      INTEGER NOT NULL,
    language     TEXT NOT NULL,
    author       TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    bundled      INTEGER NOT NULL DEFAULT 0,
    installed_at TEXT NOT NULL
);

CREATE TABLE sources (
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    url      TEXT NOT NULL DEFAULT '',
    file     TEXT NOT NULL DEFAULT '',
    as_of    TEXT NOT NULL,
    PRIMARY KEY (pack_id, id)
);

CREATE TABLE service_models (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    summary  TEXT NOT NULL,
    sources  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE layers (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, -- 0 is the bottom of the stack
    name     TEXT NOT NULL,
    summary  TEXT NOT NULL,
    sources  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE responsibilities (
    layer_id    TEXT NOT NULL REFERENCES layers (id) ON DELETE CASCADE,
    model_id    TEXT NOT NULL REFERENCES service_models (id) ON DELETE CASCADE,
    party       TEXT NOT NULL CHECK (party IN ('aws', 'customer', 'shared')),
    explanation TEXT NOT NULL,
    PRIMARY KEY (layer_id, model_id)
);

CREATE TABLE services (
    id             TEXT PRIMARY KEY,
    pack_id        TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    model_id       TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    aws_term       TEXT NOT NULL,
    summary        TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    end_of_support TEXT NOT NULL DEFAULT '',
    sources        TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE control_categories (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    summary  TEXT NOT NULL,
    sources  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE control_examples (
    category_id TEXT NOT NULL REFERENCES control_categories (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    aws         TEXT NOT NULL DEFAULT '',
    customer    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (category_id, position)
);

CREATE TABLE customer_areas (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    sources  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE customer_area_items (
    area_id  TEXT NOT NULL REFERENCES customer_areas (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (area_id, position)
);

CREATE TABLE topics (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    section  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE lessons (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    summary  TEXT NOT NULL,
    body     TEXT NOT NULL,
    facts    TEXT NOT NULL DEFAULT '[]',
    nuances  TEXT NOT NULL DEFAULT '[]',
    sources  TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX lessons_by_topic ON lessons (topic_id, position);

CREATE TABLE glossary_terms (
    id         TEXT PRIMARY KEY,
    pack_id    TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    term       TEXT NOT NULL,
    aliases    TEXT NOT NULL DEFAULT '[]',
    definition TEXT NOT NULL,
    sources    TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE glossary_lessons (
    term_id   TEXT NOT NULL REFERENCES glossary_terms (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    PRIMARY KEY (term_id, lesson_id)
);

CREATE TABLE questions (
    id         TEXT PRIMARY KEY,
    pack_id    TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('single', 'multiple', 'truefalse', 'classify')),
    topic_id   TEXT NOT NULL,
    prompt     TEXT NOT NULL,
    facts      TEXT NOT NULL DEFAULT '[]',
    lesson_id  TEXT NOT NULL DEFAULT '',
    layer_id   TEXT NOT NULL DEFAULT '',
    model_id   TEXT NOT NULL DEFAULT '',
    service_id TEXT NOT NULL DEFAULT '',
    sources    TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE choices (
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    correct     INTEGER NOT NULL DEFAULT 0,
    party       TEXT NOT NULL DEFAULT '' CHECK (party IN ('', 'aws', 'customer', 'shared')),
    explanation TEXT NOT NULL,
    PRIMARY KEY (question_id, id)
);
