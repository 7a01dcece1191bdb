// Evaluation minutes as one self-contained HTML file (no external assets) that prints cleanly on A4.
import { buildMinutes, type Table } from './minutes.js';
import type { Formatter } from './types.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(t: Table, cls = ''): string {
  const head = t.head.length > 0 ? `<thead><tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` : '';
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}">${head}<tbody>${body}</tbody></table>`;
}

const CSS = `@page{size:A4;margin:18mm 15mm}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;color:#000;max-width:180mm;margin:auto}
h1{font-size:13pt;text-align:center;margin:0 0 2mm}
h2{font-size:11pt;margin:6mm 0 2mm;break-after:avoid}
p.center{text-align:center;margin:0 0 4mm}
table{border-collapse:collapse;width:100%;margin:2mm 0;page-break-inside:auto}
tr{page-break-inside:avoid}
th,td{border:0.3mm solid #444;padding:1.2mm 1.6mm;vertical-align:top;text-align:left}
th{background:#eee}
table.meta td:first-child{width:55mm;font-weight:bold}
table.sign td{height:14mm}
.foot{font-size:8pt;color:#333;margin-top:6mm}`;

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
  if (m.tenderFindings) parts.push(`<h2>${lang === 'id' ? 'Catatan atas persyaratan tender' : "Notes on the tender's requirements"}</h2>`, table(m.tenderFindings));
  for (const b of m.bidders) {
    parts.push(`<h2>${esc(b.heading)}</h2>`, `<p><strong>${esc(b.verdict)}</strong></p>`, table(b.table));
    if (b.documents.length > 0) parts.push(`<ul>${b.documents.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`);
  }
  parts.push(`<p>${esc(m.closing)}</p>`, table(m.signatures, 'sign'), `<p class="foot">${esc(m.footnote)}</p>`);
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${esc(m.title)} — ${esc(report.tender.name)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
};
