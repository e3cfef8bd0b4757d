-- What a learner did. These tables never reference content rows by foreign key: they keep
-- the content's string ids, so a content re-import or a removed pack never loses them.

CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    mode        TEXT NOT NULL,
    answer      TEXT NOT NULL DEFAULT '[]',
    score       REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    correct     INTEGER NOT NULL
);
CREATE INDEX attempts_by_question ON attempts (question_id, answered_at);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (target_kind, target_id)
);

CREATE TABLE bookmarks (
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);

CREATE TABLE schedule (
    item_kind     TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    due_at        TEXT NOT NULL,
    interval_days REAL NOT NULL DEFAULT 0,
    ease          REAL NOT NULL DEFAULT 2.5,
    repetitions   INTEGER NOT NULL DEFAULT 0,
    lapses        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_kind, item_id)
);
CREATE INDEX schedule_by_due ON schedule (due_at);
