// A calendar date written YYYY-MM-DD, as rules, tenders and --as-of give it. Its own module so that reading a
// tender does not build every rule-file schema.
import * as z from 'zod';

/** Whether `s` is a real calendar date written YYYY-MM-DD (2019-02-30 is not). */
export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isIsoDate, { message: 'not a real calendar date' });
