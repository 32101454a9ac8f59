/** No password from DATABASE_URL or SMTP_URL in anything printed (issue 16). */
import { describe, expect, it } from 'vitest';
import { hidePassword, redactSecrets } from '../../../src/lib/secrets.ts';

describe('secrets in output', () => {
  it.each([
    ['postgres://app:S3cret@db.example:5432/prod', 'postgres://app:***@db.example:5432/prod'],
    ['postgres://app:S3cret%2Fpw@db.example/prod', 'postgres://app:***@db.example/prod'],
    ['postgres://app:p@ss/w0rd@db.example:5432/prod', 'postgres://app:***@db.example:5432/prod'],
    [
      'postgres://db.example/prod?password=S3cret&sslmode=require',
      'postgres://db.example/prod?password=***&sslmode=require',
    ],
    ['smtps://team:SmtpPw77@mail.example:465', 'smtps://team:***@mail.example:465'],
    [
      'postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable',
      'postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable',
    ],
  ])('hides the password of %s', (url, shown) => {
    expect(hidePassword(url)).toBe(shown);
  });

  it('removes the configured passwords from any text, as typed and decoded', () => {
    const env = {
      DATABASE_URL: 'postgres://app:p@ss/w0rd@db.example:5432/prod',
      SMTP_URL: 'smtp://team:Smtp%2FPw77@mail.example',
    };
    const text = `connect to ${env.DATABASE_URL} failed: getaddrinfo ENOTFOUND ss; p@ss/w0rd; Smtp/Pw77 ${env.SMTP_URL}`;
    const out = redactSecrets(text, env);
    for (const secret of ['p@ss/w0rd', 'w0rd', 'ENOTFOUND ss', 'Smtp/Pw77', 'Smtp%2FPw77'])
      expect(out).not.toContain(secret);
    expect(out).toContain('db.example');
  });
});
