// A calendar date written YYYY-MM-DD, as rules, tenders and --as-of give it. Plain code, so that checking an
// option needs no schema library; the zod schema built on it is in rules/schema.ts.

/** Whether `s` is a real calendar date written YYYY-MM-DD (2019-02-30 is not). */
export function isIsoDate(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
  );
}
