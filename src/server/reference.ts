/**
 * Short human references like V-7K3Q-9P: a prefix, five random characters and a check character,
 * from an alphabet without look-alikes (no 0/O, 1/I/L, U, 5/S confusion is kept low by omitting S).
 * The check character catches a mistyped character when someone reads the reference out.
 */
import { randomInt } from 'node:crypto';

export const ALPHABET = '23456789ABCDEFGHJKMNPQRTVWXYZ';

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i]!);
  return ALPHABET[sum % ALPHABET.length]!;
}

export function newReference(prefix: string): string {
  let body = '';
  for (let i = 0; i < 5; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  const check = checkCharacter(body);
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}${check}`;
}

/** True for a well-formed reference with a correct check character. */
export function isReference(text: string, prefix?: string): boolean {
  const match = /^([A-Z])-([2-9A-Z]{4})-([2-9A-Z])([2-9A-Z])$/.exec(text);
  if (!match) return false;
  const [, p, a, b, check] = match;
  if (prefix && p !== prefix) return false;
  const body = `${a}${b}`;
  if ([...body, check!].some((c) => !ALPHABET.includes(c))) return false;
  return checkCharacter(body) === check;
}
