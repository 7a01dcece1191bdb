// Evaluation minutes as Markdown: prints as is, or converts to a document with any Markdown tool.
import { buildMinutes, type Table } from './minutes.js';
import type { Formatter } from './types.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(t: Table): string {
  const head = t.head.length > 0 ? t.head : t.rows[0]?.map(() => ' ') ?? [];
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export const formatMarkdown: Formatter = (report, { lang }) => {
  const m = buildMinutes(report, lang);
  const out = [`# ${m.title}`, '', m.number, '', table(m.meta), '', m.opening, '', table(m.summary), '', m.counts, ''];
  if (m.tenderFindings) out.push(lang === 'id' ? '## Catatan atas persyaratan tender' : "## Notes on the tender's requirements", '', table(m.tenderFindings), '');
  for (const b of m.bidders) {
    out.push(`## ${b.heading}`, '', `**${b.verdict}**`, '', table(b.table), '');
    if (b.documents.length > 0) out.push(...b.documents.map((d) => `- ${d}`), '');
  }
  out.push(m.closing, '', table(m.signatures), '', `_${m.footnote}_`, '');
  return out.join('\n');
};
