-- A question whose key is one party for its layer under its model or service names that party
-- ("aws", "customer", "shared"; empty for the others), so that the key can be checked against
-- the matrix.

ALTER TABLE questions ADD COLUMN party TEXT NOT NULL DEFAULT '' CHECK (party IN ('', 'aws', 'customer', 'shared'));
