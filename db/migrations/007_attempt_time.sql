-- How long the learner took to answer, in milliseconds (0 for attempts recorded before).

ALTER TABLE attempts ADD COLUMN elapsed_ms INTEGER NOT NULL DEFAULT 0;
