-- Up Migration
-- Feedback on a page: "Is deze pagina nuttig?" and "Er klopt iets niet op deze pagina". Nothing about
-- the person: no name, no contact, no IP address — the page, its language and translation status
-- then, the answer or the kind of problem, a short text, and when. Kept 12 months (src/config/retention.ts).
CREATE TABLE feedback (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference        text        NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  page             text        NOT NULL,
  locale           text        NOT NULL,
  translation      text        NOT NULL CHECK (translation IN ('source', 'reviewed', 'machine', 'outdated', 'fallback')),
  answer           text        CHECK (answer IN ('yes', 'no')),
  category         text        CHECK (category IN ('wrong-fact', 'unclear', 'translation', 'missing', 'other')),
  text             text        CHECK (char_length(text) <= 1000),
  status           text        NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'suspect')),
  idempotency_key  text        UNIQUE,
  body_hash        text        NOT NULL,
  CHECK (answer IS NOT NULL OR category IS NOT NULL)
);
CREATE INDEX feedback_recent_body ON feedback (body_hash, created_at);
CREATE INDEX feedback_page ON feedback (page, created_at);

-- Down Migration
DROP TABLE feedback;
