-- Up Migration
-- Sign-ups confirmed by e-mail (issue 16). A sign-up waits here until the person uses the link in
-- the mail; only then is it written to expert_signups (a new one, or replacing the details of a
-- known address). The link's token is not stored, only its SHA-256 (src/server/tokens/token.ts).
-- Rows go after SIGNUP_CONFIRM_DAYS (7): unconfirmed ones, and the record of a used link (kept so a
-- retry with the same Idempotency-Key gets the same answer, never a second mail).
CREATE TABLE signup_confirmations (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The reference the person is shown; it becomes the sign-up's reference for a new address.
  reference         text        NOT NULL UNIQUE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz NOT NULL,
  confirmed_at      timestamptz,
  token_hash        text        NOT NULL UNIQUE,
  -- normalizeContact(email), computed in JavaScript (src/lib/normal-contact.ts).
  email_normalized  text        NOT NULL,
  locale            text        NOT NULL,
  -- The sign-up as it will be stored (src/forms/signup/to-record.ts): a new field needs no change here.
  record            jsonb       NOT NULL,
  -- Whether the confirmation mail went: sent, unsent (no SMTP configured: the team CLI lists these), failed.
  mail_status       text        NOT NULL DEFAULT 'unsent' CHECK (mail_status IN ('sent', 'unsent', 'failed')),
  idempotency_key   text        UNIQUE,
  body_hash         text        NOT NULL
);
CREATE INDEX signup_confirmations_email ON signup_confirmations (email_normalized);
CREATE INDEX signup_confirmations_created ON signup_confirmations (created_at);
CREATE INDEX signup_confirmations_recent_body ON signup_confirmations (body_hash, created_at);

-- When the person confirmed their address; NULL for sign-ups from before confirmation existed,
-- which are not suggested for the pool or invited.
ALTER TABLE expert_signups ADD COLUMN confirmed_at timestamptz;

-- The normal form of a question's contact (normalizeContact), beside what was typed. Filled for
-- existing rows by src/server/db/normal-forms.ts, which runs after every migration.
ALTER TABLE questions ADD COLUMN contact_normalized text;
CREATE INDEX questions_contact_normalized ON questions (contact_normalized);

-- Down Migration
DROP INDEX questions_contact_normalized;
ALTER TABLE questions DROP COLUMN contact_normalized;
ALTER TABLE expert_signups DROP COLUMN confirmed_at;
DROP TABLE signup_confirmations;
