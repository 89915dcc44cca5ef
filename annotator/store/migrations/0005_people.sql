-- Who did what, no lost update, who has which article (a newsroom's team):
-- each claim carries a revision that grows with every change of it, its review
-- or its sources, and who made the last one and when; an article, who has it.
ALTER TABLE claims ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN updated_by TEXT;
ALTER TABLE claims ADD COLUMN updated_at TEXT;
ALTER TABLE articles ADD COLUMN assigned_to TEXT;
CREATE INDEX articles_assigned ON articles(assigned_to) WHERE assigned_to IS NOT NULL;
