import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, easter, formatWeek, isValidDay, nthWeekdayOfMonth, parseIsoDay, weekdayOf } from '../../src/dates/calendar.js';
import { datesOf, values } from './helpers.js';

describe('calendar arithmetic (UTC)', () => {
  it('knows weekdays, ISO weeks and real days', () => {
    expect(weekdayOf({ year: 2025, month: 11, day: 5 })).toBe(3);
    expect(formatWeek({ year: 2025, month: 11, day: 5 })).toBe('2025-W45');
    // ISO week-years differ from calendar years at the edges.
    expect(formatWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
    expect(formatWeek({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2025, 2, 29)).toBe(false);
    expect(parseIsoDay('2025-04-31')).toBeNull();
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it('finds Easter and nth weekdays', () => {
    expect(easter(2025)).toEqual({ year: 2025, month: 4, day: 20 });
    expect(easter(2000)).toEqual({ year: 2000, month: 4, day: 23 });
    expect(nthWeekdayOfMonth(2025, 11, 4, 4)).toEqual({ year: 2025, month: 11, day: 27 });
    expect(nthWeekdayOfMonth(2025, 5, 1, -1)).toEqual({ year: 2025, month: 5, day: 26 });
  });
});

describe('resolution against the reference date', () => {
  const REF = '2025-11-05'; // a Wednesday

  it('reads a bare weekday as the latest one at or before the reference date in past-tense news', () => {
    expect(values('Russian officials on Thursday warned Washington.', REF)).toEqual({ 'on Thursday': '2025-10-30' });
    expect(values('Russian officials on Wednesday warned Washington.', REF)).toEqual({ 'on Wednesday': '2025-11-05' });
  });

  it('moves a weekday or month forward in a future clause', () => {
    expect(values('The leaders will meet on Friday in Geneva.', REF)).toEqual({ 'on Friday': '2025-11-07' });
    expect(values('The ministers are scheduled to meet Monday.', REF)).toEqual({ Monday: '2025-11-10' });
    expect(values('Results will be published in March.', REF)).toEqual({ 'in March': '2026-03' });
    expect(values('Results were published in March.', REF)).toEqual({ 'in March': '2025-03' });
  });

  it('follows explicit modifiers whatever the tense', () => {
    expect(values('They met last Friday and meet again next Monday.', REF)).toEqual({
      'last Friday': '2025-10-31',
      'next Monday': '2025-11-10',
    });
    expect(values('The army crashed last April.', REF)).toEqual({ 'last April': '2025-04' });
    expect(values('The report came out in June last year.', REF)).toEqual({ 'in June last year': '2024-06' });
  });

  it('still finds relative expressions with no reference date, with value null', () => {
    const ds = datesOf('On Tuesday, talks resumed after the vote of November 2 and the crisis of 2019; last week they stalled.', null);
    expect(ds.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['On Tuesday', null, true],
      ['November 2', null, true],
      ['2019', '2019', false],
      ['last week', null, true],
    ]);
  });

  it('keeps `text` equal to the input slice, with astral characters and CRLF before it', () => {
    const text = '🙂 Report\r\n\r\nOn Tuesday, 𝒳 said in May that 2019 was hard.';
    const ds = datesOf(text, REF);
    expect(ds.length).toBe(3);
    for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('skips related-article lists at the end but keeps dates in photo captions', () => {
    const text = [
      'Kremlin says talks went well',
      'A spokesman attends a news conference in Moscow, Russia December 19, 2024. REUTERS/Jane Doe',
      'Moscow said on Tuesday that the talks went well, officials told reporters at a briefing in the capital.',
      'Read more:',
      'Moscow hosted talks on Monday',
    ].join('\n\n');
    const found = datesOf(text, REF).map((d) => d.text);
    expect(found).toContain('December 19, 2024');
    expect(found).toContain('on Tuesday');
  });
});

describe('timezone independence', () => {
  it('gives the same dates in the furthest timezones', () => {
    const script =
      "import { extractDates } from './src/index.ts';" +
      "const t = 'On Sunday, November 2, officials said yesterday that next week and last weekend mattered; Christmas too.';" +
      "console.log(JSON.stringify(extractDates(t, { referenceDate: '2025-11-03', language: 'en' })));";
    const run = (tz: string): string =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: join(__dirname, '..', '..'),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
    const kiritimati = run('Pacific/Kiritimati');
    expect(JSON.parse(kiritimati).length).toBe(5);
    expect(run('America/Adak')).toBe(kiritimati);
    expect(run('UTC')).toBe(kiritimati);
  });

  it('never calls local-time Date methods in the dates code', () => {
    const dir = join(__dirname, '..', '..', 'src', 'dates');
    const files = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    const local = /\.(getFullYear|getMonth|getDate|getDay|getHours|getTimezoneOffset|setFullYear|setMonth|setDate|toLocale\w*)\(|Date\.now\(|new Date\(\)/u;
    for (const f of [...files(dir), join(dir, '..', 'document', 'published.ts')]) expect(readFileSync(f, 'utf8'), f).not.toMatch(local);
  });
});
