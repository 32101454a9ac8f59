/**
 * Dutch municipalities on 1 January 2025 (CBS), from src/data/gemeenten.json: code, name,
 * province. See src/data/gemeenten.README.md for sources and doubts.
 */
import data from '../data/gemeenten.json' with { type: 'json' };
import { escapeHtml } from '../lib/html.ts';

export interface Municipality {
  code: string;
  name: string;
  province: string;
}

export const MUNICIPALITIES: readonly Municipality[] = data;

let byCode: Map<string, Municipality> | undefined;

// Built on first use: a module without side effects stays out of bundles that import it for something else.
function index(): Map<string, Municipality> {
  byCode ??= new Map(MUNICIPALITIES.map((m) => [m.code, m]));
  return byCode;
}

export function municipality(code: string): Municipality | undefined {
  return index().get(code);
}

export function isMunicipalityCode(code: string): boolean {
  return index().has(code);
}

/** Provinces in alphabetical order with their municipalities, for <optgroup>s. */
export function municipalitiesByProvince(): { province: string; municipalities: Municipality[] }[] {
  const provinces = [...new Set(MUNICIPALITIES.map((m) => m.province))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  return provinces.map((province) => ({
    province,
    municipalities: MUNICIPALITIES.filter((m) => m.province === province),
  }));
}

/**
 * The <option>s of the municipality choice, grouped by province, as HTML. Built on the server
 * (build time and functions) so the browser bundle does not carry the list: the island leaves
 * the rendered options as they are.
 */
export function municipalityOptionsHtml(noneLabel: string, selected = ''): string {
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return [
    option('', noneLabel),
    ...municipalitiesByProvince().map(
      (g) =>
        `<optgroup label="${escapeHtml(g.province)}">${g.municipalities.map((m) => option(m.code, m.name)).join('')}</optgroup>`,
    ),
  ].join('');
}
