import { analyze } from '../../src/index.js';
import { loadSeeds, type GoldDoc } from '../helpers/gold.js';
import { emptyScore, scoreDoc, type Score } from '../helpers/score.js';

/** Scores `analyze()` on the seeds whose language is in `languages`, with each gold file's reference date. */
export function scoreSeeds(languages: readonly string[]): Score {
  const score = emptyScore();
  for (const g of loadSeeds().filter((d: GoldDoc) => languages.includes(d.language))) {
    scoreDoc(g, analyze(g.text, { referenceDate: g.referenceDate }), score);
  }
  return score;
}
