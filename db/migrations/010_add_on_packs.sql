-- Packs that add lessons, glossary terms and questions to a course pack ("extends" names it),
-- packs switched off without being removed, and what new versions of packs took away.

ALTER TABLE packs ADD COLUMN extends TEXT NOT NULL DEFAULT '';
ALTER TABLE packs ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;

-- Lessons, glossary terms and questions that a newer version of their pack took away (or
-- that went with a removed pack). Learner history keyed to their ids is never deleted; this
-- keeps enough to show it, marked "retired". An item that comes back leaves this table.
CREATE TABLE retired_items (
    kind       TEXT NOT NULL CHECK (kind IN ('lesson', 'glossary', 'question')),
    id         TEXT NOT NULL,
    pack_id    TEXT NOT NULL,
    title      TEXT NOT NULL,
    retired_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
