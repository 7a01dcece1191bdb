import { describe, expect, it } from 'vitest';
import { rulePattern } from '../../src/rules/pattern.js';

describe('rulePattern: how rule regular expressions are compiled', () => {
  it('is case-insensitive, and uses the u flag only where the pattern needs it', () => {
    expect(rulePattern(String.raw`\bnotaris\b`).flags).toBe('i');
    expect(rulePattern(String.raw`\bnotaris\b`).test('di hadapan NOTARIS Budi')).toBe(true);
    expect(rulePattern(String.raw`\d{1,2}\s+\p{L}+\s+\d{4}`).flags).toBe('iu');
    expect(rulePattern(String.raw`\d{1,2}\s+\p{L}+\s+\d{4}`).test('5 Agustus 2020')).toBe(true);
    expect(rulePattern(String.raw`\u{1F4C4}`).flags).toBe('iu');
    expect(rulePattern('^nib', 'gm').flags).toBe('gim');
  });

  it('finds the same matches as the u flag on Indonesian document text', () => {
    const text =
      'AKTA PENDIRIAN PT. SINAR DATA NUSANTARA\nNomor : 12, tanggal 5 Agustus 2020, di hadapan Notaris Ny. Émilie, S.H., M.Kn.\nKBLI 46512 — Perdagangan Besar Komputer';
    for (const source of [
      String.raw`\bnotaris\b`,
      String.raw`(?<value>\b(?:PT|CV)\.?[ \t]+[A-Z][A-Z .&]+[A-Z])`,
      String.raw`\bKBLI\b\s+(?<code>\d{5})`,
      'émilie',
      String.raw`nomor\s*:\s*(?<value>\d+)`,
    ]) {
      const ours = [...text.matchAll(rulePattern(source, 'gm'))].map((m) => [m.index, m[0]]);
      const withU = [...text.matchAll(new RegExp(source, 'gimu'))].map((m) => [m.index, m[0]]);
      expect(ours).toEqual(withU);
      expect(ours.length).toBeGreaterThan(0);
    }
  });
});
