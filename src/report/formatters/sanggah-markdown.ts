// A draft sanggah as Markdown.

import type { SanggahCase } from '../../sanggah/sanggah.js';
import { table } from './markdown.js';
import { buildLetter } from './sanggah-letter.js';

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
