// Checks the tender's requirements themselves, before anyone is disqualified: requirements that cannot
// be grounds for disqualification, obsolete document names, exemptions the wording ignores, tax years
// not yet due, validity dates before the deadline, malformed KBLI codes, wording not understood.
import { findDates } from '../documents/parse.js';
import { gapReason } from '../evaluate/evaluate.js';
import type { LawAt } from '../rules/at.js';
import { citationOf, type Citation } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';
import type { Localized } from '../rules/schema.js';
import { rulePattern } from '../rules/pattern.js';
import { kindText, stripTemplateNotes } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'cannot-be-required'
  | 'obsolete-document'
  | 'exemption-ignored'
  | 'tax-year-not-due'
  | 'tax-year-outdated'
  | 'validity-before-deadline'
  | 'kbli-format'
  | 'not-understood'
  | 'no-law'
  | 'template-note'
  | 'needs-deadline';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: Localized;
  citations: Citation[];
}

export interface LintedRequirement {
  id: string;
  text: string;
  kind: string;
  line: number;
  /** The page of the tender document (PDF) it was read on. */
  page?: number;
  findings: Finding[];
}

export interface LintReport {
  asOf: string;
  /** The law applied: instruments in force on asOf and the coverage gaps. */
  law: LawSummary;
  requirements: LintedRequirement[];
}

const L = (id: string, en: string): Localized => ({ id, en });

/** What every report says up front: the instruments applied on the date and where the rules have no law. */
export interface LawSummary {
  date: string;
  instruments: LawAt['instruments'];
  gaps: LawAt['gaps'];
}

export function lawSummary(law: LawAt): LawSummary {
  return { date: law.date, instruments: law.instruments, gaps: law.gaps };
}

export function lintTender(tender: Tender, ruleset: Ruleset, asOf: string): LintReport {
  const law = ruleset.at(asOf);
  return {
    asOf,
    law: lawSummary(law),
    requirements: tender.requirements.map((req) => ({
      id: req.id,
      text: req.text,
      kind: kindText(req.kind),
      line: req.line,
      ...(req.page ? { page: req.page } : {}),
      findings: lintRequirement(req, tender, ruleset, law),
    })),
  };
}

export function worstSeverity(report: LintReport): Severity | null {
  const all = report.requirements.flatMap((r) => r.findings.map((f) => f.severity));
  return (['error', 'warning', 'info'] as const).find((s) => all.includes(s)) ?? null;
}

function lintRequirement(req: Requirement, tender: Tender, ruleset: Ruleset, law: LawAt): Finding[] {
  const findings: Finding[] = [];
  const cite = (refs: readonly string[]) => refs.map((r) => citationOf(ruleset, r));
  const k = req.kind;
  const kinds = k.op === 'one' ? [k.kind] : k.op === 'unknown' ? [] : k.kinds;
  const deadline = tender.meta.deadline;
  const clean = stripTemplateNotes(req.text);

  if (k.op === 'unknown') {
    const closest = k.closest.length > 0 ? L(` Jenis terdekat yang dikenal: ${k.closest.join(', ')}.`, ` Closest known kinds: ${k.closest.join(', ')}.`) : L('', '');
    findings.push({
      code: 'not-understood',
      severity: 'warning',
      message: L(
        `Rumusan ini tidak dikenali oleh aturan, sehingga tidak diperiksa otomatis. Bila persyaratan ini di luar daftar persyaratan kualifikasi pedoman yang berlaku, pastikan objektif dan tidak diskriminatif.${closest.id}`,
        `The rules do not recognise this wording, so it is not checked automatically. If it is outside the qualification list of the guideline in force, make sure it is objective and not discriminatory.${closest.en}`,
      ),
      citations: cite(law.cite('anti_discrimination')),
    });
  }

  for (const id of kinds) {
    const kind = ruleset.requirements.get(id);
    if (!kind) continue;
    const at = law.kind(kind);
    if (at.noLaw) {
      findings.push({ code: 'no-law', severity: 'warning', message: gapReason(at.gaps, law.date), citations: [] });
      continue;
    }
    for (const w of at.waivers) {
      findings.push({
        code: 'cannot-be-required',
        severity: 'error',
        message: L(`Persyaratan ini tidak dapat dijadikan dasar untuk menggugurkan peserta. ${w.explain.id}`, `This requirement cannot be grounds for disqualification. ${w.explain.en}`),
        citations: cite(w.provisions),
      });
    }
    // An obsolete document name: the wording asks for a document that another now replaces.
    const alternativesNamed = k.op === 'any' ? k.kinds : [];
    for (const eq of at.equivalences.filter((e) => !e.risk)) {
      const substitute = eq.evidence.map((o) => o.document);
      if (substitute.some((d) => alternativesNamed.includes(d))) continue;
      const names = substitute.map((d) => ruleset.documents.get(d)?.name ?? L(d, d));
      findings.push({
        code: 'obsolete-document',
        severity: 'warning',
        message: L(
          `${kind.name.id} sudah digantikan oleh ${names.map((n) => n.id).join(' atau ')}. Tulis "${kind.name.id} atau ${names.map((n) => n.id).join(' atau ')}" dan jangan gugurkan peserta yang hanya melampirkan penggantinya. ${eq.explain.id}`,
          `${kind.name.en} is obsolete, replaced by ${names.map((n) => n.en).join(' or ')}. Write "${kind.name.id} atau ${names.map((n) => n.id).join(' atau ')}" and do not disqualify a bidder who attaches only the substitute. ${eq.explain.en}`,
        ),
        citations: cite([eq.provision]),
      });
    }
    // Names of documents no longer issued in this era ("SIUP" under OSS-RBA).
    for (const o of at.obsoleteWording) {
      if (!rulePattern(o.pattern).test(clean)) continue;
      findings.push({
        code: 'obsolete-document',
        severity: 'warning',
        message: L(`Rumusan ini memakai istilah yang sudah tidak berlaku. ${o.explain.id}`, `This wording uses a term no longer in use. ${o.explain.en}`),
        citations: cite([o.provision]),
      });
    }
    // Exemptions the wording ignores: "Memiliki izin usaha" with no "bagi badan usaha".
    for (const x of at.exemptions.filter((e) => e.outcome === 'not_applicable')) {
      const acknowledged = /badan\s+usaha|berbadan\s+usaha|kecuali|perorangan|perseorangan/iu.test(clean);
      if (acknowledged) continue;
      findings.push({
        code: 'exemption-ignored',
        severity: 'warning',
        message: L(
          `Rumusan ini tidak menyebut pengecualian bagi peserta berbentuk ${x.when.bidder_form.join('/')}. ${x.explain.id} Tambahkan "bagi peserta berbadan usaha".`,
          `The wording ignores the exemption for ${x.when.bidder_form.join('/')} bidders. ${x.explain.en} Add "bagi peserta berbadan usaha".`,
        ),
        citations: cite([x.provision]),
      });
    }
    if (kind.check.type === 'tax_return' && req.taxYear !== undefined) {
      const lastDue = law.lastDueTaxYear(deadline, 'badan');
      const sptFilingDeadline = law.sptDeadline;
      if (req.taxYear > lastDue) {
        findings.push({
          code: 'tax-year-not-due',
          severity: 'error',
          message: L(
            `SPT Tahunan tahun pajak ${req.taxYear} baru wajib dilaporkan paling lambat ${sptFilingDeadline(req.taxYear, 'orang_pribadi')} (orang pribadi) atau ${sptFilingDeadline(req.taxYear, 'badan')} (badan), sesudah batas akhir pemasukan penawaran ${deadline}. Tahun pajak terakhir yang sudah jatuh tempo adalah ${lastDue}.`,
            `The ${req.taxYear} annual return is due only by ${sptFilingDeadline(req.taxYear, 'orang_pribadi')} (individuals) or ${sptFilingDeadline(req.taxYear, 'badan')} (entities), after the bid deadline ${deadline}. The last tax year already due is ${lastDue}.`,
          ),
          citations: cite(kind.basis),
        });
      } else if (req.taxYear < lastDue) {
        findings.push({
          code: 'tax-year-outdated',
          severity: 'warning',
          message: L(
            `Tahun pajak ${req.taxYear} bukan tahun pajak terakhir: pada batas akhir pemasukan penawaran ${deadline} SPT tahun pajak ${lastDue} sudah jatuh tempo.`,
            `Tax year ${req.taxYear} is not the last tax year: by the bid deadline ${deadline} the ${lastDue} return is already due.`,
          ),
          citations: cite(kind.basis),
        });
      }
    }
  }

  // "masih berlaku sampai 31 Desember 2019" when bids close in 2020.
  if (/berlaku/iu.test(clean)) {
    for (const d of findDates(clean).filter((x) => x.iso < deadline)) {
      findings.push({
        code: 'validity-before-deadline',
        severity: 'warning',
        message: L(
          `Tanggal ${d.raw} (${d.iso}) sudah lewat pada batas akhir pemasukan penawaran ${deadline}; masa berlaku dokumen dinilai pada batas akhir itu.`,
          `The date ${d.raw} (${d.iso}) is before the bid deadline ${deadline}; documents are judged valid at that deadline.`,
        ),
        citations: [],
      });
    }
  }

  for (const m of clean.matchAll(/\bKBLI\b[^\d\n]{0,20}((?:\d[\d.]*\d|\d)(?:\s*(?:,|dan|atau|\/)\s*(?:\d[\d.]*\d|\d))*)/giu)) {
    for (const code of (m[1] as string).split(/\s*(?:,|dan|atau|\/)\s*/u)) {
      if (/^\d{5}$/.test(code)) continue;
      findings.push({
        code: 'kbli-format',
        severity: 'error',
        message: L(
          `"${code}" bukan kode KBLI yang sah: perizinan di OSS memakai kode kelompok KBLI 5 digit (mis. 62019).`,
          `"${code}" is not a valid KBLI code: OSS licences use the 5-digit KBLI kelompok code (e.g. 62019).`,
        ),
        citations: cite(law.cite('kbli_structure')),
      });
    }
  }

  if (/\[[^\]]*(?:tuliskan|isi|diisi|pilih|sebutkan)[^\]]*\]/iu.test(req.text)) {
    findings.push({
      code: 'template-note',
      severity: 'info',
      message: L('Catatan templat dalam kurung siku masih tertinggal dalam rumusan; hapus sebelum diumumkan.', 'A template note in square brackets is still in the wording; remove it before publishing.'),
      citations: [],
    });
  }
  return findings;
}

/** Findings that are decided against the bid deadline. */
const NEEDS_DEADLINE: ReadonlySet<FindingCode> = new Set(['tax-year-not-due', 'tax-year-outdated', 'validity-before-deadline']);

/**
 * For an LDK pasted without its dates: the findings that need the bid deadline give way to one that says
 * so, on every requirement naming a tax year or a validity date, instead of the whole run refusing.
 */
export function withoutDeadline(report: LintReport, tender: Tender): LintReport {
  return {
    ...report,
    requirements: report.requirements.map((r) => {
      const req = tender.requirements.find((q) => q.id === r.id);
      const kept = r.findings.filter((f) => !NEEDS_DEADLINE.has(f.code));
      const dated = req !== undefined && (req.taxYear !== undefined || (/berlaku/iu.test(req.text) && findDates(stripTemplateNotes(req.text)).length > 0));
      if (!dated) return { ...r, findings: kept };
      const what = req.taxYear !== undefined ? L(`Tahun pajak ${req.taxYear}`, `Tax year ${req.taxYear}`) : L('Tanggal masa berlaku', 'The validity date');
      const finding: Finding = {
        code: 'needs-deadline',
        severity: 'info',
        message: L(
          `${what.id} belum dapat dinilai tanpa batas akhir pemasukan penawaran: jalankan lagi dengan --deadline TTTT-BB-HH (dan --announced).`,
          `${what.en} cannot be judged without the bid deadline: run again with --deadline YYYY-MM-DD (and --announced).`,
        ),
        citations: [],
      };
      return { ...r, findings: [...kept, finding] };
    }),
  };
}
