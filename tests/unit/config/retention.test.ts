import { describe, expect, it } from 'vitest';
import { retentionConfig } from '../../../src/config/retention.ts';

describe('retention configuration', () => {
  it('defaults to 90 days for questions, 30 for suspect ones, 24 months for sign-ups, 7 days unconfirmed, 90 days after a session, 12 months for feedback', () => {
    expect(retentionConfig({})).toEqual({
      questionDays: 90,
      suspectDays: 30,
      signupMonths: 24,
      unconfirmedDays: 7,
      sessionDays: 90,
      feedbackMonths: 12,
    });
    expect(retentionConfig({ SIGNUP_CONFIRM_DAYS: '3' }).unconfirmedDays).toBe(3);
    expect(retentionConfig({ SESSION_RETENTION_DAYS: '30' }).sessionDays).toBe(30);
    expect(() => retentionConfig({ SESSION_RETENTION_DAYS: '-1' })).toThrow(/SESSION_RETENTION_DAYS/);
    expect(retentionConfig({ FEEDBACK_RETENTION_MONTHS: '6' }).feedbackMonths).toBe(6);
  });

  it('reads the environment and refuses nonsense', () => {
    expect(retentionConfig({ QUESTION_RETENTION_DAYS: '30', SIGNUP_RETENTION_MONTHS: '12' })).toMatchObject({
      questionDays: 30,
      signupMonths: 12,
    });
    expect(() => retentionConfig({ QUESTION_RETENTION_DAYS: 'nooit' })).toThrow(
      /QUESTION_RETENTION_DAYS must be a whole number/,
    );
    expect(() => retentionConfig({ SIGNUP_RETENTION_MONTHS: '0' })).toThrow(/at least 1/);
  });
});
