-- Annotator database: today's tables, the one file that shows them all.
-- A new database is made from this file in one step. An older file is brought
-- here by the migrations in annotator/store/migrations/ (0001 is the first
-- schema as it shipped); PRAGMA user_version counts them, and a test checks
-- that both roads end at the same tables.

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,            -- NFC, LF; never changes once stored
    url             TEXT,                     -- the article's own URL (ClaimReview appearance)
    published       TEXT,                     -- ISO 8601, possibly partial (2019-11)
    author          TEXT,
    language        TEXT,
    origin          TEXT,                     -- the file or feed it was imported from
    fact_check_url  TEXT,                     -- where the publisher puts the check
    content_hash    TEXT NOT NULL,            -- sha256 of the whitespace-folded body
    version         INTEGER NOT NULL DEFAULT 1,
    previous_id     INTEGER REFERENCES articles(id),   -- the version this one replaces
    superseded_by   INTEGER REFERENCES articles(id),   -- NULL for the latest version
    imported_at     TEXT NOT NULL,
    assigned_to     TEXT                      -- who checks it ("à vérifier par")
);
-- One text once per version: a revert to an older text is a new version.
CREATE UNIQUE INDEX articles_content_hash_version ON articles(content_hash, version);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_latest ON articles(superseded_by, published);
CREATE INDEX articles_assigned ON articles(assigned_to) WHERE assigned_to IS NOT NULL;

CREATE TABLE rating_scales (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE ratings (
    scale_id  INTEGER NOT NULL REFERENCES rating_scales(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    value     INTEGER CHECK (value IS NULL OR value >= 1),   -- higher = truer
    label_fr  TEXT NOT NULL,
    label_en  TEXT NOT NULL,
    color     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (scale_id, key)
);

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER,                      -- code points into the body; NULL if orphan
    "end"       INTEGER,
    exact       TEXT NOT NULL,                -- W3C TextQuoteSelector
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    anchor      TEXT NOT NULL DEFAULT 'exact'
                CHECK (anchor IN ('exact', 'moved', 'needs-review', 'orphan')),
    claimant    TEXT,
    claim_date  TEXT,
    created_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,   -- grows with each change of it, its review, sources
    updated_by  TEXT,                         -- who made the last change (user.name)
    updated_at  TEXT,                         -- and when
    CHECK ((start IS NULL AND "end" IS NULL) OR (0 <= start AND start < "end"))
);
CREATE INDEX claims_article ON claims(article_id, start);

CREATE TABLE reviews (
    claim_id        INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    verdict         TEXT,                     -- a key of the rating scale
    claim_reviewed  TEXT,                     -- short restatement (about 75 characters)
    explanation     TEXT,
    correction      TEXT,
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'in-review', 'published')),
    date_published  TEXT,
    updated_at      TEXT NOT NULL,
    review_url      TEXT,                     -- import-reviews: where it came from
    rating_label    TEXT,                     -- a verdict not on our scale, kept as given
    reviewed_by     TEXT                      -- another organisation's review (not ours)
);
CREATE INDEX reviews_verdict ON reviews(verdict, status);
CREATE INDEX reviews_review_url ON reviews(review_url) WHERE review_url IS NOT NULL;

CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    title      TEXT,
    publisher  TEXT,
    date       TEXT,
    quote      TEXT
);
CREATE INDEX sources_claim ON sources(claim_id, position);

-- Other fact-checkers' published verdicts (import-reviews), kept as they came.
CREATE TABLE external_reviews (
    id              INTEGER PRIMARY KEY,
    url             TEXT,
    publisher       TEXT,
    claim_reviewed  TEXT,
    claimant        TEXT,
    claim_date      TEXT,
    appearance_url  TEXT,
    rating_label    TEXT,
    rating_value    REAL,
    best_rating     REAL,
    worst_rating    REAL,
    language        TEXT,
    date_published  TEXT,
    origin          TEXT,
    raw             TEXT NOT NULL,            -- the JSON-LD as read, nothing dropped
    imported_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX external_reviews_identity
    ON external_reviews(coalesce(url, ''), coalesce(claim_reviewed, ''));

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Full-text search. unicode61 with remove_diacritics 2 makes "etats" find "États".
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- New articles are indexed by the store (annotator.store.repo): a whole import
-- batch in one statement. Changes and deletions keep the index in step here.
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Claims are indexed with their review text; rowid = claims.id.
CREATE VIRTUAL TABLE claims_fts USING fts5(
    quote, claim_reviewed, explanation, correction, claimant,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, quote, claimant) VALUES (new.id, new.exact, new.claimant);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.id;
END;
CREATE TRIGGER claims_au AFTER UPDATE OF exact, claimant ON claims BEGIN
    UPDATE claims_fts SET quote = new.exact, claimant = new.claimant WHERE rowid = new.id;
END;
CREATE TRIGGER reviews_ai AFTER INSERT ON reviews BEGIN
    UPDATE claims_fts SET claim_reviewed = new.claim_reviewed,
        explanation = new.explanation, correction = new.correction
    WHERE rowid = new.claim_id;
END;
CREATE TRIGGER reviews_au AFTER UPDATE ON reviews BEGIN
    UPDATE claims_fts SET claim_reviewed = new.claim_reviewed,
        explanation = new.explanation, correction = new.correction
    WHERE rowid = new.claim_id;
END;

CREATE VIRTUAL TABLE external_reviews_fts USING fts5(
    claim_reviewed, claimant, publisher, rating_label,
    content='external_reviews', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER external_reviews_ai AFTER INSERT ON external_reviews BEGIN
    INSERT INTO external_reviews_fts(rowid, claim_reviewed, claimant, publisher, rating_label)
        VALUES (new.id, new.claim_reviewed, new.claimant, new.publisher, new.rating_label);
END;
CREATE TRIGGER external_reviews_ad AFTER DELETE ON external_reviews BEGIN
    INSERT INTO external_reviews_fts(external_reviews_fts, rowid, claim_reviewed, claimant,
        publisher, rating_label)
        VALUES ('delete', old.id, old.claim_reviewed, old.claimant, old.publisher,
        old.rating_label);
END;
