import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/index.js';
import { ensureBuilt, hearsay, ROOT } from './helpers.js';

// `hearsay --jsonl`: the batch mode the evaluation runs. One output line per non-blank
// input line, in input order, an error line for a bad line, exit code 1 when any failed,
// and the same bytes whatever the number of worker threads.

const TEXTS = join(ROOT, 'seeds/texts');
const seeds = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(TEXTS, f), 'utf8'));

interface OutLine {
  id: unknown;
  line?: number;
  error?: string;
  [k: string]: unknown;
}
const parseLines = (stdout: string): OutLine[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as OutLine);

/** A mixed batch: good lines, blank lines, malformed JSON, non-objects and non-string texts. */
function mixedBatch(n: number): { input: string; expected: Array<{ id: unknown; bad: boolean; line: number }> } {
  const lines: string[] = [];
  const expected: Array<{ id: unknown; bad: boolean; line: number }> = [];
  const add = (line: string, id: unknown, bad: boolean): void => {
    lines.push(line);
    expected.push({ id, bad, line: lines.length });
  };
  for (let i = 0; i < n; i++) {
    // Sizes vary a lot, so workers finish out of order.
    const text = i % 5 === 0 ? seeds[i % seeds.length]!.repeat(4) : i % 3 === 0 ? 'Short.' : seeds[i % seeds.length]!;
    add(JSON.stringify({ id: `doc-${i}`, text, referenceDate: '2025-11-05' }), `doc-${i}`, false);
    if (i % 7 === 3) lines.push('');
    if (i % 9 === 4) lines.push('   \t');
    if (i % 11 === 5) add('{"id": "broken", "text": ', null, true);
    if (i % 13 === 6) add(JSON.stringify({ id: i, text: 42 }), i, true);
    if (i % 17 === 8) add('[1, 2, 3]', null, true);
    if (i % 19 === 9) add(JSON.stringify({ id: `bad-date-${i}`, text: 'x', referenceDate: '2025-13-01' }), `bad-date-${i}`, true);
  }
  return { input: lines.join('\n') + '\n', expected };
}

beforeAll(() => ensureBuilt());

describe('hearsay --jsonl', () => {
  it('answers every non-blank line once, in order, with the Analysis or an error', () => {
    const { input, expected } = mixedBatch(30);
    const r = hearsay(['--jsonl', '--jobs', '1'], input);
    expect(r.status).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(expected.map((e) => e.id));
    out.forEach((o, k) => {
      const e = expected[k]!;
      if (e.bad) {
        expect(Object.keys(o).sort()).toEqual(['error', 'id', 'line']);
        expect(o.error).toMatch(/^hearsay: /u);
        expect(o.line).toBe(e.line);
      } else {
        const { id, ...analysis } = o;
        expect(id).toBe(e.id);
        expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
        expect(analysis.referenceDate).toBe('2025-11-05');
      }
    });
  });

  it('says which line is malformed and goes on', () => {
    const r = hearsay(['--jsonl'], '{"id":"a","text":"One."}\nnot json\n{"id":"b","text":"Two."}\n');
    expect(r.status).toBe(1);
    const out = parseLines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(out[1]!.error).toMatch(/^hearsay: malformed JSON/u);
    expect(out[2]!.id).toBe('b');
  });

  it('keeps the id of a line whose text is not a string', () => {
    const out = parseLines(hearsay(['--jsonl'], '{"id":7,"text":null}\n{"id":"x"}\n').stdout);
    expect(out.map((o) => [o.id, o.line])).toEqual([
      [7, 1],
      ['x', 2],
    ]);
    for (const o of out) expect(o.error).toMatch(/^hearsay: text must be a string/u);
  });

  it('exits 0 when every line succeeds, skips blank lines, and accepts CRLF', () => {
    const r = hearsay(['--jsonl'], '\n{"id":1,"text":"He said so."}\r\n\r\n  \n{"id":2,"text":"Nothing."}');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(parseLines(r.stdout).map((o) => o.id)).toEqual([1, 2]);
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('applies --reference-date and --language to lines that do not set their own', () => {
    const input = [
      JSON.stringify({ id: 1, text: seeds[0] }),
      JSON.stringify({ id: 2, text: seeds[0], referenceDate: '2020-01-01', language: 'en' }),
    ].join('\n');
    const out = parseLines(hearsay(['--jsonl', '--reference-date', '2024-02-29', '--language', 'pl'], input).stdout);
    expect([out[0]!.referenceDate, out[0]!.language]).toEqual(['2024-02-29', 'pl']);
    expect([out[1]!.referenceDate, out[1]!.language]).toEqual(['2020-01-01', 'en']);
  });

  it('gives byte-identical output with --jobs 2 and --jobs 1', () => {
    const { input } = mixedBatch(60);
    const one = hearsay(['--jsonl', '--jobs', '1'], input);
    const two = hearsay(['--jsonl', '--jobs', '2'], input);
    const four = hearsay(['--jsonl', '--jobs=4'], input);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(four.stdout).toBe(one.stdout);
    // Progress is for terminals only: nothing on a piped stderr.
    expect(two.stderr).toBe('');
  });

  it('handles an empty input and a large line on worker threads', () => {
    const empty = hearsay(['--jsonl', '--jobs', '2'], '');
    expect([empty.status, empty.stdout]).toEqual([0, '']);
    const big = seeds.join('\n\n').repeat(150); // about 1.8 MB
    const r = hearsay(['--jsonl', '--jobs', '2'], JSON.stringify({ id: 'big', text: big }) + '\n' + JSON.stringify({ id: 'small', text: 'Hi.' }) + '\n');
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout).map((o) => o.id)).toEqual(['big', 'small']);
  });
});
