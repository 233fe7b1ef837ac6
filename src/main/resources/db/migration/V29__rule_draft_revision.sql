-- Two analysts editing the one candidate must not overwrite each other: every save names the revision it was based on
-- and is refused when the candidate has moved on (UPDATE ... WHERE revision = the one the analyst saw).
ALTER TABLE rule_draft ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
