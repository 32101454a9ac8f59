/**
 * Passwords in connection strings (DATABASE_URL, SMTP_URL) never reach output: the description of
 * a database, an error message that quotes a URL, a log line. `hidePassword` for a URL we print;
 * `redactSecrets` for text we did not write (an error's message), with the passwords of the
 * configured URLs replaced wherever they appear, as typed or URL-decoded.
 */
const SECRET_URLS = ['DATABASE_URL', 'SMTP_URL', 'TEST_DATABASE_URL'];
const SECRET_PARAMS = ['password', 'pass', 'sslpassword'];

/** The URL with its password (and password-like query parameters) shown as ***. */
export function hidePassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const name of SECRET_PARAMS) if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '***');
    // An unencoded "@" or "/" in the password: the parser saw a shorter password. Hide it all.
    if (!/\/\/[^:/@]*:.*@.*@/.test(url)) return parsed.href;
  } catch {
    // Not a URL we can read: hide everything between "//user:" and the last "@".
  }
  return url.replace(/\/\/([^:/@]*):.*@/, '//$1:***@');
}

/**
 * What could be a password in a connection string: the parsed one, password parameters, and — for
 * a string with an unencoded "@" or "/" in its password, which parsers split in odd places —
 * everything between "//user:" and the last "@", and each piece of it.
 */
function passwordsOf(url: string): string[] {
  const found: string[] = [];
  try {
    const parsed = new URL(url);
    found.push(parsed.password, ...SECRET_PARAMS.map((n) => parsed.searchParams.get(n) ?? ''));
  } catch {
    // unreadable: the pattern below still applies
  }
  const raw = /\/\/[^:/@]*:(.*)@/.exec(url)?.[1];
  if (raw) found.push(raw, ...raw.split(/[@/:?#]/).filter((piece) => piece.length >= 2));
  // A one-character "password" is a parser's fragment; replacing it everywhere would garble the text.
  return [...new Set(found.flatMap((p) => [p, safeDecode(p)]).filter((p) => p.length >= 2))];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function redactSecrets(text: string, env: Record<string, string | undefined> = process.env): string {
  let out = text;
  for (const name of SECRET_URLS) {
    const url = env[name];
    if (!url) continue;
    out = out.split(url).join(hidePassword(url));
    for (const secret of passwordsOf(url).sort((a, b) => b.length - a.length))
      out = out.split(secret).join('***');
  }
  return out;
}
