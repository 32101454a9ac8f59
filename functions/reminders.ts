/**
 * Hourly: sends the reminders that are due (two days before a session, to confirmed places), the
 * same code as `npm run team -- reminders`. Running twice sends nothing twice. Counts only in the log.
 */
import type { Config } from '@netlify/functions';
import { sharedPool } from '../src/server/db/pool.ts';
import { consoleLogger } from '../src/server/log.ts';
import { createMailer, mailerConfigFromEnv } from '../src/server/mail/mailer.ts';
import { mailReminder, sendDueReminders } from '../src/server/sessions/reminders.ts';

export default async (): Promise<Response> => {
  const result = await sendDueReminders(sharedPool(), mailReminder(createMailer(mailerConfigFromEnv())));
  consoleLogger.info('reminders.sent', { ...result });
  return new Response(null, { status: 204 });
};

export const config: Config = {
  schedule: '@hourly',
};
