-- import-reviews: where an attached review came from, and a verdict label that
-- is not on our scale (kept as given, never dropped).
ALTER TABLE reviews ADD COLUMN review_url TEXT;
ALTER TABLE reviews ADD COLUMN rating_label TEXT;
ALTER TABLE reviews ADD COLUMN reviewed_by TEXT;
CREATE INDEX reviews_review_url ON reviews(review_url) WHERE review_url IS NOT NULL;
