// ruleset.at(date): the one place that knows which law is in force, with the shipped rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import type { RequirementKind } from '../../src/rules/schema.js';

let rules: Ruleset;
beforeAll(async () => {
  rules = await loadRuleset();
});
const shorts = (date: string) => rules.at(date).instruments.map((i) => i.short);
const kind = (id: string) => rules.requirements.get(id) as RequirementKind;

describe('instruments in force on a date', () => {
  it('2019: Perpres 16/2018, PerLKPP 9/2018 and PP 24/2018', () => {
    expect(shorts('2019-10-01')).toEqual(expect.arrayContaining(['Perpres 16/2018', 'PerLKPP 9/2018', 'PP 24/2018']));
    expect(shorts('2019-10-01')).not.toContain('PP 5/2021');
  });

  it('PP 24/2018 applies through 2021-02-01; PP 5/2021 from 2021-02-02', () => {
    expect(shorts('2021-02-01')).toContain('PP 24/2018');
    expect(shorts('2021-02-01')).not.toContain('PP 5/2021');
    expect(shorts('2021-02-02')).toContain('PP 5/2021');
    expect(shorts('2021-02-02')).not.toContain('PP 24/2018');
  });

  it('PP 28/2025 replaces PP 5/2021 on 2025-06-05; PerLKPP 12/2021 replaces PerLKPP 9/2018', () => {
    expect(shorts('2025-06-04')).toContain('PP 5/2021');
    expect(shorts('2025-06-05')).toEqual(expect.arrayContaining(['PP 28/2025', 'PerLKPP 12/2021']));
    expect(shorts('2025-06-05')).not.toContain('PP 5/2021');
    expect(shorts('2023-07-03')).not.toContain('PerLKPP 9/2018');
  });

  it('amended is not repealed: Perpres 16/2018 stays in force, naming the amendments made by the date', () => {
    const at = (d: string) => rules.at(d).instruments.find((i) => i.short === 'Perpres 16/2018');
    expect(at('2019-10-01')?.amendedBy).toEqual([]);
    expect(at('2023-07-03')?.amendedBy.map((a) => a.name)).toEqual(['Perpres 12/2021 (LN 2021 Nomor 63)']);
    expect(at('2026-03-02')?.amendedBy).toHaveLength(2);
  });
});

describe('coverage gaps', () => {
  it('none while the rules cover the date', () => {
    expect(rules.at('2019-10-01').gaps).toEqual([]);
    expect(rules.at('2026-12-02').gaps).toEqual([]);
  });

  it('before the first procurement instrument', () => {
    expect(rules.at('2018-03-01').gaps).toEqual([{ code: 'before_first_instrument', date: '2018-03-01', first: '2018-07-01' }]);
  });

  it('past the review date', () => {
    expect(rules.at('2027-07-01').gaps.map((g) => g.code)).toEqual(['past_review_date']);
  });

  it('a requirement whose only basis ended with no encoded successor has a replaced_not_encoded gap', () => {
    // tempat_usaha rests on PerLKPP 9/2018 3.4.1 e only: after PerLKPP 12/2021 the rules hold no basis for it.
    const at = rules.at('2023-07-03');
    expect(at.kind(kind('tempat_usaha')).basis).toEqual([]);
  });
});

describe('rule items follow their instruments', () => {
  it("the basis cited is the era's own", () => {
    expect(rules.at('2019-10-01').kind(kind('izin_usaha')).basis).toEqual(['perlkpp-9-2018#lampiran-3.4.1-a']);
    expect(rules.at('2023-07-03').kind(kind('izin_usaha')).basis).toEqual(['perlkpp-12-2021#kualifikasi-perizinan-berusaha']);
  });

  it('the domicile waiver holds in every era after 17 July 2019, on the instruments in force', () => {
    expect(rules.at('2019-07-16').kind(kind('surat_domisili')).waivers).toEqual([]);
    expect(
      rules
        .at('2019-07-17')
        .kind(kind('surat_domisili'))
        .waivers.map((w) => w.id),
    ).toEqual(['domisili-tidak-dapat-disyaratkan']);
    expect(
      rules
        .at('2026-03-02')
        .kind(kind('surat_domisili'))
        .waivers.map((w) => w.id),
    ).toEqual(['domisili-tidak-dapat-disyaratkan-2021']);
  });

  it('the SPT deadlines come from rules/law.yaml: 31 March for individuals, 30 April for entities', () => {
    const at = rules.at('2023-07-03');
    expect(at.sptDeadline(2022, 'orang_pribadi')).toBe('2023-03-31');
    expect(at.sptDeadline(2022, 'badan')).toBe('2023-04-30');
    expect(at.lastDueTaxYear('2023-04-30', 'badan')).toBe(2021);
    expect(at.lastDueTaxYear('2023-05-01', 'badan')).toBe(2022);
    expect(at.lastDueTaxYear('2025-01-15', 'badan')).toBe(2023);
    expect(at.lastDueTaxYear('2025-12-31', 'badan')).toBe(2024);
    expect(at.lastDueTaxYear('2025-03-31', 'orang_pribadi')).toBe(2023);
    expect(at.lastDueTaxYear('2025-04-01', 'orang_pribadi')).toBe(2024);
  });

  it('cites the anti-discrimination provision of the era', () => {
    expect(rules.at('2019-10-01').cite('anti_discrimination')).toEqual(['perlkpp-9-2018#lampiran-3.4-larangan']);
    expect(rules.at('2023-07-03').cite('anti_discrimination')).toEqual(['perlkpp-12-2021#larangan-diskriminatif']);
  });
});
