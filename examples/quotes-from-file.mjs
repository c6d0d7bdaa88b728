#!/usr/bin/env node
// Who said what in one article: every quote with its speaker.
//
//   node examples/quotes-from-file.mjs ARTICLE.txt [YYYY-MM-DD]
//
// The optional date is the reference date that relative dates resolve against.
// (In your own project: npm install hearsay, and the import below works as is.)
import { readFileSync } from 'node:fs';
import { analyze } from 'hearsay';

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const [file, referenceDate] = process.argv.slice(2);
if (!file) {
  console.error('usage: node examples/quotes-from-file.mjs ARTICLE.txt [YYYY-MM-DD]');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const { quotes } = analyze(text, referenceDate ? { referenceDate } : {});

for (const quote of quotes) {
  const speaker = quote.speaker?.name ?? 'unknown';
  // A quote can span lines; print it on one.
  const words = quote.text.replace(/\s+/gu, ' ').trim();
  console.log(`${speaker}: “${words}”`);
}
