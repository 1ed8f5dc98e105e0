-- Full-text search and similar claims (lib/search/, docs/decisions/0020-search-links-quantities.md).
--
-- One stored, generated tsvector per claim and per article, so PostgreSQL keeps it in step with the row
-- and no code path can forget it. It is the union of three vectors:
--   indonesian  the Indonesian stemmer (membantah -> bantah), for the desk's main language;
--   english     the English stemmer (troops -> troop), so English articles and queries work too;
--   simple      unstemmed words after search_normalize(): accents removed, so names match exactly,
--               and "14.000" / "14,000" both become 14000, so numbers match however they are written.
-- Queries OR the same three configurations (lib/search/search.ts). Prisma cannot model expression
-- indexes, so the column is declared Unsupported("tsvector") in schema.prisma with a GIN @@index.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it looks its dictionary up by name); a generated column and an index need
-- IMMUTABLE, so the dictionary is named explicitly and the wrapper declared immutable.
CREATE OR REPLACE FUNCTION search_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $fn$;

-- Accents off, lower case, and thousands separators dropped between digits (14.000 and 14,000 -> 14000).
CREATE OR REPLACE FUNCTION search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT regexp_replace(lower(search_unaccent($1)), '([0-9])[.,](?=[0-9]{3})', '\1', 'g') $fn$;

-- The three vectors over one text.
CREATE OR REPLACE FUNCTION search_vector(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT to_tsvector('indonesian'::regconfig, $1)
              || to_tsvector('english'::regconfig, $1)
              || to_tsvector('simple'::regconfig, search_normalize($1)) $fn$;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(search_vector(coalesce("title", '')), 'A') || search_vector(coalesce("outlet", '') || ' ' || coalesce("byline", '') || ' ' || "body")
) STORED;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(search_vector("quote"), 'A') || setweight(search_vector("claimant" || ' ' || coalesce("cue", '')), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "claims_search_idx" ON "claims" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "claims_quote_trgm_idx" ON "claims" USING GIN ("quote" gin_trgm_ops);
