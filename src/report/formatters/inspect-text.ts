// `inspect`: what each document was recognised as and why, every field with its provenance, and its
// problems. What a bidder runs to see whether the tool can read an upload.
import type { ChalkInstance } from 'chalk';
import type { BundleDocument } from '../../documents/bundle.js';
import { type Lang, problemDetail } from '../../i18n/labels.js';
import type { Ruleset } from '../../rules/load.js';
import { PROBLEM_LABEL, PROBLEM_REMEDY } from '../labels.js';

const W = {
  id: {
    text: 'Teks',
    ocr: 'OCR, keyakinan',
    pdf: 'lapisan teks PDF',
    recognisedBy: 'Dikenali dari',
    others: 'Jenis lain yang dipertimbangkan',
    excluded: 'gugur karena',
    score: 'skor',
    fields: 'Isian terbaca',
    none: 'tidak ada',
    problems: 'Masalah',
    remedy: 'Saran',
    title: 'judul',
    keyword: 'kata kunci',
    notRecognised: 'tidak dikenali',
    page: 'hlm.',
    invalid: 'tidak sah',
    notFound: 'Isian tidak ditemukan',
  },
  en: {
    text: 'Text',
    ocr: 'OCR, confidence',
    pdf: 'PDF text layer',
    recognisedBy: 'Recognised from',
    others: 'Other types considered',
    excluded: 'ruled out by',
    score: 'score',
    fields: 'Fields read',
    none: 'none',
    problems: 'Problems',
    remedy: 'Remedy',
    title: 'title',
    keyword: 'keyword',
    notRecognised: 'not recognised',
    page: 'p.',
    invalid: 'invalid',
    notFound: 'Fields not found',
  },
} as const;

export function inspectText(docs: readonly BundleDocument[], ruleset: Ruleset, lang: Lang, c: ChalkInstance): string {
  const w = W[lang];
  const out: string[] = [];
  for (const d of docs) {
    const type = d.docType ? ruleset.documents.get(d.docType) : undefined;
    out.push(c.bold(`${d.file} — ${type ? `${type.name[lang]} [${type.id}]` : w.notRecognised}${d.pages ? `, ${d.pages} ${w.page}` : ''}`));
    if (d.sha256) out.push(c.dim(`  sha256 ${d.sha256}`));
    if (d.classification && d.pages > 0) out.push(`  ${w.text}: ${pageSources(d, lang)}`);
    const best = d.classification?.candidates.find((x) => x.docType === d.docType);
    if (best)
      out.push(
        `  ${w.recognisedBy}: ${best.cues.map((q) => `${q.kind === 'title' ? w.title : w.keyword} "${q.text}" (${w.page} ${q.page})`).join('; ')}`,
      );
    const others = (d.classification?.candidates ?? []).filter((x) => x.docType !== d.docType).slice(0, 3);
    if (others.length > 0) {
      out.push(
        `  ${w.others}: ${others
          .map(
            (x) =>
              `${x.docType} (${w.score} ${x.score}${x.excludedBy ? `, ${w.excluded} "${x.excludedBy.text}" ${w.page} ${x.excludedBy.page}` : ''})`,
          )
          .join('; ')}`,
      );
    }
    out.push(`  ${w.fields}:${d.fields.length === 0 ? ` ${w.none}` : ''}`);
    for (const f of d.fields) {
      const label = type?.fields.find((s) => s.name === f.name)?.label[lang] ?? f.name;
      const value = f.value === null ? c.yellow(`${w.invalid}: "${f.raw}"`) : f.value;
      out.push(`    ${label}: ${value} (${w.page} ${f.page}) ${c.dim(`«${f.snippet}»`)}`);
    }
    // Fields the type defines that could not be placed: shown, never guessed.
    const missing = (type?.fields ?? []).filter((s) => !d.fields.some((f) => f.name === s.name)).map((s) => s.label[lang]);
    if (missing.length > 0) out.push(c.dim(`  ${w.notFound}: ${missing.join(', ')}`));
    if (d.problems.length > 0) {
      out.push(
        c.yellow(
          `  ${w.problems}: ${d.problems.map((p) => `${PROBLEM_LABEL[lang][p.code]}${p.detail ? ` (${problemDetail(p.detail, lang)})` : ''}`).join('; ')}`,
        ),
      );
      for (const p of d.problems) out.push(`  ${w.remedy}: ${PROBLEM_REMEDY[lang][p.code]}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** Where each page's text came from: "hlm. 1-3 lapisan teks PDF; hlm. 4 OCR, keyakinan 91%". */
function pageSources(d: BundleDocument, lang: Lang): string {
  const w = W[lang];
  const runs: string[] = [];
  let from = 0;
  for (let page = 1; page <= d.pages; page++) {
    const ocr = d.ocr?.find((o) => o.page === page);
    if (ocr) {
      if (from) runs.push(`${w.page} ${from === page - 1 ? from : `${from}-${page - 1}`} ${w.pdf}`);
      from = 0;
      runs.push(`${w.page} ${page} ${w.ocr} ${ocr.confidence}%`);
    } else if (!from) from = page;
  }
  if (from) runs.push(`${w.page} ${from === d.pages ? from : `${from}-${d.pages}`} ${w.pdf}`);
  return runs.join('; ');
}
