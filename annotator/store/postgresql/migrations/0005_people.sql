-- Who did what, no lost update, who has which article (as SQLite's 0005_people).
ALTER TABLE claims ADD COLUMN revision integer NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN updated_by text;
ALTER TABLE claims ADD COLUMN updated_at text;
ALTER TABLE articles ADD COLUMN assigned_to text;
CREATE INDEX articles_assigned ON articles(assigned_to) WHERE assigned_to IS NOT NULL;
