/**
 * Netlify reads each function's `config` without running its imports, so paths are literals;
 * this keeps them equal to the forms' definitions (src/forms/all.ts).
 */
import { describe, expect, it } from 'vitest';
import { config as questions } from '../../../functions/questions.ts';
import { config as signups } from '../../../functions/expert-signups.ts';
import { config as thanks } from '../../../functions/thanks.ts';
import { config as rsvp } from '../../../functions/rsvp.ts';
import { config as invitation } from '../../../functions/invitation.ts';
import { config as reminders } from '../../../functions/reminders.ts';
import { RSVP_FORM } from '../../../src/forms/rsvp/form.ts';
import { ROUTES } from '../../../src/i18n/urls.ts';
import { config as confirmations } from '../../../functions/signup-confirmations.ts';
import { config as confirmPages } from '../../../functions/signup-confirm.ts';
import { handleThanks } from '../../../src/server/forms/thanks.ts';
import { CONFIRM_ENDPOINT } from '../../../src/server/pages/confirm-page.ts';
import { createInvitationPage } from '../../../src/server/rsvp/invitation-page.ts';
import { config as feedback } from '../../../functions/feedback.ts';
import { FORMS } from '../../../src/forms/all.ts';
import { FEEDBACK_FORM } from '../../../src/forms/feedback/form.ts';
import { QUESTION_FORM } from '../../../src/forms/question/form.ts';
import { SIGNUP_FORM } from '../../../src/forms/signup/form.ts';

describe('function configuration', () => {
  it('questions: path, and a rate limit per IP address and per site', () => {
    expect(questions.path).toBe(QUESTION_FORM.endpoint);
    expect(questions.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
    expect(questions.rateLimit?.windowLimit).toBeGreaterThan(0);
  });

  it('expert sign-ups: path, and a rate limit per IP address and per site', () => {
    expect(signups.path).toBe(SIGNUP_FORM.endpoint);
    expect(signups.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
  });

  it('feedback: path, and a rate limit per IP address and per site', () => {
    expect(feedback.path).toBe(FEEDBACK_FORM.endpoint);
    expect(feedback.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
    expect(feedback.rateLimit?.windowLimit).toBeGreaterThan(0);
  });

  it("thanks: every form's thank-you page, with and without the trailing slash; GET and HEAD (no method list)", async () => {
    expect(thanks.path).toEqual(
      FORMS.flatMap((form) =>
        form.thanksPage ? [`/:lang/${form.thanksPage}`, `/:lang/${form.thanksPage}/`] : [],
      ),
    );
    // Netlify's method list cannot name HEAD: with ['GET'], HEAD found no function (404).
    expect(thanks.method).toBeUndefined();
    expect(
      (await handleThanks(new Request('https://x.test/nl/expertpool/bedankt/', { method: 'POST' }))).status,
    ).toBe(405);
  });

  it('sign-up confirmation: the endpoint and its pages, from ROUTES; GET and HEAD for the pages', () => {
    expect(confirmations.path).toBe(CONFIRM_ENDPOINT);
    expect(confirmations.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
    expect(confirmPages.path).toEqual([
      `/:lang/${ROUTES.poolConfirm}/:token`,
      `/:lang/${ROUTES.poolConfirm}/:token/`,
      `/:lang/${ROUTES.poolConfirmed}`,
      `/:lang/${ROUTES.poolConfirmed}/`,
    ]);
    expect(confirmPages.method).toBeUndefined();
  });

  it('rsvp: path, and a rate limit per IP address and per site', () => {
    expect(rsvp.path).toBe(RSVP_FORM.endpoint);
    expect(rsvp.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
  });

  it('invitation: the reply page with its token, with and without the trailing slash; GET and HEAD; rate-limited', async () => {
    expect(invitation.path).toEqual([
      `/:lang/${ROUTES.invitation}/:token`,
      `/:lang/${ROUTES.invitation}/:token/`,
    ]);
    expect(invitation.method).toBeUndefined();
    const page = createInvitationPage(() => {
      throw new Error('no database needed');
    }, 0);
    expect(
      (await page(new Request('https://x.test/nl/expertpool/uitnodiging/x/', { method: 'POST' }))).status,
    ).toBe(405);
    expect(invitation.rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
  });

  it('reminders: hourly, so a reminder goes within the hour it is due', () => {
    expect(reminders.schedule).toBe('@hourly');
  });
});
