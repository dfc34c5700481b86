-- The words of a stance's evidence, as a JSON list of [start, end] character offsets into the
-- article text: its quotes, its events and the narrator's sentences (which have no id in
-- `evidence`). Rows stored before this migration hold NULL.
ALTER TABLE stances ADD COLUMN evidence_spans TEXT;
