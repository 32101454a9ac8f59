-- Up Migration
-- The expert pool meets (issue 12): sessions, personal invitations and the answers to them,
-- reminders sent, attendance, and the tips people gave. Everything about a person hangs off their
-- sign-up (ON DELETE CASCADE), so erasing a sign-up erases their invitations, answers, reminders and
-- attendance, and takes their name off their tips. Invitations and attendance also carry the
-- sign-up's reference, by which `team erase` finds and counts them first
-- (src/server/privacy/signup-data.ts). A set time after a session its personal data goes
-- (SESSION_RETENTION_DAYS, src/config/retention.ts); the session and its anonymous tips stay.

CREATE TABLE pool_sessions (
  id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference         text        NOT NULL UNIQUE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  title             text        NOT NULL,
  topic             text        NOT NULL,
  -- An instant. The team gives Amsterdam wall-clock time (src/lib/wall-clock.ts); pages and mails
  -- show it in Europe/Amsterdam, so daylight saving is the time zone database's job, not ours.
  starts_at         timestamptz NOT NULL,
  duration_minutes  integer     NOT NULL CHECK (duration_minutes BETWEEN 15 AND 600),
  mode              text        NOT NULL CHECK (mode IN ('online', 'place')),
  address           text,
  -- Given only to people with a confirmed place (reply page, reminder).
  online_url        text,
  capacity          integer     NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  working_language  text        NOT NULL,
  -- Languages interpreters are there for; empty: no interpreters.
  interpreters      text[]      NOT NULL DEFAULT '{}',
  status            text        NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  cancelled_at      timestamptz,
  CHECK ((mode = 'online' AND online_url IS NOT NULL AND address IS NULL)
      OR (mode = 'place' AND address IS NOT NULL AND online_url IS NULL))
);
CREATE INDEX pool_sessions_starts ON pool_sessions (starts_at);

CREATE TABLE pool_invitations (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id     bigint      NOT NULL REFERENCES pool_sessions (id) ON DELETE CASCADE,
  signup_id      bigint      NOT NULL REFERENCES expert_signups (id) ON DELETE CASCADE,
  signup_reference text      NOT NULL,
  -- SHA-256 of the personal link's token; the token itself is only in the mail.
  token_hash     text        NOT NULL UNIQUE,
  -- The language the person signed up in: mails and the reply page speak it.
  locale         text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  answer         text        CHECK (answer IN ('yes', 'no', 'maybe')),
  answered_at    timestamptz,
  -- For a yes: a place, or the waiting list (first come, first offered).
  place          text        CHECK (place IN ('confirmed', 'waiting')),
  waiting_since  timestamptz,
  -- Whether the invitation mail went (docs/design.md, "Mail to people"): 'unsent' without SMTP,
  -- 'failed' when the server refused; the team CLI lists those and sends them again with a new link.
  mail_status    text        CHECK (mail_status IN ('sent', 'unsent', 'failed')),
  -- The same for the "a place for you" mail to the first on the waiting list.
  place_mail_status text     CHECK (place_mail_status IN ('sent', 'unsent', 'failed')),
  CHECK (CASE WHEN answer = 'yes' THEN place IS NOT NULL ELSE place IS NULL END),
  CHECK (CASE WHEN place = 'waiting' THEN waiting_since IS NOT NULL ELSE waiting_since IS NULL END),
  UNIQUE (session_id, signup_id)
);
CREATE INDEX pool_invitations_places ON pool_invitations (session_id, place, waiting_since);
CREATE INDEX pool_invitations_signup ON pool_invitations (signup_id);
CREATE INDEX pool_invitations_signup_reference ON pool_invitations (signup_reference);

-- Every answer given: a retry with the same Idempotency-Key returns the first outcome.
CREATE TABLE pool_replies (
  id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invitation_id    bigint      NOT NULL REFERENCES pool_invitations (id) ON DELETE CASCADE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  answer           text        NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
  outcome          text        NOT NULL CHECK (outcome IN ('confirmed', 'waiting', 'no', 'maybe')),
  idempotency_key  text        UNIQUE,
  body_hash        text        NOT NULL
);
CREATE INDEX pool_replies_invitation ON pool_replies (invitation_id);

-- One row per reminder: written before the mail goes, so a second run of the scheduled function
-- (or two at once) finds it and sends nothing. At most once per person per session.
CREATE TABLE pool_reminders (
  invitation_id  bigint      PRIMARY KEY REFERENCES pool_invitations (id) ON DELETE CASCADE,
  sent_at        timestamptz NOT NULL DEFAULT now(),
  -- 'unsent' without SMTP (kept, shown by the team CLI); a failed send is rolled back and retried.
  mail_status    text        NOT NULL DEFAULT 'sent' CHECK (mail_status IN ('sent', 'unsent'))
);

CREATE TABLE pool_attendance (
  session_id   bigint      NOT NULL REFERENCES pool_sessions (id) ON DELETE CASCADE,
  signup_id    bigint      NOT NULL REFERENCES expert_signups (id) ON DELETE CASCADE,
  signup_reference text    NOT NULL,
  present      boolean     NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, signup_id)
);
CREATE INDEX pool_attendance_signup ON pool_attendance (signup_id);
CREATE INDEX pool_attendance_signup_reference ON pool_attendance (signup_reference);

-- The "golden tips". No names: a tip names its giver (signup_id) only when that person agreed.
CREATE TABLE pool_tips (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id  bigint      NOT NULL REFERENCES pool_sessions (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  text        text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  theme       text        NOT NULL CHECK (length(theme) BETWEEN 1 AND 60),
  language    text        NOT NULL,
  signup_id   bigint      REFERENCES expert_signups (id) ON DELETE SET NULL
);
CREATE INDEX pool_tips_session ON pool_tips (session_id, theme);
CREATE INDEX pool_tips_signup ON pool_tips (signup_id);

-- Down Migration
DROP TABLE pool_tips;
DROP TABLE pool_attendance;
DROP TABLE pool_reminders;
DROP TABLE pool_replies;
DROP TABLE pool_invitations;
DROP TABLE pool_sessions;
