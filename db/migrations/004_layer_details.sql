-- Concrete examples per layer, the nuance of a matrix cell, and cells that belong to one
-- service rather than to its model's column.

ALTER TABLE layers ADD COLUMN examples TEXT NOT NULL DEFAULT '[]';

ALTER TABLE responsibilities ADD COLUMN nuance TEXT NOT NULL DEFAULT '';

CREATE TABLE service_responsibilities (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    layer_id    TEXT NOT NULL REFERENCES layers (id) ON DELETE CASCADE,
    party       TEXT NOT NULL CHECK (party IN ('aws', 'customer', 'shared')),
    explanation TEXT NOT NULL,
    nuance      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (service_id, layer_id)
);
