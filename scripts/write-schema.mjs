// Writes the JSON Schema of the Analysis next to the build, for `hearsay/analysis.schema.json`.
import { writeFileSync } from 'node:fs';
import { analysisJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/analysis.schema.json', import.meta.url), JSON.stringify(analysisJsonSchema, null, 2) + '\n');
