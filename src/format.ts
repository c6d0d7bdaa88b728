import type { Analysis } from './schema.js';

const clip = (s: string, n: number): string => {
  const flat = s.replace(/\s+/gu, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
};

/** A readable summary of one Analysis: the language, the quotes with speakers, the claims and the dates. */
export function formatAnalysis(a: Analysis, title = 'analysis'): string {
  const lines: string[] = [];
  lines.push(`== ${title}`);
  lines.push(
    `language ${a.language}  published ${a.publishedAt ?? '-'}  reference ${a.referenceDate ?? '-'}  boilerplate ${a.boilerplate.length} region(s)`,
  );
  lines.push(`Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ? q.speaker.name : '(unknown)';
    const cue = q.cue ? ` [${q.cue.lemma}]` : '';
    lines.push(`  ${q.kind.padEnd(8)} ${who}${cue}: “${clip(q.text, 100)}”`);
  }
  lines.push(`Speakers (${a.speakers.length})`);
  for (const s of a.speakers) {
    const titles = s.titles.length ? ` (${s.titles.join(', ')})` : '';
    lines.push(`  ${s.name}${titles} — ${s.kind}, ${s.mentions.length} mention(s)`);
  }
  lines.push(`Claims (${a.claims.length})`);
  for (const c of a.claims) {
    const value = c.upper !== null ? `${c.value}–${c.upper}` : String(c.value);
    lines.push(`  ${clip(c.text, 40).padEnd(40)} ${value} ${c.qualifier} ${c.unit ?? '-'} (${c.category})`);
  }
  lines.push(`Dates (${a.dates.length})`);
  for (const d of a.dates) {
    lines.push(`  ${clip(d.text, 40).padEnd(40)} ${d.value ?? '?'} (${d.kind}, ${d.granularity})`);
  }
  return lines.join('\n');
}
