// Evaluation minutes as Markdown: prints as is, or converts to a document with any Markdown tool.
import { buildMinutes, type Table } from './minutes.js';
import type { Formatter } from './types.js';

/** A Markdown table (shared with the sanggah draft). */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function table(t: Table): string {
  const head = t.head.length > 0 ? t.head : (t.rows[0]?.map(() => ' ') ?? []);
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export const formatMarkdown: Formatter = (report, { lang }) => {
  const m = buildMinutes(report, lang);
  const out = [`# ${m.title}`, '', m.number, '', table(m.meta), '', m.opening, '', table(m.summary), '', m.counts, ''];
  if (m.tenderFindings) out.push(`## ${m.tenderFindings.heading}`, '', table(m.tenderFindings.table), '');
  for (const b of m.bidders) {
    out.push(`## ${b.heading}`, '', `**${b.verdict}**`, '');
    if (b.note) out.push(b.note, '');
    if (b.table) out.push(table(b.table), '');
    if (b.documents) out.push(b.documents, '');
    if (b.problems) out.push(`### ${b.problems.heading}`, '', table(b.problems.table), '');
  }
  if (m.legalNotes) out.push(`## ${m.legalNotes.heading}`, '', m.legalNotes.intro, '', table(m.legalNotes.table), '');
  out.push(m.closing, '', table(m.signatures), '', `_${m.footnote}_`, '');
  return out.join('\n');
};
