import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gold annotation file as written to ANNOTATION.md. */
export interface GoldQuote {
  kind: 'direct' | 'mixed' | 'indirect';
  text?: string;
  start?: number;
  end?: number;
  occurrence?: number;
  parts?: Array<[number, number]>;
  speaker: string | null;
  keys?: string[];
  speakerSpans?: Array<[number, number]>;
  optional?: boolean;
}
export interface GoldClaim {
  text?: string;
  start?: number;
  end?: number;
  occurrence?: number;
  value: number;
  qualifier: string;
  unit: string | null;
  unitOptional?: boolean;
  optional?: boolean;
}
export interface GoldDate {
  text?: string;
  start?: number;
  end?: number;
  occurrence?: number;
  value: string | null;
  optional?: boolean;
}
export interface GoldDoc {
  doc: string;
  language: string;
  referenceDate: string | null;
  published?: string | null;
  boilerplate?: string[];
  quotes?: GoldQuote[];
  claims?: GoldClaim[];
  dates?: GoldDate[];
  /** The article text, loaded beside the gold file. */
  text: string;
}

export const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** The articles and gold annotations of a folder laid out as `gold/*.json` beside `texts/`, in file order. */
export function loadGoldDir(dir: string): GoldDoc[] {
  const goldDir = join(dir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Omit<GoldDoc, 'text'>;
      return { ...g, text: readFileSync(join(dir, 'texts', g.doc), 'utf8') };
    });
}

/** The bundled seed articles with their gold annotations. */
export function loadSeeds(): GoldDoc[] {
  return loadGoldDir(SEEDS);
}
