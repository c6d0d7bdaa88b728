// `npm run demo`: analyzes the bundled seed articles and prints a readable summary.
// Each seed is read with the reference date its gold file gives (the day it was published).
import { readdirSync, readFileSync } from 'node:fs';
import { analyze, formatAnalysis } from '../dist/index.js';

const dir = new URL('../seeds/', import.meta.url);
for (const file of readdirSync(new URL('texts/', dir)).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(`texts/${file}`, dir), 'utf8');
  const gold = JSON.parse(readFileSync(new URL(`gold/${file.replace(/\.txt$/u, '.json')}`, dir), 'utf8'));
  console.log(formatAnalysis(analyze(text, { referenceDate: gold.referenceDate }), file) + '\n');
}
