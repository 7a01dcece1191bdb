// A bounded run of the mutation fuzzer (scripts/fuzz.ts) in CI: mutated fixture PDFs through the real
// extractor pool, classification and field reading. No input may crash the run or hang it.
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../scripts/fuzz.js';

describe('mutation fuzzer', () => {
  it('600 mutated PDFs: no crash, no hang, every input accounted for', async () => {
    const r = await fuzz({ seed: 20261122, count: 600, timeoutMs: 20_000 });
    expect(r.inputs).toBe(600);
    expect(r.crashes).toEqual([]);
    expect(r.hangs).toBe(0);
    const problems = Object.values(r.problems).reduce((a, b) => a + b, 0);
    // Each input was either recognised, read but not recognised, or reported with a named problem.
    expect(r.recognised + problems).toBeLessThanOrEqual(600);
    expect(r.recognised).toBeGreaterThan(100);
    expect(
      Object.keys(r.problems).every((code) =>
        ['unparseable', 'no_text_layer', 'not_pdf', 'empty_file', 'encrypted', 'too_large'].includes(code),
      ),
    ).toBe(true);
  });
});
