-- What the server does by itself, whoever connects (a desk, psql): run again by
-- every `annotator newsroom init` (functions replaced, triggers remade, grants given),
-- in the schema's search_path. {schema} is the schema's name.

-- The full-text columns are kept by the server: nothing a desk sends can leave
-- them out of step. A body too long for a tsvector (1 MB of lexemes) is indexed
-- without positions, then by its first 500,000 characters.
CREATE OR REPLACE FUNCTION articles_fts() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    BEGIN
        NEW.fts := setweight(to_tsvector('annotator_search', NEW.title), 'A')
            || setweight(to_tsvector('annotator_search', NEW.body), 'D');
    EXCEPTION WHEN program_limit_exceeded THEN
        NEW.fts := setweight(to_tsvector('annotator_search', NEW.title), 'A')
            || setweight(strip(to_tsvector('annotator_search', left(NEW.body, 500000))), 'D');
    END;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS articles_fts ON articles;
CREATE TRIGGER articles_fts BEFORE INSERT OR UPDATE OF title, body ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_fts();

CREATE OR REPLACE FUNCTION external_reviews_fts() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    NEW.fts := setweight(to_tsvector('annotator_search', coalesce(NEW.claim_reviewed, '')), 'A')
        || setweight(to_tsvector('annotator_search', coalesce(NEW.claimant, '')), 'C')
        || setweight(to_tsvector('annotator_search', coalesce(NEW.publisher, '')), 'C')
        || setweight(to_tsvector('annotator_search', coalesce(NEW.rating_label, '')), 'D');
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS external_reviews_fts ON external_reviews;
CREATE TRIGGER external_reviews_fts BEFORE INSERT OR UPDATE ON external_reviews
    FOR EACH ROW EXECUTE FUNCTION external_reviews_fts();

CREATE OR REPLACE FUNCTION claim_search_refresh(one bigint) RETURNS void LANGUAGE sql
SET search_path FROM CURRENT AS $$
    INSERT INTO claim_search (claim_id, fts)
    SELECT c.id,
        setweight(to_tsvector('annotator_search', c.exact), 'A')
        || setweight(to_tsvector('annotator_search', coalesce(r.claim_reviewed, '')), 'B')
        || setweight(to_tsvector('annotator_search', coalesce(r.explanation, '')), 'C')
        || setweight(to_tsvector('annotator_search', coalesce(r.correction, '')), 'D')
        || setweight(to_tsvector('annotator_search', coalesce(c.claimant, '')), 'C')
    FROM claims c LEFT JOIN reviews r ON r.claim_id = c.id WHERE c.id = one
    ON CONFLICT (claim_id) DO UPDATE SET fts = excluded.fts;
$$;
CREATE OR REPLACE FUNCTION claims_search() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM claim_search_refresh(NEW.id);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS claims_search ON claims;
CREATE TRIGGER claims_search AFTER INSERT OR UPDATE OF exact, claimant ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_search();
CREATE OR REPLACE FUNCTION reviews_search() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM claim_search_refresh(NEW.claim_id);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS reviews_search ON reviews;
CREATE TRIGGER reviews_search AFTER INSERT OR UPDATE OF claim_reviewed, explanation, correction
    ON reviews FOR EACH ROW EXECUTE FUNCTION reviews_search();


-- --- who did what, and the revision that refuses lost updates -----------------------------
-- The author is the login as the server sees it (current_user), the time the
-- server's: nothing a desk sends can say otherwise. A claim's revision grows at
-- every change of the claim, of its review or of its sources.

CREATE OR REPLACE FUNCTION now_text() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')
$$;

CREATE OR REPLACE FUNCTION claims_stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    NEW.updated_by := current_user;
    NEW.updated_at := now_text();
    IF TG_OP = 'UPDATE' THEN
        NEW.revision := OLD.revision + 1;
    ELSE
        NEW.revision := 1;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS claims_stamp ON claims;
CREATE TRIGGER claims_stamp BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_stamp();

-- A change of a review or a source is a change of its claim (not the review made
-- with the claim itself).
CREATE OR REPLACE FUNCTION claim_touched() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    one bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN one := OLD.claim_id; ELSE one := NEW.claim_id; END IF;
    IF TG_TABLE_NAME = 'reviews' AND TG_OP = 'INSERT' THEN
        RETURN NULL;
    END IF;
    UPDATE claims SET revision = revision WHERE id = one;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS reviews_touched ON reviews;
CREATE TRIGGER reviews_touched AFTER INSERT OR UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION claim_touched();
DROP TRIGGER IF EXISTS sources_touched ON sources;
CREATE TRIGGER sources_touched AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION claim_touched();

-- --- roles: what a checker may do, enforced here ------------------------------------------
-- annotator_checker imports, marks, rates, sources, sets draft / in-review;
-- only annotator_editor (and the schema's owner, and superusers) publishes, changes
-- a published claim, or changes the settings. A checker with psql cannot either.

CREATE OR REPLACE FUNCTION is_editor() RETURNS boolean LANGUAGE sql STABLE
SET search_path FROM CURRENT AS $$
    SELECT pg_has_role(current_user, 'annotator_editor', 'MEMBER')
        OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
        OR pg_has_role(current_user,
                       (SELECT nspowner FROM pg_namespace WHERE nspname = '{schema}'), 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION refuse_unless_editor(what text) RETURNS void LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT is_editor() THEN
        RAISE EXCEPTION 'only an editor may %', what
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'ask an editor, or an administrator to give you the editor role';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION reviews_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP <> 'DELETE' AND NEW.status = 'published'
            AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'published') THEN
        PERFORM refuse_unless_editor('publish a review');
    ELSIF TG_OP <> 'INSERT' AND OLD.status = 'published' THEN
        PERFORM refuse_unless_editor('change a published review');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
DROP TRIGGER IF EXISTS reviews_guard ON reviews;
CREATE TRIGGER reviews_guard BEFORE INSERT OR UPDATE OR DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_guard();

-- A published claim: its words, claimant and sources are an editor's to change. Its
-- place follows a new version of its article (an import), whoever imports it.
CREATE OR REPLACE FUNCTION claims_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM reviews WHERE claim_id = OLD.id AND status = 'published') THEN
        IF TG_OP = 'DELETE' THEN
            PERFORM refuse_unless_editor('delete a published claim');
        ELSIF NEW.article_id = OLD.article_id AND (
                NEW.exact, NEW.prefix, NEW.suffix, NEW.start, NEW."end", NEW.anchor,
                NEW.claimant, NEW.claim_date)
              IS DISTINCT FROM (
                OLD.exact, OLD.prefix, OLD.suffix, OLD.start, OLD."end", OLD.anchor,
                OLD.claimant, OLD.claim_date) THEN
            PERFORM refuse_unless_editor('change a published claim');
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
DROP TRIGGER IF EXISTS claims_guard ON claims;
CREATE TRIGGER claims_guard BEFORE UPDATE OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_guard();

CREATE OR REPLACE FUNCTION sources_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    one bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN one := OLD.claim_id; ELSE one := NEW.claim_id; END IF;
    IF EXISTS (SELECT 1 FROM reviews WHERE claim_id = one AND status = 'published') THEN
        PERFORM refuse_unless_editor('change the sources of a published claim');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
DROP TRIGGER IF EXISTS sources_guard ON sources;
CREATE TRIGGER sources_guard BEFORE INSERT OR UPDATE OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION sources_guard();

GRANT USAGE ON SCHEMA "{schema}" TO annotator_checker, annotator_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO annotator_checker, annotator_editor;
GRANT INSERT, UPDATE, DELETE ON claims, reviews, sources, external_reviews, claim_search
    TO annotator_checker, annotator_editor;
-- Deleting an article is an editor's: its claims go with it, and PostgreSQL runs a
-- cascade as the tables' owner, past the guards above (a checker's DELETE of an
-- article with a published claim would otherwise take the claim with it).
GRANT INSERT, UPDATE ON articles TO annotator_checker, annotator_editor;
REVOKE DELETE ON articles FROM annotator_checker;
GRANT DELETE ON articles TO annotator_editor;
GRANT INSERT, UPDATE, DELETE ON settings, ratings, rating_scales TO annotator_editor;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{schema}"
    TO annotator_checker, annotator_editor;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA "{schema}" TO annotator_checker, annotator_editor;

-- --- live: what changed, said to every desk that listens --------------------------------------
-- One notification per changed row of claims or articles on the channel named
-- after the schema: {"table", "op", "id", "article_id", "revision", "by", "pid"}; a
-- desk refreshes just that (a review's or a source's change touches its claim), and
-- skips what its own connection (pid) did.

CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    one_id bigint;
    article bigint;
    rev integer;
BEGIN
    IF TG_TABLE_NAME = 'claims' THEN
        IF TG_OP = 'DELETE' THEN
            one_id := OLD.id; article := OLD.article_id; rev := OLD.revision;
        ELSE
            one_id := NEW.id; article := NEW.article_id; rev := NEW.revision;
        END IF;
    ELSE
        one_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        article := one_id;
    END IF;
    PERFORM pg_notify('{schema}', json_build_object(
        'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'id', one_id, 'article_id', article,
        'revision', rev, 'by', current_user, 'pid', pg_backend_pid())::text);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS claims_notify ON claims;
CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION notify_change();
DROP TRIGGER IF EXISTS articles_notify ON articles;
CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OF assigned_to, superseded_by OR DELETE
    ON articles FOR EACH ROW EXECUTE FUNCTION notify_change();
