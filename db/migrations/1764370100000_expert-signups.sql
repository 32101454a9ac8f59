-- Up Migration
-- Sign-ups for the expert pool. One row per person (e-mail address): signing up again updates it.
CREATE TABLE expert_signups (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference         text        NOT NULL UNIQUE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  locale            text        NOT NULL,
  name              text        NOT NULL,
  email             text        NOT NULL,
  -- Lower-cased and trimmed: the same person with "Amal@X.nl" and "amal@x.nl" is one sign-up.
  email_normalized  text        NOT NULL UNIQUE,
  phone             text,
  municipality      text        NOT NULL,
  province          text        NOT NULL,
  arrival_year      integer     NOT NULL CHECK (arrival_year BETWEEN 1940 AND 2100),
  languages         text[]      NOT NULL,
  experience        text[]      NOT NULL,
  availability      text[]      NOT NULL,
  heard_from        text,
  status            text        NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'suspect', 'invited', 'member', 'declined')),
  idempotency_key   text        UNIQUE,
  body_hash         text        NOT NULL
);
CREATE INDEX expert_signups_updated ON expert_signups (updated_at);

-- Down Migration
DROP TABLE expert_signups;
