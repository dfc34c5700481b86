-- One stance per actor, issue AND polarity in an article: an article can report a current position
-- and an earlier one ("Berlin, which opposed talks in January, now backs them"); both are evidence
-- for the stance over time, each with its own date.
CREATE TABLE stances_new (
    article_id TEXT NOT NULL REFERENCES articles (id),
    actor TEXT NOT NULL,
    issue TEXT NOT NULL,
    polarity INTEGER NOT NULL,
    strength REAL NOT NULL,
    via TEXT,
    "date" TEXT,
    date_value TEXT,
    date_precision TEXT,
    published TEXT,
    evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, actor, issue, polarity)
);

INSERT INTO stances_new (article_id, actor, issue, polarity, strength, via, "date", date_value,
                         date_precision, published, evidence)
SELECT article_id, actor, issue, polarity, strength, via, "date", date_value, date_precision, published,
       evidence
FROM stances;

DROP TABLE stances;

ALTER TABLE stances_new RENAME TO stances;

CREATE INDEX stances_issue ON stances (issue, actor);
