-- Lessons the learner has opened: one row per lesson, with when it was first opened (Unix
-- seconds). The table of contents ticks them and the Home view counts them.

CREATE TABLE lessons_read (
    lesson_id TEXT PRIMARY KEY,
    read_at   INTEGER NOT NULL
);
