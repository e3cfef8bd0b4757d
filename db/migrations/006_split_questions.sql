-- Questions gain the "split" type (a shared control split into AWS's and the customer's
-- parts) and the control's name. SQLite cannot widen a CHECK constraint in place, so the
-- question tables are made anew; they hold only content, and the bundled course is marked
-- for re-import so its questions return at the next start. Learner tables are untouched.

DROP TABLE choices;
DROP TABLE questions;

CREATE TABLE questions (
    id         TEXT PRIMARY KEY,
    pack_id    TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('single', 'multiple', 'truefalse', 'classify', 'split')),
    topic_id   TEXT NOT NULL,
    prompt     TEXT NOT NULL,
    facts      TEXT NOT NULL DEFAULT '[]',
    lesson_id  TEXT NOT NULL DEFAULT '',
    layer_id   TEXT NOT NULL DEFAULT '',
    model_id   TEXT NOT NULL DEFAULT '',
    service_id TEXT NOT NULL DEFAULT '',
    control    TEXT NOT NULL DEFAULT '',
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

DELETE FROM search_index WHERE kind = 'question';
UPDATE packs SET content_hash = '' WHERE bundled = 1;
