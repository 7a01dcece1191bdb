// A draft sanggah as one self-contained HTML file that prints on A4 (like the minutes): fixed column widths,
// long values wrap, page numbers from the CSS page counters.

import type { SanggahCase } from '../../sanggah/sanggah.js';
import { esc, table } from './html.js';
import { buildLetter } from './sanggah-letter.js';

const css = (page: {
  page: string;
  of: string;
}) => `@page{size:A4;margin:18mm 18mm 20mm;@bottom-center{content:"${page.page} " counter(page) " ${page.of} " counter(pages);font:8pt "DejaVu Sans",Arial,sans-serif}}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:9.5pt;line-height:1.35;color:#000;margin:0}
h1{font-size:13pt;text-align:center;margin:0 0 3mm}
h2{font-size:10pt;margin:4mm 0 1.5mm;break-after:avoid}
p{margin:1.5mm 0;text-align:justify}
.notice{border:0.4mm dashed #000;padding:2mm 3mm;margin:0 0 4mm;font-size:8.5pt}
.notice p{margin:1mm 0}
.place{text-align:right}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:1.5mm 0;font-size:8.5pt}
thead{display:table-header-group}
th,td{border:0.25mm solid #444;padding:0.8mm 1.2mm;vertical-align:top;text-align:left;overflow-wrap:anywhere;hyphens:manual}
th{background:#eee;break-inside:avoid}
table.meta td{border:none;padding:0.3mm 1mm}
table.meta td:first-child{font-weight:bold}
.sign{break-inside:avoid;margin-top:5mm;width:45%;margin-left:55%}
.sign p{margin:0;min-height:4.5mm;text-align:left}
.foot{font-size:7.5pt;color:#333;margin-top:6mm}`;

export function sanggahHtml(c: SanggahCase): string {
  const l = buildLetter(c);
  const parts = [
    `<h1>${esc(l.title)}</h1>`,
    `<div class="notice"><p><strong>${esc(l.notice.heading)}</strong></p>${l.notice.lines.map((x) => `<p>${esc(x)}</p>`).join('')}</div>`,
    `<p class="place">${esc(l.place)}</p>`,
    `<p>${l.to.map(esc).join('<br>')}</p>`,
    table(l.meta, 'meta'),
    `<p>${esc(l.opening)}</p>`,
  ];
  for (const s of l.sections) {
    parts.push(`<h2>${esc(s.heading)}</h2>`, ...s.paragraphs.map((p) => `<p>${esc(p)}</p>`));
    if (s.table) parts.push(table(s.table));
  }
  parts.push(
    `<p>${esc(l.closing)}</p>`,
    `<div class="sign">${l.signature.map((x) => `<p>${esc(x)}</p>`).join('')}</div>`,
    `<p class="foot">${esc(l.footnote)}</p>`,
  );
  return `<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>${esc(l.title)} — ${esc(c.tender.name)}</title>\n<style>${css(l.page)}</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}
