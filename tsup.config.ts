import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    // franc is ESM-only: bundle it so the CommonJS build can be required on every Node >= 18.
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    shims: true,
  },
  {
    // The CLI and the worker thread of `hearsay --jsonl --jobs N`, side by side in dist/.
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'es2022',
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(pkg.version) },
  },
]);
