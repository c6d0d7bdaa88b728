import { describeDevSet } from './dev-set.js';

// The Polish development set: 20 articles written in the styles of Polish outlets, with gold to ANNOTATION.md.
// Quality floors: raise them as the extractors improve, never lower them.
// Measured: F1 0.977, P 0.977, R 0.977, speaker 0.907.
describeDevSet('pl-dev', 'Polish dev set', 'pl', { documents: 20, f1: 0.97, precision: 0.97, recall: 0.97, speaker: 0.9 });
