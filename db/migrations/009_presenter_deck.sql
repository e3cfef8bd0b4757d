-- The instructor's own presenter deck: one item per row, in order from 0 (see
-- core/PresenterDeck.h for the form of an item). No rows: the default deck applies.

CREATE TABLE presenter_deck (
    position INTEGER PRIMARY KEY,
    item     TEXT NOT NULL
);
