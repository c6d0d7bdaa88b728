import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression of ours, and where it was found. */
export interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

const ROOT = join(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every regex literal in src/, found with the TypeScript parser (so strings and comments are not mistaken for one). */
export function regexLiterals(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ source: lit.slice(1, slash), flags: lit.slice(slash + 1), where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Every RegExp reachable from a value (the locale objects). */
export function regexesIn(value: unknown, where: string, seen = new Set<unknown>()): FoundRegex[] {
  if (value instanceof RegExp) return [{ source: value.source, flags: value.flags, where }];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) return [...value].flatMap(([k, v], i) => regexesIn(v, `${where}.get(${String(k)})`, seen).concat(regexesIn(k, `${where}[key ${i}]`, seen)));
  if (value instanceof Set) return [...value].flatMap((v, i) => regexesIn(v, `${where}[${i}]`, seen));
  return Object.entries(value).flatMap(([k, v]) => regexesIn(v, `${where}.${k}`, seen));
}

/**
 * Runs `body` with the global RegExp constructor wrapped, and returns every regex built
 * with `new RegExp(…)` or `RegExp(…)` meanwhile: the ones assembled at run time from word
 * lists, which no scan of the source can see.
 */
export async function regexesBuiltDuring(body: () => Promise<void> | void): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (re: RegExp): RegExp => {
    const stack = new Error().stack ?? '';
    // The frame that called the constructor says who built it: ours only when it is in src/
    // (a library such as zod building its own regexes when called from src/ is not ours).
    const frame = stack.split('\n').slice(1).find((l) => !l.includes('regexes.ts') && !l.includes('<anonymous>') && !/\(native\)|node:/u.test(l)) ?? '';
    const m = /\/(src\/[^:)]+:\d+)/u.exec(frame);
    if (m) out.push({ source: re.source, flags: re.flags, where: `${m[1]!} (built at run time)` });
    return re;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args) as RegExp),
  });
  try {
    await body();
  } finally {
    globalThis.RegExp = original;
  }
  return out;
}

/** One entry per distinct source and flags. */
export function distinct(found: readonly FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const f of found) {
    const key = `/${f.source}/${f.flags}`;
    if (!byKey.has(key)) byKey.set(key, f);
  }
  return [...byKey.values()];
}
