-- The builder-and-homeowner analogy as a table: a part of the house, what it stands for in
-- the cloud, and whose job it is.

CREATE TABLE analogy_rows (
    id          TEXT PRIMARY KEY,
    pack_id     TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    house       TEXT NOT NULL,
    cloud       TEXT NOT NULL,
    party       TEXT NOT NULL CHECK (party IN ('aws', 'customer', 'shared')),
    explanation TEXT NOT NULL,
    sources     TEXT NOT NULL DEFAULT '[]'
);
