import { describe, expect, it } from 'vitest';
import { locales } from '../src/locales/registry.js';
import type { Locale } from '../src/locales/types.js';

/** Paths of fields that are empty: '', [], {} anywhere in the object. */
function emptyFields(value: unknown, path: string, out: string[]): void {
  if (value instanceof RegExp || typeof value === 'function') return;
  if (Array.isArray(value)) {
    if (!value.length) out.push(path);
    return;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) out.push(path);
    for (const [k, v] of entries) emptyFields(v, `${path}.${k}`, out);
    return;
  }
  if (value === '' || value === undefined || value === null) out.push(path);
}

/** The set of field paths of a locale, two levels deep (part.field). */
function shape(l: Locale): string[] {
  return Object.entries(l).filter(([k]) => k !== 'notApplicable').flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).map((f) => `${k}.${f}`) : [k],
  );
}

describe('locale parity', () => {
  for (const l of locales) {
    it(`${l.code} fills every field`, () => {
      const empty: string[] = [];
      const { notApplicable, ...fields } = l;
      emptyFields(fields, l.code, empty);
      expect(empty.sort()).toEqual(notApplicable.map((f) => `${l.code}.${f}`).sort());
    });
    it(`${l.code} has the same fields as every other locale`, () => {
      expect(shape(l).sort()).toEqual(shape(locales[0]!).sort());
    });
  }
  it('codes are unique ISO 639-1 codes', () => {
    const codes = locales.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]{2}$/u);
  });
});
