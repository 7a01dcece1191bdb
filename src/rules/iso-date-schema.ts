// The zod schema of a date written YYYY-MM-DD (iso-date.ts), shared by the rule and tender schemas. Its own
// module, so that reading a tender builds neither every rule-file schema nor, for `lint --as-of`, any.
import * as z from 'zod';
import { isIsoDate } from './iso-date.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isIsoDate, { message: 'not a real calendar date' });
