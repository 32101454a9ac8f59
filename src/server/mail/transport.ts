/** An SMTP transport from SMTP_URL, with timeouts so a slow mail server never holds a function for long. */
import nodemailer, { type Transporter } from 'nodemailer';

export function smtpTransport(smtpUrl: string, timeoutMs = 10_000): Transporter {
  // Timeouts go in the connection URL's query, which nodemailer reads as transport options.
  const url = new URL(smtpUrl);
  for (const option of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) {
    if (!url.searchParams.has(option)) url.searchParams.set(option, String(timeoutMs));
  }
  return nodemailer.createTransport(url.href);
}
