import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisSchema, type Analysis } from '../src/index.js';
import { ensureBuilt, ROOT } from './cli/helpers.js';

// The scripts of examples/ run as a user runs them (they import 'hearsay', which resolves
// to this package's build), on the seeds; their output must agree with analyze().

const TEXTS = join(ROOT, 'seeds/texts');
const files = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort();
const text = (f: string): string => readFileSync(join(TEXTS, f), 'utf8');

let analyze: (text: string, options?: { referenceDate?: string }) => Analysis;

beforeAll(async () => {
  ensureBuilt();
  ({ analyze } = (await import(join(ROOT, 'dist/index.js'))) as { analyze: typeof analyze });
});

function run(script: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'examples', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** RFC 4180: rows of fields, quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('examples/', () => {
  it('quotes-from-file.mjs prints one line "speaker: “quote”" per quote', () => {
    for (const f of files) {
      const r = run('quotes-from-file.mjs', [join(TEXTS, f)]);
      expect(r.status).toBe(0);
      const quotes = analyze(text(f)).quotes;
      const lines = r.stdout.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(quotes.length);
      lines.forEach((line, i) => {
        const q = quotes[i]!;
        expect(line).toBe(`${q.speaker?.name ?? 'unknown'}: “${q.text.replace(/\s+/gu, ' ').trim()}”`);
      });
    }
    expect(run('quotes-from-file.mjs', []).status).toBe(2);
  });

  it('quotes-from-file.mjs passes the reference date on', () => {
    const r = run('quotes-from-file.mjs', [join(TEXTS, files[0]!), '2025-11-05']);
    expect(r.status).toBe(0);
  });

  it('claims-to-csv.mjs writes a header and one well-quoted row per claim', () => {
    const r = run('claims-to-csv.mjs', files.map((f) => join(TEXTS, f)));
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['file', 'id', 'text', 'start', 'end', 'value', 'upper', 'qualifier', 'unit', 'category', 'quote_id', 'speaker']);
    const expected = files.flatMap((f) => analyze(text(f)).claims.map((c) => ({ f, c })));
    expect(rows.length - 1).toBe(expected.length);
    rows.slice(1).forEach((row, i) => {
      const { f, c } = expected[i]!;
      expect(row).toHaveLength(12);
      expect(row.slice(0, 6)).toEqual([f, c.id, c.text, String(c.start), String(c.end), String(c.value)]);
      expect(row[2]).toBe(text(f).slice(c.start, c.end));
    });
  });

  it('claims-to-csv.mjs quotes commas, quotes and line breaks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearsay-csv-'));
    try {
      const file = join(dir, 'a,"b".txt');
      writeFileSync(file, 'Officials said more than 1,200 people, “about 3,500 boats”, and 12 percent\nof 40 ships were hit.\n');
      const r = run('claims-to-csv.mjs', [file]);
      expect(r.status).toBe(0);
      const rows = parseCsv(r.stdout);
      expect(rows.length - 1).toBe(analyze(readFileSync(file, 'utf8')).claims.length);
      for (const row of rows.slice(1)) expect(row[0]).toBe('a,"b".txt');
      // The file name alone needs quoting; so does any claim text with a comma.
      expect(r.stdout).toContain('"a,""b"".txt"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('folder-to-jsonl.mjs writes one valid Analysis line per article, to a file or stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearsay-jsonl-'));
    try {
      const out = join(dir, 'out.jsonl');
      const r = run('folder-to-jsonl.mjs', [TEXTS, out, '--reference-date', '2025-11-05']);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`${files.length} article(s), 0 failed`);
      const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(files.length);
      lines.forEach((l, i) => {
        const { file, ...analysis } = JSON.parse(l) as { file: string } & Analysis;
        expect(file).toBe(files[i]);
        expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
        expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(text(files[i]!), { referenceDate: '2025-11-05' }))));
      });
      const stdout = run('folder-to-jsonl.mjs', [TEXTS, '--reference-date', '2025-11-05']).stdout;
      expect(stdout).toBe(readFileSync(out, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
