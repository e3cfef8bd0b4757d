-- Running totals beside the answer history, written in the same transaction as every answer,
-- so that progress, the Mistakes quiz and the matrix's error map never scan the history; and
-- the results of finished exams. Totals are filled from the answers recorded so far.

CREATE TABLE item_stats (
    item_id          TEXT PRIMARY KEY,
    attempts         INTEGER NOT NULL DEFAULT 0,
    correct          INTEGER NOT NULL DEFAULT 0,
    last_correct     INTEGER NOT NULL DEFAULT 0,
    last_answered_at TEXT NOT NULL DEFAULT '',
    last_answer      TEXT NOT NULL DEFAULT '{}'
);

INSERT INTO item_stats (item_id, attempts, correct, last_correct, last_answered_at, last_answer)
SELECT a.question_id, t.attempts, t.correct, a.correct, a.answered_at, a.answer
FROM attempts a
JOIN (SELECT question_id, count(*) AS attempts, sum(correct) AS correct, max(id) AS last_id
      FROM attempts GROUP BY question_id) t ON a.id = t.last_id;

-- One row per day of the learner's local calendar (YYYY-MM-DD).
CREATE TABLE daily_activity (
    day      TEXT PRIMARY KEY,
    attempts INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO daily_activity (day, attempts, correct)
SELECT date(answered_at, 'localtime'), count(*), sum(correct) FROM attempts GROUP BY 1;

CREATE TABLE exam_results (
    id          INTEGER PRIMARY KEY,
    finished_at TEXT NOT NULL,
    questions   INTEGER NOT NULL CHECK (questions > 0),
    correct     INTEGER NOT NULL CHECK (correct BETWEEN 0 AND questions),
    score       REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    passed      INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0
);
