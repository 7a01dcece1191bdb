// Evaluation minutes as one self-contained HTML file (no external assets) that prints on A4 with
// nothing cut: fixed column widths, long values wrap anywhere, rows may break across pages.
import { buildMinutes, type Table } from './minutes.js';
import type { Formatter } from './types.js';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A table with fixed column widths (shared with the sanggah draft). */
export function table(t: Table, cls = ''): string {
  const cols = `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const head = t.head.length > 0 ? `<thead><tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` : '';
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>${cols}${head}<tbody>${body}</tbody></table>`;
}

const css = (page: {
  page: string;
  of: string;
}) => `@page{size:A4;margin:14mm 12mm 16mm;@bottom-center{content:"${page.page} " counter(page) " ${page.of} " counter(pages);font:8pt "DejaVu Sans",Arial,sans-serif}}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:8pt;line-height:1.2;color:#000;margin:0}
h1{font-size:12pt;text-align:center;margin:0 0 1mm}
h2{font-size:10pt;margin:4mm 0 1.5mm;break-after:avoid}
h3{font-size:9pt;margin:2.5mm 0 1mm;break-after:avoid}
p{margin:1.5mm 0}
p.center{text-align:center;margin:0 0 3mm}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:1.5mm 0}
thead{display:table-header-group}
th,td{border:0.25mm solid #444;padding:0.8mm 1.2mm;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:normal;hyphens:manual}
th{background:#eee;break-inside:avoid}
table.meta td:first-child{font-weight:bold}
table.sign td{height:12mm}
.close{break-inside:avoid}
.foot{font-size:7.5pt;color:#333;margin-top:4mm}`;

export const formatHtml: Formatter = (report, { lang }) => {
  const m = buildMinutes(report, lang);
  const parts = [
    `<h1>${esc(m.title)}</h1>`,
    `<p class="center">${esc(m.number)}</p>`,
    table(m.meta, 'meta'),
    `<p>${esc(m.opening)}</p>`,
    table(m.summary),
    `<p>${esc(m.counts)}</p>`,
  ];
  if (m.tenderFindings) parts.push(`<h2>${esc(m.tenderFindings.heading)}</h2>`, table(m.tenderFindings.table));
  for (const b of m.bidders) {
    parts.push(`<h2>${esc(b.heading)}</h2>`, `<p><strong>${esc(b.verdict)}</strong></p>`);
    if (b.note) parts.push(`<p>${esc(b.note)}</p>`);
    if (b.table) parts.push(table(b.table));
    if (b.documents) parts.push(`<p class="docs">${esc(b.documents)}</p>`);
    if (b.problems) parts.push(`<h3>${esc(b.problems.heading)}</h3>`, table(b.problems.table));
  }
  if (m.legalNotes) parts.push(`<h2>${esc(m.legalNotes.heading)}</h2>`, `<p>${esc(m.legalNotes.intro)}</p>`, table(m.legalNotes.table));
  parts.push(`<div class="close"><p>${esc(m.closing)}</p>${table(m.signatures, 'sign')}</div>`, `<p class="foot">${esc(m.footnote)}</p>`);
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${esc(m.title)} — ${esc(report.tender.name)}</title>\n<style>${css(m.page)}</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
};
