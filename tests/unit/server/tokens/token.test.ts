/** One-time tokens: 256 random bits, base64url, only the hash stored, malformed input refused before a lookup. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashOfCandidate, isToken, newToken, tokenHash } from '../../../../src/server/tokens/token.ts';

describe('one-time tokens', () => {
  it('are 43 base64url characters (256 bits) and never repeat', () => {
    const tokens = Array.from({ length: 2000 }, () => newToken().token);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(tokens[0]!, 'base64url')).toHaveLength(32);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('store only the SHA-256 of the token, which the token alone reproduces', () => {
    const { token, hash } = newToken();
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).not.toContain(token);
    expect(tokenHash(token)).toBe(hash);
    expect(hashOfCandidate(token)).toBe(hash);
  });

  it('refuse anything not shaped like a token before any lookup', () => {
    const { token } = newToken();
    for (const bad of [
      '',
      token.slice(1),
      `${token}A`,
      `${token.slice(0, 42)}=`,
      `${token.slice(0, 42)}+`,
      `${token.slice(0, 42)}/`,
      ` ${token.slice(1)}`,
      "' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      undefined,
      null,
      42,
      [token],
    ]) {
      expect(isToken(bad)).toBe(false);
      expect(hashOfCandidate(bad)).toBeNull();
    }
    expect(() => tokenHash('short')).toThrow();
  });
});
