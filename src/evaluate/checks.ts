// The four kinds of check a requirement kind can ask for (document, tax return, status, power of attorney),
// each deciding from the bundle's documents, or saying what is missing or unclear.
import type { Bidder, Bundle } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import { type Message, msg } from '../i18n/messages.js';
import { rulePattern } from '../rules/pattern.js';
import type { Check, RequirementKind, RiskLevel } from '../rules/schema.js';
import { stripTemplateNotes } from '../tender/infer.js';
import type { Requirement } from '../tender/load.js';
import { samePerson } from './consistency.js';
import {
  docName,
  docNames,
  evidenceValue,
  type Found,
  fieldEvidence,
  fieldOf,
  findEvidence,
  issuedLate,
  type Match,
  riskRows,
  workCodes,
} from './evidence.js';
import { type EvaluationContext, type Evidence, lawOf, type Status } from './types.js';

export type CheckOutcome =
  | { type: 'decided'; status: Status; reason: Message; evidence: Evidence[]; citations?: string[] }
  /** Evidence exists but cannot be judged (a field unreadable): review, whatever the equivalences say. */
  | { type: 'unclear'; reason: Message; evidence: Evidence[] }
  /** Nothing found: equivalences are tried next, then it fails. */
  | { type: 'missing'; reason: Message; evidence: Evidence[] };

export function runCheck(kind: RequirementKind, check: Check, req: Requirement, bundle: Bundle, ctx: EvaluationContext): CheckOutcome {
  const found = findEvidence(check.evidence, bundle, ctx);
  const names = docNames(
    ctx.ruleset,
    check.evidence.map((o) => o.document),
  );
  const missing = (): CheckOutcome => {
    if (found.late.length > 0) return { type: 'unclear', ...issuedLate(found.late[0] as Match, ctx) };
    if (found.expired.length > 0) {
      const e = found.expired[0] as Match;
      return {
        type: 'missing',
        reason: msg('check.expired', {
          doc: docName(ctx.ruleset, e.doc.docType),
          file: e.doc.file,
          validUntil: e.validUntil ?? '',
          deadline: ctx.deadline,
        }),
        evidence: found.expired.map((m) => m.evidence),
      };
    }
    if (found.unreadableField.length > 0) {
      const m = found.unreadableField[0] as Match;
      return {
        type: 'unclear',
        reason: msg('check.field_unreadable', {
          doc: docName(ctx.ruleset, m.doc.docType),
          file: m.doc.file,
          field: m.fieldLabel,
          ...(m.rawValue ? { raw: m.rawValue } : {}),
        }),
        evidence: found.unreadableField.map((x) => x.evidence),
      };
    }
    return { type: 'missing', reason: msg('check.not_found', { docs: names }), evidence: [] };
  };

  switch (check.type) {
    case 'document': {
      if (found.valid.length === 0) return missing();
      const m = found.valid[0] as Match;
      if (check.named_codes) {
        const codes = namedCodes(check.named_codes, req.text, found.valid, ctx);
        if (codes) return codes;
      }
      return {
        type: 'decided',
        status: 'pass',
        reason: msg('check.found', {
          doc: docName(ctx.ruleset, m.doc.docType),
          file: m.doc.file,
          page: m.evidence.page,
          evidence: evidenceValue(m.evidence),
          ...(m.validUntil ? { validUntil: m.validUntil } : {}),
        }),
        evidence: found.valid.map((x) => x.evidence),
      };
    }
    case 'tax_return':
      return taxReturn(check.year_field, found, req, bundle.bidder, ctx, missing);
    case 'status': {
      if (found.valid.length === 0) return missing();
      const m = found.valid[0] as Match;
      const value = (m.field?.value ?? '').toUpperCase();
      const status: Status = check.pass_values.includes(value) ? 'pass' : check.fail_values.includes(value) ? 'fail' : 'review';
      return {
        type: 'decided',
        status,
        reason: msg('check.status', { doc: docName(ctx.ruleset, m.doc.docType), file: m.doc.file, value }),
        evidence: [m.evidence],
      };
    }
    case 'power_of_attorney':
      return powerOfAttorney(kind, check, found, bundle, ctx);
    case 'risk_certificate':
      return riskCertificate(check, found, req, bundle, ctx, missing);
    case 'manual':
      return {
        type: 'decided',
        status: 'review',
        reason: msg('check.manual'),
        evidence: [],
      };
  }
}

function taxReturn(
  yearField: string,
  found: Found,
  req: Requirement,
  bidder: Bidder,
  ctx: EvaluationContext,
  missing: () => CheckOutcome,
): CheckOutcome {
  const taxpayer = bidder.form === 'perorangan' ? 'orang_pribadi' : 'badan';
  const law = lawOf(ctx);
  const lastDue = law.lastDueTaxYear(ctx.deadline, taxpayer);
  const sptFilingDeadline = law.sptDeadline;
  const named = req.taxYear;
  const years = found.valid.map((m) => ({ m, year: Number(m.doc.fields.find((f) => f.name === yearField && f.value !== null)?.value) }));
  const ok = years.filter((y) => (named !== undefined ? y.year === named : y.year >= lastDue));
  // A pokja may not ask for a year whose filing deadline is after the bid deadline (domain.md 3.4 item 4).
  const notYetDue = named !== undefined && named > lastDue;
  const dueNote = notYetDue
    ? msg('spt.year_not_due', { year: named, filingDeadline: sptFilingDeadline(named, taxpayer), deadline: ctx.deadline })
    : undefined;
  const due = dueNote ? { due: dueNote } : {};
  const wanted = named !== undefined ? msg('spt.wanted_year', { year: named }) : msg('spt.wanted_last', { lastDue });
  if (ok.length > 0) {
    const m = (ok[0] as (typeof ok)[0]).m;
    return {
      type: 'decided',
      status: 'pass',
      reason: msg('spt.found', { year: (ok[0] as (typeof ok)[0]).year, file: m.doc.file, page: m.evidence.page, wanted, ...due }),
      evidence: ok.map((y) => y.m.evidence),
    };
  }
  if (years.length > 0) {
    const reason = msg('spt.wrong_year', { years: [...new Set(years.map((y) => y.year))], wanted, ...due });
    // A wrong year is a fail, unless the requirement itself asks for a year not yet due.
    return { type: notYetDue ? 'unclear' : 'missing', reason, evidence: years.map((y) => y.m.evidence) };
  }
  const none = missing();
  if (dueNote && none.type === 'missing')
    return { type: 'unclear', reason: msg('spt.missing_not_due', { reason: none.reason, due: dueNote }), evidence: [] };
  return none;
}

function powerOfAttorney(
  kind: RequirementKind,
  check: Extract<Check, { type: 'power_of_attorney' }>,
  found: Found,
  bundle: Bundle,
  ctx: EvaluationContext,
): CheckOutcome {
  const principal = (role: string) => check.principal_roles.some((p) => rulePattern(p).test(role));
  const signers = bundle.documents
    .filter((d) => d.docType !== null && check.signed_documents.includes(d.docType))
    .map((d) => ({ doc: d, name: fieldOf(d, 'signatory_name'), role: fieldOf(d, 'signatory_role') }));
  // A signer is a principal by position, and, when the deed's directors could be read, by being one of them.
  const directors = bundle.documents.flatMap((d) =>
    d.fields.filter((f) => f.name === 'director' && f.value !== null).map((f) => f.value as string),
  );
  const notADirector = (name: Field | undefined) =>
    directors.length > 0 && name !== undefined && !directors.some((d) => samePerson(d, name.value as string));
  const proxies = signers.filter((s) => s.role && (!principal(s.role.value as string) || notADirector(s.name)));
  if (check.when_proxied === 'review' && (found.valid.length > 0 || proxies.length > 0))
    return proxiedReview(
      found,
      proxies.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
    );
  if (found.valid.length > 0) {
    const m = found.valid[0] as Match;
    return {
      type: 'decided',
      status: 'pass',
      reason: msg('poa.found', { file: m.doc.file, page: m.evidence.page }),
      evidence: found.valid.map((x) => x.evidence),
    };
  }
  const describe = (s: (typeof signers)[0]) => ({
    file: s.doc.file,
    ...(s.name ? { name: s.name.value as string } : {}),
    ...(s.role ? { role: s.role.value as string } : {}),
  });
  if (proxies.length > 0) {
    return {
      type: 'missing',
      // Said apart: a signer whose title is not a director's, and one who signs as director but is not one in the deed.
      reason: msg('poa.proxy_without_attorney', {
        byRole: proxies.filter((s) => !principal(s.role?.value as string)).map(describe),
        byDeed: proxies.filter((s) => principal(s.role?.value as string)).map(describe),
        directors,
      }),
      evidence: proxies.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
    };
  }
  const known = signers.filter((s) => s.role);
  if (known.length > 0 && known.length === signers.length) {
    void kind;
    return {
      type: 'decided',
      status: 'not_applicable',
      reason: msg('poa.signed_in_person', { signers: known.map(describe) }),
      evidence: known.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
      citations: check.provisions.filter(lawOf(ctx).inForce),
    };
  }
  return {
    type: 'unclear',
    reason: msg('poa.signer_unreadable'),
    evidence: [],
  };
}

/** Asked only of a proxy, and not shown by any document type: the bid is signed by proxy, so the pokja judges it. */
function proxiedReview(found: Found, signers: Evidence[]): CheckOutcome {
  const m = found.valid[0];
  return {
    type: 'decided',
    status: 'review',
    reason: msg('poa.proxied_employee', m ? { attorney: { file: m.doc.file, page: m.evidence.page } } : {}),
    evidence: [...found.valid.map((x) => x.evidence), ...signers],
  };
}

/**
 * Codes the requirement names (KBLI) checked against the list a document carries (the NIB's KBLI table).
 * Undefined when the wording names none. Any one document listing every code satisfies it.
 */
function namedCodes(
  spec: NonNullable<Extract<Check, { type: 'document' }>['named_codes']>,
  text: string,
  matches: Match[],
  ctx: EvaluationContext,
): CheckOutcome | undefined {
  const clean = stripTemplateNotes(text);
  const found = [...clean.matchAll(rulePattern(spec.in_text, 'g'))].filter((m) => m.groups?.code);
  const wanted = [...new Set(found.map((m) => m.groups?.code as string))];
  if (wanted.length === 0) return undefined;
  // "SI001 atau BS004", "62019/62090": alternatives; otherwise every code named is required.
  const anyOf = found
    .slice(1)
    .some((m, i) => /\batau\b|\//i.test(clean.slice((found[i]?.index ?? 0) + (found[i]?.[0].length ?? 0), m.index)));
  const listed = matches.map((m) => ({ m, fields: m.doc.fields.filter((f) => f.name === spec.field && f.value !== null) }));
  const lists = (l: (typeof listed)[0], code: string) => l.fields.some((f) => f.value === code);
  const complete = listed.find((l) => (anyOf ? wanted.some((c) => lists(l, c)) : wanted.every((c) => lists(l, c))));
  if (complete) {
    const shown = complete.fields.filter((f) => wanted.includes(f.value as string));
    const pending = spec.not_yet_licensed_field
      ? complete.m.doc.fields.filter((f) => f.name === spec.not_yet_licensed_field && wanted.includes(f.value as string))
      : [];
    if (pending.length > 0 && (!anyOf || shown.every((f) => pending.some((p) => p.value === f.value)))) {
      const codes = [...new Set(pending.map((f) => f.value as string))];
      return {
        type: 'unclear',
        reason: msg('codes.not_licensed', {
          doc: docName(ctx.ruleset, complete.m.doc.docType),
          file: complete.m.doc.file,
          label: spec.label,
          codes,
        }),
        evidence: [complete.m.evidence, ...pending.map((f) => fieldEvidence(complete.m.doc, f, ctx))],
      };
    }
    return {
      type: 'decided',
      status: 'pass',
      reason: msg('codes.found', {
        doc: docName(ctx.ruleset, complete.m.doc.docType),
        file: complete.m.doc.file,
        label: spec.label,
        ...(anyOf ? { oneOf: wanted } : {}),
        shown: shown.map((f) => ({ code: f.value as string, page: f.page })),
      }),
      evidence: [complete.m.evidence, ...shown.map((f) => fieldEvidence(complete.m.doc, f, ctx))],
    };
  }
  const read = listed.filter((l) => l.fields.length > 0);
  if (read.length === 0) {
    return {
      type: 'unclear',
      reason: msg('codes.list_unreadable', { doc: docName(ctx.ruleset, matches[0]?.doc.docType ?? null), label: spec.label, wanted }),
      evidence: matches.map((m) => m.evidence),
    };
  }
  const best = read[0] as (typeof read)[0];
  const has = best.fields.map((f) => f.value as string);
  const absent = anyOf ? wanted : wanted.filter((c) => !has.includes(c));
  return {
    type: 'missing',
    reason: msg('codes.absent', {
      doc: docName(ctx.ruleset, best.m.doc.docType),
      file: best.m.doc.file,
      label: spec.label,
      absent,
      listed: has,
    }),
    evidence: [best.m.evidence, ...best.fields.map((f) => fieldEvidence(best.m.doc, f, ctx))],
  };
}

/**
 * The Sertifikat Standar exists only above low risk: without one, an NIB whose KBLI for the work are all low
 * risk needs none (not applicable); anything else is review with what to upload, never a fail.
 */
function riskCertificate(
  check: Extract<Check, { type: 'risk_certificate' }>,
  found: Found,
  req: Requirement,
  bundle: Bundle,
  ctx: EvaluationContext,
  missing: () => CheckOutcome,
): CheckOutcome {
  if (found.valid.length > 0) {
    const m = found.valid[0] as Match;
    return {
      type: 'decided',
      status: 'pass',
      reason: msg('risk_certificate.found', { doc: docName(ctx.ruleset, m.doc.docType), file: m.doc.file, page: m.evidence.page }),
      evidence: found.valid.map((x) => x.evidence),
    };
  }
  const none = missing();
  if (none.type !== 'missing') return none;
  const nib = findEvidence([check.nib], bundle, ctx).valid[0];
  const work = workCodes(check.work_codes, req, ctx);
  const rows = nib ? riskRows(nib.doc, check.risk_field) : [];
  const listed = (nib?.doc.fields ?? []).filter((f) => f.name === 'kbli' && f.value !== null).map((f) => f.value as string);
  const targets = work.length > 0 ? work : [...new Set([...listed, ...rows.map((r) => r.code)])];
  const levelOf = (code: string) => rows.find((r) => r.code === code)?.level;
  const provisions = check.provisions.filter(lawOf(ctx).inForce);
  if (nib && targets.length > 0 && provisions.length > 0 && targets.every((c) => check.not_needed.includes(levelOf(c) as RiskLevel))) {
    return {
      type: 'decided',
      status: 'not_applicable',
      reason: msg('risk_certificate.not_needed', {
        doc: docName(ctx.ruleset, check.evidence[0]?.document ?? null),
        codes: targets,
        file: nib.doc.file,
      }),
      evidence: [nib.evidence, ...rows.filter((r) => targets.includes(r.code)).map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      citations: provisions,
    };
  }
  return {
    type: 'unclear',
    reason: msg('risk_certificate.unclear', {
      doc: docName(ctx.ruleset, check.evidence[0]?.document ?? null),
      ...(nib ? { nibFile: nib.doc.file } : {}),
    }),
    evidence: nib ? [nib.evidence] : [],
  };
}
