-- Full-text search over lessons, glossary terms and questions. The index is rebuilt from the
-- content tables after every pack import, in the import's transaction.

CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    item_id UNINDEXED,
    title,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
