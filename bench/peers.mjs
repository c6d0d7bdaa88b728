// The contenders of the benchmark. Each `load()` imports its library (timed as the cold
// import) and returns the function run on one article.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The floor: one pass of plain regexes over the text, finding the same kinds of thing
// hearsay looks for (quote marks, capitalized name runs, numbers, month names).
const FLOOR = /["“”„«»]|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*|\d+(?:[.,]\d+)*|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;

// hearsay's analyze() restricted to some layers.
function breakdown(label, layers) {
  return {
    label,
    breakdown: true,
    async load() {
      const { analyze } = await import('../dist/index.js');
      return (text) => analyze(text, { layers });
    },
  };
}

export const PEERS = {
  hearsay: {
    label: 'hearsay analyze() (all layers)',
    async load() {
      const { analyze } = await import('../dist/index.js');
      return (text) => analyze(text);
    },
  },
  // The same call with fewer layers, to see where the time goes (not a peer: a breakdown).
  'hearsay-document': breakdown('  └ Document only (layers: [])', []),
  'hearsay-quotes': breakdown('  └ Document + quotes/speakers', ['quotes']),
  'hearsay-claims': breakdown('  └ Document + quotes + claims', ['claims']),
  'hearsay-dates': breakdown('  └ Document + dates', ['dates']),
  wink: {
    label: 'wink-nlp readDoc + entities',
    async load() {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (text) => nlp.readDoc(text).entities().out(its.detail);
    },
  },
  compromise: {
    label: 'compromise nlp() + quotations/people/numbers',
    async load() {
      const nlp = (await import('compromise')).default;
      return (text) => {
        const doc = nlp(text);
        return [doc.quotations().out('array'), doc.people().out('array'), doc.numbers().out('array')];
      };
    },
  },
  regex: {
    label: 'plain regex scan (floor)',
    async load() {
      return (text) => {
        let n = 0;
        FLOOR.lastIndex = 0;
        while (FLOOR.exec(text) !== null) n++;
        return n;
      };
    },
  },
};

export const PEER_NAMES = Object.keys(PEERS);
