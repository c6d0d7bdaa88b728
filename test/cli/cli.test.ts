import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/index.js';
import { ensureBuilt, hearsay, ROOT } from './helpers.js';

// The built command, as a user runs it: files, stdin, text format, usage errors.

const TEXTS = join(ROOT, 'seeds/texts');
const files = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds/texts', f));
const text = (f: string): string => readFileSync(join(ROOT, f), 'utf8');

type Analyze = (text: string, options?: { referenceDate?: string; language?: string }) => unknown;
let analyze: Analyze;

beforeAll(async () => {
  ensureBuilt();
  // The same build the CLI runs, so both see the same stages.
  ({ analyze } = (await import(join(ROOT, 'dist/index.js'))) as { analyze: Analyze });
});

describe('hearsay FILE...', () => {
  it('prints the Analysis of one file as pretty JSON, the same as analyze()', () => {
    const r = hearsay([files[0]!]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as unknown;
    expect(AnalysisSchema.safeParse(out).success).toBe(true);
    expect(out).toEqual(JSON.parse(JSON.stringify(analyze(text(files[0]!)))));
    expect(r.stdout).toBe(JSON.stringify(out, null, 2) + '\n');
  });

  it('prints an array with the file name of each for several files', () => {
    const r = hearsay(files.slice(0, 3));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(out.map((o) => o.file)).toEqual(files.slice(0, 3));
    for (const [i, o] of out.entries()) {
      const { file, ...analysis } = o;
      expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
      expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(text(files[i]!)))));
      expect(file).toBe(files[i]);
    }
  });

  it('reads standard input for -', () => {
    const r = hearsay(['-'], text(files[1]!));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(hearsay([files[1]!]).stdout);
  });

  it('applies --reference-date and --language', () => {
    const r = hearsay(['--reference-date', '2024-02-29', '--language=pl', files[0]!]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { referenceDate: string; language: string };
    expect(out.referenceDate).toBe('2024-02-29');
    expect(out.language).toBe('pl');
  });

  it('prints a readable summary with --format text', () => {
    const r = hearsay(['--format', 'text', files[0]!, files[4]!]);
    expect(r.status).toBe(0);
    for (const f of [files[0]!, files[4]!]) {
      const a = analyze(text(f)) as { quotes: unknown[]; claims: unknown[]; dates: unknown[]; language: string };
      const block = r.stdout.slice(r.stdout.indexOf(`== ${f}`));
      expect(block).toContain(`== ${f}`);
      expect(block).toContain(`language ${a.language}`);
      expect(block).toContain(`Quotes (${a.quotes.length})`);
      expect(block).toContain(`Claims (${a.claims.length})`);
      expect(block).toContain(`Dates (${a.dates.length})`);
    }
    expect(hearsay(['--format', 'text', '-'], 'Hello.').stdout).toContain('== (stdin)');
  });

  it('exits 1 with a message for a file that cannot be read', () => {
    const r = hearsay(['no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no\/such\/file\.txt/u);
  });

  it('exits 1 with a hearsay: message for an impossible reference date', () => {
    const r = hearsay(['--reference-date', '2025-02-30', files[0]!]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^hearsay: /u);
  });
});

describe('usage', () => {
  it.each([
    [['--bogus']],
    [['--format', 'xml', 'x.txt']],
    [['--format']],
    [['--jobs', '0', '--jsonl']],
    [['--jobs', 'many', '--jsonl']],
    [[]],
  ])('exits 2 with the usage for %j', (args) => {
    const r = hearsay(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hearsay: /u);
    expect(r.stderr).toContain('Usage:');
  });

  it('prints the usage for --help and the version for --version', () => {
    const help = hearsay(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('--jobs N');
    const version = hearsay(['-v']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
