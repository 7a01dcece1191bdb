// Checks the tender's requirements themselves, before anyone is disqualified: requirements that cannot
// be grounds for disqualification, obsolete document names, exemptions the wording ignores, tax years
// not yet due, validity dates before the deadline, malformed KBLI codes, wording not understood.

import { gapReason } from '../evaluate/evaluate.js';
import { type Message, msg } from '../i18n/messages.js';
import type { LawAt } from '../rules/at.js';
import { type Citation, citationOf } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';
import { rulePattern } from '../rules/pattern.js';
import { kindsOf, kindText, stripTemplateNotes } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';
import { findDates } from '../text/dates.js';

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
  message: Message;
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
  const kinds = kindsOf(k);
  const deadline = tender.meta.deadline;
  const clean = stripTemplateNotes(req.text);

  if (k.op === 'unknown') {
    findings.push({
      code: 'not-understood',
      severity: 'warning',
      message: msg('lint.not_understood', { closest: k.closest, saysMore: k.saysMore ?? [] }),
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
        message: msg('lint.cannot_be_required', { explain: w.explain }),
        citations: cite(w.provisions),
      });
    }
    // An obsolete document name: the wording asks for a document that another now replaces.
    const alternativesNamed = k.op === 'any' ? k.kinds : [];
    for (const eq of at.equivalences.filter((e) => !e.risk)) {
      const substitute = eq.evidence.map((o) => o.document);
      if (substitute.some((d) => alternativesNamed.includes(d))) continue;
      const names = substitute.map((d) => ruleset.documents.get(d)?.name ?? { id: d, en: d });
      findings.push({
        code: 'obsolete-document',
        severity: 'warning',
        message: msg('lint.obsolete_document', { kind: kind.name, substitutes: names, explain: eq.explain }),
        citations: cite([eq.provision]),
      });
    }
    // Names of documents no longer issued in this era ("SIUP" under OSS-RBA).
    for (const o of at.obsoleteWording) {
      if (!rulePattern(o.pattern).test(clean)) continue;
      findings.push({
        code: 'obsolete-document',
        severity: 'warning',
        message: msg('lint.obsolete_wording', { explain: o.explain }),
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
        message: msg('lint.exemption_ignored', { forms: x.when.bidder_form, explain: x.explain }),
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
          message: msg('lint.tax_year_not_due', {
            year: req.taxYear,
            individual: sptFilingDeadline(req.taxYear, 'orang_pribadi'),
            entity: sptFilingDeadline(req.taxYear, 'badan'),
            deadline,
            lastDue,
          }),
          citations: cite(kind.basis),
        });
      } else if (req.taxYear < lastDue) {
        findings.push({
          code: 'tax-year-outdated',
          severity: 'warning',
          message: msg('lint.tax_year_outdated', { year: req.taxYear, deadline, lastDue }),
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
        message: msg('lint.validity_before_deadline', { raw: d.raw, iso: d.iso, deadline }),
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
        message: msg('lint.kbli_format', { code }),
        citations: cite(law.cite('kbli_structure')),
      });
    }
  }

  if (/\[[^\]]*(?:tuliskan|isi|diisi|pilih|sebutkan)[^\]]*\]/iu.test(req.text)) {
    findings.push({
      code: 'template-note',
      severity: 'info',
      message: msg('lint.template_note'),
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
      const dated =
        req !== undefined &&
        (req.taxYear !== undefined || (/berlaku/iu.test(req.text) && findDates(stripTemplateNotes(req.text)).length > 0));
      if (!dated) return { ...r, findings: kept };
      const finding: Finding = {
        code: 'needs-deadline',
        severity: 'info',
        message: msg('lint.needs_deadline', req.taxYear !== undefined ? { year: req.taxYear } : {}),
        citations: [],
      };
      return { ...r, findings: [...kept, finding] };
    }),
  };
}
