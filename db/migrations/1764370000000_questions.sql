-- Up Migration
-- Questions asked through "Stel hem aan ons". No IP address, no user agent: only what the person typed.
CREATE TABLE questions (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference        text        NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  locale           text        NOT NULL,
  question         text        NOT NULL,
  channel          text        NOT NULL CHECK (channel IN ('email', 'phone', 'whatsapp')),
  contact          text        NOT NULL,
  name             text,
  municipality     text,
  answer_language  text        NOT NULL,
  status           text        NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'suspect', 'answered', 'closed')),
  answered_at      timestamptz,
  closed_at        timestamptz,
  -- Sent by the browser (JavaScript) so a retry returns the first answer; NULL without JavaScript.
  idempotency_key  text        UNIQUE,
  -- SHA-256 of the submitted fields: a reused key with another body is refused, and identical
  -- submissions without JavaScript within 10 minutes return the first reference.
  body_hash        text        NOT NULL
);
CREATE INDEX questions_recent_body ON questions (body_hash, created_at);
CREATE INDEX questions_status ON questions (status, created_at);

-- Down Migration
DROP TABLE questions;
