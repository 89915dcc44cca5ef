-- Articles enter the full-text index through the store, which adds a whole
-- import batch in one statement (several times cheaper than a trigger firing
-- row by row). Updates and deletes still keep the index in step by trigger.
DROP TRIGGER IF EXISTS articles_ai;
