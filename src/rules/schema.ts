// Schemas for the ruleset in rules/: instruments and their provisions, document types, requirement kinds.
// Types come from these schemas (z.infer); the loader validates every file against them.
import * as z from 'zod';
import { isoDate } from './iso-date-schema.js';
import { rulePattern } from './pattern.js';

export { isoDate };

/** Text shown to users in both languages; legal terms stay Indonesian in both. */
export const localized = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

export const slug = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, "_", "-" and "." only');

/** "instrument-id#provision-id", e.g. "pp-24-2018#nib-as-tdp". */
export const provisionRef = z.string().regex(/^[a-z0-9][a-z0-9_.-]*#[a-z0-9][a-z0-9_.-]*$/, 'expected "instrument#provision"');

/** A regular expression source; compiled case-insensitively over normalised document text. */
const pattern = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        rulePattern(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

export const verification = z.strictObject({
  /** Whether the article number and wording are attested (secondary sources, reference/legal.md); false where it says NOT VERIFIED. */
  verified: z.boolean(),
  /** How the text was obtained. */
  quote: z.enum(['verbatim_secondary', 'close_paraphrase', 'paraphrase', 'not_found']),
  confidence: z.enum(['high', 'medium-high', 'medium', 'low']),
  sources: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});

export const provision = z.strictObject({
  id: slug,
  /** Where it sits in the instrument, as lawyers cite it ("Lampiran angka 3.4.1 huruf c", "Pasal 26"). */
  article: z.string().min(1),
  /** Indonesian wording, as reproduced by the source named in `verification`. */
  text: z.string().min(1),
  verification,
  reviewed_on: isoDate.optional(),
  /** Date by which someone must re-read this provision against its source; `rules audit` reports it when past. */
  review_by: isoDate.optional(),
});
export type Provision = z.infer<typeof provision>;

/** An instrument that changed this one without repealing it (Perpres 12/2021 amends Perpres 16/2018). */
const amendment = z.strictObject({
  name: z.string().min(1),
  on: isoDate.optional(),
  verified: z.boolean(),
});

export const instrumentFile = z.strictObject({
  instrument: z.strictObject({
    id: slug,
    /** Short citation form shown in reports: "PP 24/2018". */
    short: z.string().min(1),
    title: z.string().min(1),
    type: z.enum([
      'perpres',
      'peraturan_lkpp',
      'peraturan_pemerintah',
      'surat_edaran',
      'peraturan_menteri',
      'peraturan_lembaga',
      'undang_undang',
    ]),
    publication: z.string().optional(),
    /** First day in force. Absent when no source gives the date: the instrument then applies on no date. */
    in_force_from: isoDate.optional(),
    /** False when the date is a recollection or a report that the reference sheets mark NOT VERIFIED. */
    in_force_from_verified: z.boolean(),
    /** First day NO LONGER in force (repealed or replaced). Absent while in force. Amendment is not repeal. */
    ended_on: isoDate.optional(),
    ended_on_verified: z.boolean().optional(),
    /** What replaced it: an instrument of this ruleset (`id`), or only a name when the ruleset does not encode it. */
    replaced_by: z.strictObject({ id: slug.optional(), name: z.string().min(1) }).optional(),
    /** Amendments: the instrument stays in force, as amended. */
    amended_by: z.array(amendment).default([]),
    /** The guideline that governs qualification (PerLKPP 9/2018, then 12/2021): named on every report. */
    role: z.enum(['procurement', 'guideline', 'licensing', 'other']).default('other'),
    source: z.string().optional(),
  }),
  provisions: z.array(provision).min(1),
});
export type InstrumentFile = z.infer<typeof instrumentFile>;

export const fieldParser = z.enum([
  'nib',
  'npwp',
  'nik',
  'kbli',
  'kbli_risk',
  'ahu',
  'date',
  'year',
  'text',
  'person',
  'address',
  'flag',
  'status',
]);
export type FieldParser = z.infer<typeof fieldParser>;

export const fieldSpec = z.strictObject({
  name: slug,
  label: localized,
  parse: fieldParser,
  /** Each pattern either has a named group `value` or, for flags, just matches. First match wins unless `multiple`. */
  patterns: z.array(pattern).min(1),
  multiple: z.boolean().default(false),
  /** For dates: which date in the matched text is the value (a range "1 Januari 2019 sampai 31 Desember 2020"). */
  pick: z.enum(['first', 'last']).default('first'),
});
export type FieldSpec = z.infer<typeof fieldSpec>;

export const documentFile = z.strictObject({
  document: z.strictObject({
    id: slug,
    name: localized,
    recognise: z.strictObject({
      /** Headings printed on the document: each match scores 3. */
      titles: z.array(pattern).min(1),
      /** Supporting words: each match scores 1. */
      keywords: z.array(pattern).default([]),
      /** Any match rules the type out (for example an NIB sheet that mentions TDP in its footer is no TDP). */
      exclude: z.array(pattern).default([]),
    }),
    fields: z.array(fieldSpec).default([]),
    /** The field holding the date the document was issued or filed: after the bid deadline it is review. */
    issued_on_field: slug.optional(),
    /** How the document expires: never (NIB, e-KTP SEUMUR HIDUP), or by the date read in the named field. */
    validity: z
      .discriminatedUnion('type', [
        z.strictObject({ type: z.literal('none') }),
        z.strictObject({ type: z.literal('until_field'), field: slug }),
      ])
      .default({ type: 'none' }),
  }),
});
export type DocumentFile = z.infer<typeof documentFile>;
export type DocumentType = DocumentFile['document'];

/** One way to evidence a requirement: a document of a type, optionally only when it shows a given field. */
export const evidenceOption = z.strictObject({
  document: slug,
  field: slug.optional(),
});
export type EvidenceOption = z.infer<typeof evidenceOption>;

export const bidderForm = z.enum(['pt', 'cv', 'firma', 'koperasi', 'perorangan', 'kso', 'persekutuan_perdata', 'yayasan']);
export type BidderForm = z.infer<typeof bidderForm>;

export const riskLevel = z.enum(['rendah', 'menengah_rendah', 'menengah_tinggi', 'tinggi']);
export type RiskLevel = z.infer<typeof riskLevel>;

/** How a requirement kind is checked: the small set of checks the evaluator knows. */
export const check = z.discriminatedUnion('type', [
  /** Any of the evidence options present, readable and valid at the tender deadline. */
  z.strictObject({
    type: z.literal('document'),
    evidence: z.array(evidenceOption).min(1),
    /**
     * Codes the requirement's wording names ("NIB dengan KBLI 81210") that the document must list in a
     * multi-valued field: `in_text` finds them (group "code"), `field` holds the document's list.
     */
    named_codes: z
      .strictObject({
        in_text: pattern,
        field: slug,
        label: localized,
        /** Codes listed but whose licence the document marks as not yet in force: review, not pass. */
        not_yet_licensed_field: slug.optional(),
      })
      .optional(),
  }),
  /** An SPT Tahunan for the tax year the requirement names, or the last one due before the deadline. */
  z.strictObject({ type: z.literal('tax_return'), evidence: z.array(evidenceOption).min(1), year_field: slug }),
  /** Needed only when a declaration is signed by someone other than a director named in the akta. */
  z.strictObject({
    type: z.literal('power_of_attorney'),
    evidence: z.array(evidenceOption).min(1),
    /** Signed declarations whose signatory is examined. */
    signed_documents: z.array(slug).min(1),
    /** Roles that sign on their own authority. */
    principal_roles: z.array(pattern).min(1),
    /** Provisions that limit the requirement to a proxy signatory, one per era: those in force are cited. */
    provisions: z.array(provisionRef).min(1),
    /**
     * When the bid is signed by proxy: `evidence` decides (the surat kuasa itself), or `review` when no document
     * type can show what is asked (proof that the attorney is a permanent employee); `evidence` then only
     * shows that a proxy signs.
     */
    when_proxied: z.enum(['evidence', 'review']).default('evidence'),
  }),
  /**
   * A certificate that risk-based licensing requires only above low risk (the Sertifikat Standar): present
   * passes; absent, with every KBLI of the work low risk on the NIB, is not applicable; otherwise review.
   */
  z.strictObject({
    type: z.literal('risk_certificate'),
    evidence: z.array(evidenceOption).min(1),
    /** The NIB field with the "code:level" rows, and where the LDK names the work's KBLI. */
    nib: evidenceOption,
    risk_field: slug,
    work_codes: pattern,
    /** Levels for which no such certificate exists. */
    not_needed: z.array(riskLevel).min(1),
    /** The provisions that make the NIB alone the licence at those levels, one per era. */
    provisions: z.array(provisionRef).min(1),
  }),
  /** Judged by the pokja from the bid itself (experience, remaining capacity): always review, never a fail. */
  z.strictObject({ type: z.literal('manual'), evidence: z.array(evidenceOption).default([]) }),
  /** A status printed on a document (KSWP VALID / TIDAK VALID). */
  z.strictObject({
    type: z.literal('status'),
    evidence: z.array(evidenceOption).min(1),
    field: slug,
    pass_values: z.array(z.string()).min(1),
    fail_values: z.array(z.string()).min(1),
  }),
]);
export type Check = z.infer<typeof check>;

/**
 * When a rule item applies, beyond its provisions: it is in force only while every instrument it cites is,
 * and, if given, from `from` and before `until` (the first day it no longer applies).
 */
const dated = {
  from: isoDate.optional(),
  until: isoDate.optional(),
};

/**
 * Risk-based licensing (OSS-RBA): the NIB is the licence for a low-risk KBLI; higher risks need a further
 * document. `field` holds the NIB's "code:level" rows; `work_codes` finds the KBLI of the work in the LDK.
 */
export const riskRule = z.strictObject({
  field: slug,
  work_codes: pattern,
  levels: z.record(
    riskLevel,
    z.strictObject({
      provision: provisionRef,
      /** What must also be in the bundle; absent or unreadable gives review, never fail. */
      needs: z.array(evidenceOption).default([]),
      needs_label: localized.optional(),
    }),
  ),
});
export type RiskRule = z.infer<typeof riskRule>;

export const equivalence = z.strictObject({
  id: slug,
  evidence: z.array(evidenceOption).min(1),
  provision: provisionRef,
  /** Further provisions the equivalence rests on; it applies only while all are in force. */
  also: z.array(provisionRef).default([]),
  ...dated,
  risk: riskRule.optional(),
  explain: localized,
});
export type Equivalence = z.infer<typeof equivalence>;

export const waiver = z.strictObject({
  id: slug,
  provisions: z.array(provisionRef).min(1),
  ...dated,
  explain: localized,
});
export type Waiver = z.infer<typeof waiver>;

export const exemption = z.strictObject({
  id: slug,
  when: z.strictObject({ bidder_form: z.array(bidderForm).min(1) }),
  provision: provisionRef,
  ...dated,
  /** not_applicable when the exemption is settled law; review when it is not verified to still hold. */
  outcome: z.enum(['not_applicable', 'review']).default('not_applicable'),
  explain: localized,
});
export type Exemption = z.infer<typeof exemption>;

/** Wording that names a document no longer issued in an era ("SIUP" under OSS-RBA): lint flags it. */
export const obsoleteWording = z.strictObject({
  id: slug,
  pattern,
  provision: provisionRef,
  ...dated,
  explain: localized,
});
export type ObsoleteWording = z.infer<typeof obsoleteWording>;

export const requirementFile = z.strictObject({
  requirement: z.strictObject({
    id: slug,
    name: localized,
    /**
     * The provisions that make this a qualification requirement, across eras: on a date, those in force are
     * cited; when none is, the ruleset has no law for it then and the requirement is review.
     */
    basis: z.array(provisionRef).min(1),
    /** Patterns over the LDK wording that identify this kind. */
    infer: z.array(pattern).min(1),
    /** Kinds whose patterns also match this kind's wording, in the same clause, and must then give way ("Surat Pernyataan Pakta Integritas"). */
    infer_suppresses: z.array(slug).default([]),
    /**
     * Wording that says more than this kind checks ("Surat Pernyataan ... tidak akan menuntut"): a clause that
     * matches the kind and one of these is not decided as the kind but left for review, the kind named nearest.
     */
    infer_unless: z.array(z.strictObject({ pattern, explain: localized })).default([]),
    check,
    equivalences: z.array(equivalence).default([]),
    waivers: z.array(waiver).default([]),
    exemptions: z.array(exemption).default([]),
    obsolete_wording: z.array(obsoleteWording).default([]),
    /** What a bidder should do when it fails, in plain words. */
    remedy: localized,
  }),
});
export type RequirementFile = z.infer<typeof requirementFile>;
export type RequirementKind = RequirementFile['requirement'];

export const rulesetManifest = z.strictObject({
  ruleset: z.strictObject({
    name: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as 1.2.0'),
    /** Whether any provision has been checked against the official (JDIH) text. */
    checked_against_official_text: z.boolean(),
    /** Law may have changed after this date: later dates get the coverage warning and review. */
    review_by: isoDate,
    changelog: z
      .array(
        z.strictObject({
          version: z.string().min(1),
          date: isoDate,
          changes: z.array(z.string().min(1)).min(1),
          /** Verdict changes this version makes on purpose: "case-id" or "case-id#requirement-id". `rules diff` allows them. */
          flips: z.array(z.string().min(1)).default([]),
        }),
      )
      .min(1),
  }),
});
export type RulesetManifest = z.infer<typeof rulesetManifest>;

/** Month and day of the year after the tax year ("04-30"). */
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD');

/**
 * rules/law.yaml: the provisions, document types and fields the code itself names, and the legal constants
 * it needs, each dated and cited. The loader checks every id, so renaming a rule cannot switch a check off.
 */
export const lawFile = z.strictObject({
  /** A role the code cites (lint's anti-discrimination note), with the provision for each era. */
  provisions: z.record(slug, z.array(provisionRef).min(1)),
  /** Documents that establish the bidder's legal identity: others are compared against them. */
  identity_documents: z.array(slug).min(1),
  /** Fields the code reads by name (consistency, signers, bidder identification). */
  fields: z.array(z.strictObject({ document: slug, field: slug })).min(1),
  /** When the SPT Tahunan of a tax year is due: this month and day of the following year. */
  spt_deadlines: z.array(z.strictObject({ provision: provisionRef, ...dated, orang_pribadi: monthDay, badan: monthDay })).min(1),
});
export type LawFile = z.infer<typeof lawFile>;
