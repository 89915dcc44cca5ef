-- A page that reverts to an earlier text is a new version of its article, so one
-- text may be stored once per version (services.versions decides what is a
-- duplicate). The index stays unique on (text, version): a text can never be
-- stored twice as a first version (two imports at once, a resumed import), and
-- duplicate detection keeps its index lookup on content_hash.
DROP INDEX IF EXISTS articles_content_hash;
CREATE UNIQUE INDEX IF NOT EXISTS articles_content_hash_version
    ON articles(content_hash, version);
