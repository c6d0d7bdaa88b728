import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

/** `npm test` builds first; a lone `vitest run test/cli` builds here when dist/ is missing. */
export function ensureBuilt(): void {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/cli-worker.js')) || !existsSync(join(ROOT, 'dist/index.js'))) {
    execSync('npm run build --silent', { cwd: ROOT, stdio: 'ignore' });
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args`, `input` on stdin. */
export function hearsay(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
