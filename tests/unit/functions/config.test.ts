/**
 * Netlify reads each function's `config` without running its imports, so paths are literals;
 * this keeps them equal to the constants the forms post to.
 */
import { describe, expect, it } from 'vitest';
import { config as questions } from '../../../functions/questions.ts';
import { config as signups } from '../../../functions/expert-signups.ts';
import { QUESTIONS_ENDPOINT, SIGNUP_ENDPOINT } from '../../../src/forms/endpoints.ts';

describe('function configuration', () => {
  it('questions: path, and a rate limit per IP address and per site', () => {
    expect(questions.path).toBe(QUESTIONS_ENDPOINT);
    expect(questions.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
    expect(questions.rateLimit?.windowLimit).toBeGreaterThan(0);
  });

  it('expert sign-ups: path, and a rate limit per IP address and per site', () => {
    expect(signups.path).toBe(SIGNUP_ENDPOINT);
    expect(signups.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
  });
});
