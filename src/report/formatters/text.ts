// The terminal report: a summary table when there are several bidders, then per bidder each requirement
// with its status, reason, legal basis and evidence, then the documents and what could not be read.

import type { Status } from '../../evaluate/evaluate.js';
import { evidenceText } from '../../evaluate/evaluate.js';
import { formatDate, formatDatesIn, PROCUREMENT_TYPE_LABEL, problemDetail, WORDS } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import { PROBLEM_LABEL, PROBLEM_REMEDY, RESULT_LABEL, STATUS_LABEL, VERDICT_LABEL } from '../labels.js';
import type { BundleReport, Report, Verdict } from '../report.js';
import { lawApplied, lawGaps } from './law-text.js';
import { lintText } from './lint-text.js';
import { pageNote } from './page-note.js';
import type { FormatOptions, Formatter } from './types.js';

export const formatText: Formatter = (report, options) => {
  const { lang, color: c } = options;
  const w = WORDS[lang];
  const out: string[] = [];
  const t = report.tender;
  out.push(c.bold(`${w.tender}${t.code ? ` ${t.code}` : ''}: ${t.name}`));
  const day = (d: string) => formatDate(d, lang);
  out.push(
    `${w.type}: ${PROCUREMENT_TYPE_LABEL[lang][t.procurementType] ?? t.procurementType} · ${w.announced}: ${day(t.announced)}${pageNote(t.pages?.announced, lang)} · ${w.deadline}: ${day(t.deadline)}${pageNote(t.pages?.deadline, lang)} · ${w.asOf}: ${day(report.asOf)}`,
  );
  out.push(
    c.dim(
      `${report.tool.name} ${report.tool.version} · ${w.ruleset} ${report.ruleset.name} ${report.ruleset.version} (sha256 ${report.ruleset.sha256.slice(0, 12)})`,
    ),
  );
  out.push(lawApplied(report.law, lang));
  for (const g of lawGaps(report.law, lang)) out.push(c.yellow.bold(g));
  out.push('');
  if (report.tenderFindings.requirements.some((r) => r.findings.length > 0)) out.push(lintText(report.tenderFindings, lang, c, true));
  if (report.bundles.length > 1) out.push(...summaryTable(report, options), '');
  for (const b of report.bundles) out.push(...bundleSection(b, options, t.pages?.requirements), '');
  if (!report.ruleset.checkedAgainstOfficialText) out.push(c.dim(w.officialText as string));
  return `${out.join('\n')}\n`;
};

function verdictColor(v: Verdict, o: FormatOptions): (s: string) => string {
  return v === 'pass' ? o.color.green.bold : v === 'fail' ? o.color.red.bold : o.color.yellow.bold;
}

function statusColor(s: Status, o: FormatOptions): (s: string) => string {
  switch (s) {
    case 'pass':
      return o.color.green;
    case 'fail':
      return o.color.red;
    case 'review':
      return o.color.yellow;
    default:
      return o.color.cyan;
  }
}

function bidderName(b: BundleReport, lang: FormatOptions['lang']): string {
  return b.bidder.name ?? `(${WORDS[lang].formUnknown}) ${b.path}`;
}

function summaryTable(report: Report, o: FormatOptions): string[] {
  const w = WORDS[o.lang];
  const rows = report.bundles.map((b, i) => [
    String(i + 1),
    bidderName(b, o.lang),
    RESULT_LABEL[o.lang][b.verdict],
    VERDICT_LABEL[o.lang][b.verdict],
  ]);
  const header = [w.no, w.name, w.result, w.remark] as string[];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ');
  const count = (v: Verdict) => report.bundles.filter((b) => b.verdict === v).length;
  return [
    o.color.bold(w.overall as string),
    line(header),
    widths.map((n) => '-'.repeat(n)).join('-+-'),
    ...rows.map((r, i) => verdictColor((report.bundles[i] as BundleReport).verdict, o)(line(r))),
    `${count('pass')} ${w.passed}, ${count('fail')} ${w.failed}, ${count('review')} ${w.needsReview}`,
  ];
}

function bundleSection(b: BundleReport, o: FormatOptions, pages?: Record<string, number>): string[] {
  const { lang, color: c } = o;
  const w = WORDS[lang];
  const out: string[] = [];
  const form = b.bidder.form ?? w.formUnknown;
  out.push(c.bold(`${w.bidder}: ${bidderName(b, lang)} (${w.form}: ${form}) — ${b.path}`));
  out.push(`${w.verdict}: ${verdictColor(b.verdict, o)(VERDICT_LABEL[lang][b.verdict])}`);
  for (const r of b.requirements) {
    out.push('');
    out.push(`${r.id.padStart(3)}. ${r.text}${pageNote(pages?.[r.id], lang)}`);
    out.push(`     ${statusColor(r.status, o)(`${STATUS_LABEL[lang][r.status]}`)} ${c.dim(`[${r.kind}]`)}`);
    out.push(`     ${w.reason}: ${formatDatesIn(say(r.reason, lang), lang)}`);
    for (const cite of r.citations) out.push(`     ${w.basis}: ${cite.instrument}, ${cite.provision}${cite.verified ? '' : ' *'}`);
    for (const e of r.evidence) out.push(`     ${w.evidence}: ${e.file}, ${w.page} ${e.page} — ${evidenceText(e, lang)}`);
    if (r.remedy) out.push(`     ${w.remedy}: ${say(r.remedy, lang)}`);
  }
  out.push('');
  const counts = (['pass', 'fail', 'review', 'waived', 'not_applicable'] as Status[])
    .map((s) => [s, b.requirements.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_LABEL[lang][s]}`);
  out.push(`${w.summary}: ${counts.join(', ')}`);
  if (b.consistency.length > 0) {
    out.push(`${lang === 'id' ? 'Konsistensi antardokumen' : 'Consistency between documents'}:`);
    for (const f of b.consistency) {
      const mark =
        f.severity === 'mismatch'
          ? c.yellow(lang === 'id' ? 'PERLU KLARIFIKASI' : 'NEEDS CLARIFICATION')
          : lang === 'id'
            ? 'catatan'
            : 'note';
      out.push(`  ${mark}: ${say(f.message, lang)}`);
      for (const r of f.readings) out.push(c.dim(`    ${r.file}, ${w.page} ${r.page} — ${r.label[lang]}: ${r.value}`));
    }
  }
  out.push(`${w.documents} (${b.documents.length}):`);
  for (const d of b.documents) {
    const what = d.docTypeName?.[lang] ?? w.notRecognised;
    const problems = d.problems
      .map((p) => `${PROBLEM_LABEL[lang][p.code]}${p.detail ? ` (${problemDetail(p.detail, lang)})` : ''}`)
      .join('; ');
    const line = `  ${d.file} — ${what}${d.pages ? `, ${d.pages} ${w.pages}` : ''}${problems ? `: ${problems}` : ''}`;
    out.push(problems ? c.yellow(line) : line);
    for (const p of d.problems) out.push(`    ${w.remedy}: ${PROBLEM_REMEDY[lang][p.code]}`);
  }
  return out;
}
