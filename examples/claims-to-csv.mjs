#!/usr/bin/env node
// The numeric claims of one or more articles as CSV (RFC 4180), one row per claim, with
// who claims each number when it sits inside a quote.
//
//   node examples/claims-to-csv.mjs ARTICLE.txt... > claims.csv
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from 'hearsay';

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node examples/claims-to-csv.mjs ARTICLE.txt...');
  process.exit(2);
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}
const row = (values) => values.map(field).join(',') + '\r\n';

const columns = ['file', 'id', 'text', 'start', 'end', 'value', 'upper', 'qualifier', 'unit', 'category', 'quote_id', 'speaker'];
process.stdout.write(row(columns));

for (const file of files) {
  const { claims, quotes } = analyze(readFileSync(file, 'utf8'));
  const speakerOf = new Map(quotes.map((q) => [q.id, q.speaker?.name ?? null]));
  for (const c of claims) {
    process.stdout.write(
      row([basename(file), c.id, c.text, c.start, c.end, c.value, c.upper, c.qualifier, c.unit, c.category, c.quoteId, c.quoteId ? speakerOf.get(c.quoteId) : null]),
    );
  }
}
