import { describe, expect, it } from 'vitest';
import { f1 } from '../helpers/score.js';
import { scoreSeeds } from './seeds.js';

// Quality floors: raise them as the extractors improve, never lower them.
const FLOOR = { f1: 1, value: 1 };

describe('date quality on the seeds', () => {
  it('dates F1 and value accuracy stay above their floors', () => {
    const s = scoreSeeds(['en', 'pl']);
    const d = s.dates;
    expect.soft(f1(d), s.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR.f1);
    expect.soft(d.valueOk / (d.valueN || 1), s.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR.value);
  });
});
