/**
 * One-time tokens for links sent by e-mail (a sign-up's confirmation, an invitation's reply page).
 * The token is 256 random bits, base64url (43 characters), and lives only in the mail: the database
 * keeps its SHA-256, so a copy of the database (a backup, an export, a leaked DATABASE_URL) cannot
 * be turned into working links. A lookup hashes what the link carried and compares hashes; a value
 * that is not shaped like a token is refused before any lookup.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 bytes = 256 bits; base64url without padding gives 43 characters. */
export const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  /** Goes into the link, never into the database or a log. */
  token: string;
  /** What is stored: hex SHA-256 of the token. */
  hash: string;
}

/** True when the text has the shape of a token (not whether one was issued). */
export function isToken(text: unknown): text is string {
  return typeof text === 'string' && TOKEN_FORMAT.test(text);
}

/** The stored form of a token; throws for text that is not shaped like one. */
export function tokenHash(token: string): string {
  if (!isToken(token)) throw new Error('Not a token.');
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The stored form of what a request carried, or null when it cannot be a token (nothing to look up). */
export function hashOfCandidate(text: unknown): string | null {
  return isToken(text) ? tokenHash(text) : null;
}

export function newToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: tokenHash(token) };
}
