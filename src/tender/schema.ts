// The tender file a pokja writes (or `lint --emit-yaml` produces): tender metadata and the LDK's requirements.
import * as z from 'zod';
import { isoDate } from '../rules/iso-date-schema.js';

export const procurementType = z.enum(['barang', 'konstruksi', 'konsultansi', 'jasa_lainnya']);

/** A requirement kind as a tender may declare it: "tdp", "npwp+spt_tahunan" (all of), "tdp|nib" (any of). */
export const kindExpression = z
  .string()
  .regex(/^[a-z0-9_]+(?:(?:\+[a-z0-9_]+)+|(?:\|[a-z0-9_]+)+)?$/, 'expected a kind such as "tdp", "npwp+spt_tahunan" or "tdp|nib"');

export const tenderFile = z
  .strictObject({
    tender: z.strictObject({
      code: z.union([z.string(), z.number()]).transform(String).optional(),
      name: z.string().min(1),
      procurement_type: procurementType,
      /** Announcement date: selects the law in force unless --as-of is given. */
      announced: isoDate,
      /** Batas akhir pemasukan penawaran: documents must be valid on this date. */
      deadline: isoDate,
      /** Nilai HPS (or pagu) in whole rupiah: the package value an LDK exemption may be bounded by. */
      hps: z.number().int().nonnegative().optional(),
    }),
    requirements: z
      .array(
        z.strictObject({
          id: z.union([z.string().min(1), z.number()]).transform(String),
          /** The LDK wording, verbatim. */
          text: z.string().min(1),
          kind: kindExpression.optional(),
        }),
      )
      .min(1, 'a tender needs at least one requirement'),
  })
  .superRefine((t, ctx) => {
    if (t.tender.deadline < t.tender.announced) {
      ctx.addIssue({
        code: 'custom',
        path: ['tender', 'deadline'],
        message: `deadline ${t.tender.deadline} is before the announcement ${t.tender.announced}`,
      });
    }
    const seen = new Set<string>();
    t.requirements.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['requirements', i, 'id'], message: `requirement id "${r.id}" is used twice` });
      seen.add(r.id);
    });
  });
export type TenderFile = z.infer<typeof tenderFile>;
