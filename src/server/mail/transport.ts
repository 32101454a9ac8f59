/**
 * An SMTP transport from SMTP_URL, with timeouts so a slow mail server never holds a function for
 * long. nodemailer is loaded on first use: it is the heaviest import of a function (≈ 130 ms), and
 * most requests — and every request without SMTP configured — never send a mail.
 */
import type { Transporter } from 'nodemailer';

export function smtpTransport(smtpUrl: string, timeoutMs = 10_000): () => Promise<Transporter> {
  // Timeouts go in the connection URL's query, which nodemailer reads as transport options.
  const url = new URL(smtpUrl);
  for (const option of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) {
    if (!url.searchParams.has(option)) url.searchParams.set(option, String(timeoutMs));
  }
  let transport: Promise<Transporter> | undefined;
  return () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(url.href),
    ));
}
