import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { loadSeeds } from './helpers/gold.js';

// Full-output snapshots, one file per seed, reviewed by hand: any change of behaviour shows up as a diff.
// Regenerate with `npx vitest run test/golden.test.ts -u` and read the diff before committing.
describe('golden output of the seeds', () => {
  for (const g of loadSeeds()) {
    it(g.doc, async () => {
      const a = analyze(g.text, { referenceDate: g.referenceDate });
      await expect(JSON.stringify(a, null, 2) + '\n').toMatchFileSnapshot(`golden/${g.doc.replace(/\.txt$/u, '.json')}`);
    });
  }
});
