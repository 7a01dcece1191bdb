// The published shape of `check --format json` (schemaVersion 1), as a zod schema: `kualifikasi schema
// report` prints it as JSON Schema, and the end-to-end tests parse every report they produce with it, so
// the contract cannot drift without a test failing.
import * as z from 'zod';

const citation = z.strictObject({
  ref: z.string(),
  instrument: z.string(),
  provision: z.string(),
  text: z.string(),
  verified: z.boolean(),
});
const status = z.enum(['pass', 'fail', 'review', 'waived', 'not_applicable']);
const ocr = z.strictObject({ confidence: z.number().min(0).max(100) });
const evidence = z.strictObject({
  file: z.string(),
  page: z.number().int().positive(),
  docType: z.string(),
  field: z.string().nullable(),
  label: z.string(),
  value: z.string(),
  /** Present when the value was read by OCR from a scanned page. */
  ocr: ocr.optional(),
});

const kindResult = z.strictObject({
  id: z.string(),
  text: z.string(),
  kind: z.string(),
  kindSource: z.enum(['declared', 'inferred']),
  status,
  reason: z.string(),
  /** The reason's code in the message catalogue (src/i18n/messages.ts); stable across languages. */
  reasonCode: z.string().optional(),
  via: z.string().optional(),
  citations: z.array(citation),
  evidence: z.array(evidence),
  remedy: z.string().optional(),
});
/** page: where the tender document (PDF) states the requirement. */
const requirement = kindResult.extend({ page: z.number().int().positive().optional(), parts: z.array(kindResult).optional() });

const documentReport = z.strictObject({
  file: z.string(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  pages: z.number().int().nonnegative(),
  docType: z.string().nullable(),
  docTypeName: z.strictObject({ id: z.string(), en: z.string() }).nullable(),
  fields: z.array(
    z.strictObject({
      name: z.string(),
      value: z.string().nullable(),
      raw: z.string(),
      page: z.number().int().positive(),
      snippet: z.string(),
    }),
  ),
  problems: z.array(z.strictObject({ code: z.string(), detail: z.string().optional() })),
  /** Pages whose text was read by OCR. */
  ocr: z.array(ocr.extend({ page: z.number().int().positive() })).optional(),
});

export const jsonReport = z.strictObject({
  schemaVersion: z.literal(1),
  tool: z.strictObject({ name: z.literal('kualifikasi'), version: z.string() }),
  ruleset: z.strictObject({
    name: z.string(),
    version: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    checkedAgainstOfficialText: z.boolean(),
  }),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The law applied on asOf, and where the ruleset has none (coverage gaps: every requirement resting on it is review). */
  law: z.strictObject({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    instruments: z.array(
      z.strictObject({
        id: z.string(),
        short: z.string(),
        title: z.string(),
        role: z.enum(['procurement', 'guideline', 'licensing', 'other']),
        from: z.string(),
        fromVerified: z.boolean(),
        amendedBy: z.array(z.strictObject({ name: z.string(), on: z.string().nullable(), verified: z.boolean() })),
      }),
    ),
    gaps: z.array(
      z.looseObject({
        code: z.enum(['before_first_instrument', 'replaced_not_encoded', 'past_review_date']),
        date: z.string(),
        message: z.string(),
      }),
    ),
  }),
  tender: z.strictObject({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    code: z.string().optional(),
    name: z.string(),
    procurementType: z.enum(['barang', 'konstruksi', 'konsultansi', 'jasa_lainnya']),
    announced: z.string(),
    deadline: z.string(),
    /** Where a tender document (PDF) states its dates. */
    pages: z
      .strictObject({ announced: z.number().int().positive().optional(), deadline: z.number().int().positive().optional() })
      .optional(),
  }),
  tenderFindings: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      findings: z.array(
        z.strictObject({
          code: z.string(),
          severity: z.enum(['error', 'warning', 'info']),
          message: z.string(),
          citations: z.array(citation),
        }),
      ),
    }),
  ),
  bundles: z.array(
    z.strictObject({
      path: z.string(),
      bidder: z.strictObject({
        name: z.string().nullable(),
        form: z.string().nullable(),
        source: z.enum(['manifest', 'documents', 'unknown']),
      }),
      verdict: z.enum(['pass', 'fail', 'review', 'no_documents']),
      requirements: z.array(requirement),
      documents: z.array(documentReport),
      consistency: z.array(
        z.strictObject({
          subject: z.enum(['company_name', 'npwp', 'signatory', 'ktp_holder', 'address']),
          severity: z.enum(['mismatch', 'format']),
          message: z.string(),
          readings: z.array(z.strictObject({ file: z.string(), page: z.number().int().positive(), field: z.string(), value: z.string() })),
        }),
      ),
    }),
  ),
});
export type JsonReportShape = z.infer<typeof jsonReport>;
