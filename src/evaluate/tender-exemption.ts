// An exemption the tender grants itself: "Penyedia dengan kualifikasi usaha kecil yang baru berdiri kurang dari
// 3 (tiga) tahun dan belum memiliki pengalaman dikecualikan dari persyaratan pengalaman ... untuk nilai paket
// pengadaan sampai dengan paling banyak Rp1.000.000.000,00". The tender is the authority: its line is cited,
// no article of law. Waived when the bidder is shown to be what the line describes; review when anything it
// turns on (package value, founding date, business scale) is unknown; never a fail.
import path from 'node:path';
import type { Bundle, BundleDocument } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import { type Message, msg } from '../i18n/messages.js';
import { stripTemplateNotes } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';
import { addYears } from '../text/dates.js';
import { fieldEvidence } from './evidence.js';
import type { Citation, EvaluationContext, Evidence, KindResult } from './types.js';

/** The requirement kind the exemption lifts. */
const EXPERIENCE = 'pengalaman';

export interface TenderExemption {
  /** The tender's line granting it, with its page when the tender was a PDF. */
  req: Requirement;
  citation: Citation;
  years: number;
  smallOnly: boolean;
  /** The package value it is bounded by (rupiah); null when the line names a bound that could not be read. */
  maxValue: number | null | undefined;
  hps: number | undefined;
  announced: string;
}

/** The tender's own exemption for newly founded businesses, if a line grants one. */
export function findTenderExemption(tender: Tender): TenderExemption | undefined {
  for (const req of tender.requirements) {
    const text = stripTemplateNotes(req.text);
    const founded = /baru\s+berdiri\s+kurang\s+dari\s+(\d{1,2})\b/i.exec(text);
    if (!founded || !/kecuali|dikecualikan/i.test(text) || !/pengalaman/i.test(text)) continue;
    const where = [`butir ${req.id}`, req.page ? `hlm. ${req.page}` : null, `baris ${req.line}`].filter(Boolean).join(', ');
    return {
      req,
      citation: {
        ref: `tender#${req.id}`,
        instrument: `LDK ${tender.meta.code ? `tender ${tender.meta.code}` : path.basename(tender.file)}`,
        provision: where,
        text: req.text,
        verified: true,
      },
      years: Number(founded[1]),
      smallOnly: /usaha\s+kecil/i.test(text),
      maxValue: packageBound(text),
      hps: tender.meta.hps,
      announced: tender.meta.announced,
    };
  }
  return undefined;
}

/** "paling banyak Rp1.000.000.000,00", "sampai dengan Rp2,5 miliar": the bound in rupiah; undefined when none is named. */
function packageBound(text: string): number | null | undefined {
  if (!/nilai\s+(?:paket|pengadaan|hps|pagu)/i.test(text)) return undefined;
  const m = /Rp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(miliar|milyar|juta)?/i.exec(text);
  if (!m) return null;
  const unit = m[3] ? (/juta/i.test(m[3]) ? 1e6 : 1e9) : 1;
  const whole = Number((m[1] as string).replace(/\./g, ''));
  return unit === 1 ? whole : Math.round(Number(`${whole}.${m[2] ?? 0}`) * unit);
}

type Condition = { holds: boolean | null; says: Message; evidence: Evidence[] };

/** The experience requirement under the tender's exemption; any other kind, or no exemption, unchanged. */
export function applyTenderExemption(r: KindResult, ex: TenderExemption | undefined, bundle: Bundle, ctx: EvaluationContext): KindResult {
  if (!ex || r.kind !== EXPERIENCE) return r;
  const conditions = [founding(ex, bundle, ctx), ...(ex.smallOnly ? [scale(bundle, ctx)] : []), value(ex)];
  const item = { item: ex.req.id, ...(ex.req.page ? { page: ex.req.page } : {}) };
  const says = (cs: Condition[]) => cs.map((c) => c.says);
  const evidence = [...r.evidence, ...conditions.flatMap((c) => c.evidence)];
  const failed = conditions.filter((c) => c.holds === false);
  if (failed.length > 0) {
    return {
      ...r,
      reason: msg('tender_exemption.failed', { base: r.reason, ...item, conditions: says(failed) }),
      evidence,
    };
  }
  const unknown = conditions.filter((c) => c.holds === null);
  if (unknown.length > 0) {
    return {
      ...r,
      status: 'review',
      reason: msg('tender_exemption.unknown', { ...item, conditions: says(unknown) }),
      citations: [ex.citation, ...r.citations],
      evidence,
    };
  }
  return {
    kind: r.kind,
    status: 'waived',
    reason: msg('tender_exemption.waived', { ...item, conditions: says(conditions) }),
    citations: [ex.citation],
    evidence,
    via: 'pengecualian-ldk',
  };
}

function founding(ex: TenderExemption, bundle: Bundle, ctx: EvaluationContext): Condition {
  const read = fieldsNamed(bundle, 'founded_on');
  const dates = [...new Set(read.map((x) => x.field.value as string))];
  const evidence = read.map((x) => fieldEvidence(x.doc, x.field, ctx));
  if (dates.length === 0)
    return {
      holds: null,
      says: msg('tender_exemption.founding.unread'),
      evidence,
    };
  if (dates.length > 1)
    return {
      holds: null,
      says: msg('tender_exemption.founding.conflict', { dates }),
      evidence,
    };
  const founded = dates[0] as string;
  const until = addYears(founded, ex.years);
  const young = [ex.announced, ctx.deadline].map((d) => d < until);
  if (young.every(Boolean))
    return {
      holds: true,
      says: msg('tender_exemption.founding.young', { founded, years: ex.years }),
      evidence,
    };
  if (!young.some(Boolean))
    return {
      holds: false,
      says: msg('tender_exemption.founding.old', { founded, years: ex.years }),
      evidence,
    };
  return {
    holds: null,
    says: msg('tender_exemption.founding.between', { founded, years: ex.years, until, announced: ex.announced, deadline: ctx.deadline }),
    evidence,
  };
}

function scale(bundle: Bundle, ctx: EvaluationContext): Condition {
  const read = fieldsNamed(bundle, 'business_scale');
  const evidence = read.map((x) => fieldEvidence(x.doc, x.field, ctx));
  const values = [...new Set(read.map((x) => (x.field.value as string).toLowerCase().replace(/^usaha\s+/, '')))];
  if (values.length === 0)
    return {
      holds: null,
      says: msg('tender_exemption.scale.unread'),
      evidence,
    };
  if (values.length === 1 && values[0] === 'kecil') return { holds: true, says: msg('tender_exemption.scale.small'), evidence };
  if (values.every((v) => v === 'menengah' || v === 'besar'))
    return {
      holds: false,
      says: msg('tender_exemption.scale.larger', { values }),
      evidence,
    };
  return {
    holds: null,
    says: msg('tender_exemption.scale.unclear', { values }),
    evidence,
  };
}

function value(ex: TenderExemption): Condition {
  if (ex.maxValue === undefined) return { holds: true, says: msg('tender_exemption.value.unbounded'), evidence: [] };
  if (ex.maxValue === null)
    return {
      holds: null,
      says: msg('tender_exemption.value.unread'),
      evidence: [],
    };
  if (ex.hps === undefined)
    return {
      holds: null,
      says: msg('tender_exemption.value.hps_unknown', { max: ex.maxValue }),
      evidence: [],
    };
  if (ex.hps <= ex.maxValue)
    return {
      holds: true,
      says: msg('tender_exemption.value.within', { hps: ex.hps, max: ex.maxValue }),
      evidence: [],
    };
  return {
    holds: false,
    says: msg('tender_exemption.value.exceeds', { hps: ex.hps, max: ex.maxValue }),
    evidence: [],
  };
}

function fieldsNamed(bundle: Bundle, name: string): Array<{ doc: BundleDocument; field: Field }> {
  return bundle.documents.flatMap((doc) => doc.fields.filter((f) => f.name === name && f.value !== null).map((field) => ({ doc, field })));
}
