// A draft sanggah as Markdown.

import type { SanggahCase } from '../../sanggah/sanggah.js';
import type { Table } from './minutes.js';
import { buildLetter } from './sanggah-letter.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(t: Table): string {
  const head = t.head.length > 0 ? t.head : (t.rows[0]?.map(() => ' ') ?? []);
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function sanggahMarkdown(c: SanggahCase): string {
  const l = buildLetter(c);
  const out = [
    `# ${l.title}`,
    '',
    `> **${l.notice.heading}**`,
    ...l.notice.lines.flatMap((x) => ['>', `> ${x}`]),
    '',
    l.place,
    '',
    l.to.join('  \n'),
    '',
    table(l.meta),
    '',
    l.opening,
    '',
  ];
  for (const s of l.sections) {
    out.push(`## ${s.heading}`, '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.table) out.push(table(s.table), '');
  }
  out.push(l.closing, '', l.signature.map((x) => x || '&nbsp;').join('  \n'), '', `_${l.footnote}_`, '');
  return out.join('\n');
}
