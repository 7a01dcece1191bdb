import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KualifikasiError } from '../../src/errors/catalogue.js';
import { periodOf } from '../../src/rules/at.js';
import { defaultRulesDir, loadRuleset } from '../../src/rules/load.js';
import type { RequirementKind } from '../../src/rules/schema.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary copy of the shipped rules with one file rewritten. */
async function rulesWith(rel: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kualifikasi-rules-'));
  temps.push(dir);
  await cp(defaultRulesDir(), dir, { recursive: true });
  const file = path.join(dir, rel);
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadRuleset(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(KualifikasiError);
    return (e as KualifikasiError).problems.map((p) => `${path.relative(dir, p.file)}:${p.line}: ${p.message}`);
  }
  throw new Error('the ruleset loaded although it should not');
}

describe('loading the shipped ruleset', () => {
  it('loads every requirement kind named in the core issue, with a version and a content hash', async () => {
    const rules = await loadRuleset();
    expect([...rules.requirements.keys()].sort()).toEqual([
      'akta_pendirian',
      'bukti_pegawai_tetap',
      'izin_usaha',
      'kswp',
      'ktp',
      'nib',
      'npwp',
      'pakta_integritas',
      'pengalaman',
      'sbu',
      'sertifikat_standar',
      'sisa_kemampuan_paket',
      'spt_tahunan',
      'surat_domisili',
      'surat_kuasa',
      'surat_pernyataan',
      'tdp',
      'tempat_usaha',
    ]);
    expect(rules.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(rules.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the NIB-as-TDP equivalence from PP 24/2018, with its article marked unverified', async () => {
    const rules = await loadRuleset();
    const eq = rules.requirements.get('tdp')?.equivalences.find((e) => e.id === 'nib-sebagai-tdp');
    // In force exactly while PP 24/2018 is: from 2018-06-21 to the day PP 5/2021 took effect.
    expect(periodOf(rules.provisions, eq ?? {}, [eq?.provision ?? ''])).toEqual({ from: '2018-06-21', until: '2021-02-02' });
    expect(
      rules
        .at('2021-02-01')
        .kind(rules.requirements.get('tdp') as RequirementKind)
        .equivalences.map((e) => e.id),
    ).toEqual(['nib-sebagai-tdp']);
    expect(
      rules
        .at('2021-02-02')
        .kind(rules.requirements.get('tdp') as RequirementKind)
        .equivalences.map((e) => e.id),
    ).toEqual(['nib-sebagai-tdp-pp-5-2021']);
    const p = rules.provisions.get(eq?.provision ?? '');
    expect(p?.instrument.short).toBe('PP 24/2018');
    expect(p?.provision.verification.verified).toBe(false);
    expect(p?.provision.text).toContain('NIB berlaku juga sebagai');
  });

  it('waives domicile letters from 17 July 2019 on SE Mendagri 503/6491/SJ', async () => {
    const rules = await loadRuleset();
    const waiver = rules.requirements.get('surat_domisili')?.waivers[0];
    expect(periodOf(rules.provisions, waiver ?? {}, waiver?.provisions ?? [])).toEqual({ from: '2019-07-17', until: '2021-06-21' });
    expect(waiver?.provisions).toContain('se-mendagri-503-6491-sj-2019#skdu-situ-ho');
  });

  it('gives the same hash for the same rules and a different one after any change', async () => {
    const a = await loadRuleset();
    const b = await loadRuleset();
    expect(b.sha256).toBe(a.sha256);
    const dir = await rulesWith('requirements/ktp.yaml', (t) => `${t}\n# a comment\n`);
    expect((await loadRuleset(dir)).sha256).not.toBe(a.sha256);
  });
});

describe('refusing a broken ruleset, naming file and line', () => {
  it('names the line of an unknown provision reference', async () => {
    const dir = await rulesWith('requirements/tdp.yaml', (t) =>
      t.replace('provision: pp-24-2018#nib-sebagai-tdp', 'provision: pp-24-2018#pasal-99'),
    );
    const problems = await problemsOf(dir);
    expect(problems).toEqual([expect.stringMatching(/^requirements\/tdp\.yaml:\d+: provision "pp-24-2018#pasal-99" does not exist/)]);
    const line = Number(/:(\d+):/.exec(problems[0] as string)?.[1]);
    const text = await readFile(path.join(dir, 'requirements/tdp.yaml'), 'utf8');
    expect(text.split('\n')[line - 1]).toContain('pasal-99');
  });

  it('refuses an evidence option naming a document type that does not exist', async () => {
    const dir = await rulesWith('requirements/nib.yaml', (t) =>
      t.replace('{ document: nib, field: nib }', '{ document: nib_rba, field: nib }'),
    );
    expect(await problemsOf(dir)).toEqual([expect.stringContaining('document type "nib_rba" does not exist')]);
  });

  it('refuses an equivalence whose instruments are never in force together', async () => {
    const dir = await rulesWith('requirements/tdp.yaml', (t) =>
      t.replace(
        '      provision: pp-24-2018#nib-sebagai-tdp\n',
        '      provision: pp-24-2018#nib-sebagai-tdp\n      also: [perlkpp-12-2021#kualifikasi-perizinan-berusaha]\n',
      ),
    );
    expect(await problemsOf(dir)).toEqual([expect.stringContaining('its instruments are never in force together')]);
  });

  it('refuses a name in rules/law.yaml that no rule defines, naming the line', async () => {
    const dir = await rulesWith('law.yaml', (t) =>
      t.replace('  - { document: akta, field: director }', '  - { document: akta, field: direktur }'),
    );
    expect(await problemsOf(dir)).toEqual([expect.stringMatching(/^law\.yaml:\d+: document type "akta" has no field "direktur"/)]);
  });

  it('refuses a waiver that ends before it starts', async () => {
    const dir = await rulesWith('requirements/surat-domisili.yaml', (t) =>
      t.replace(
        '    - id: domisili-tidak-dapat-disyaratkan\n',
        '    - id: domisili-tidak-dapat-disyaratkan\n      from: 2019-07-17\n      until: 2019-01-01\n',
      ),
    );
    expect(await problemsOf(dir)).toEqual([expect.stringContaining('ends (2019-01-01) before it starts (2019-07-17)')]);
  });

  it('refuses a waiver and an exemption that would both apply on the same date', async () => {
    const dir = await rulesWith('requirements/izin-usaha.yaml', (t) =>
      t.replace(
        '  remedy:',
        '  waivers:\n    - id: contoh\n      provisions: [perlkpp-9-2018#lampiran-3.4-larangan]\n      from: 2020-01-01\n      explain: { id: x, en: x }\n  remedy:',
      ),
    );
    expect(await problemsOf(dir)).toEqual([
      expect.stringContaining(
        'waiver "contoh" (waived) and exemption "perorangan-tanpa-izin-usaha" (not applicable) both apply from 2020-01-01',
      ),
    ]);
  });

  it('suggests the right key for a misspelt one', async () => {
    const dir = await rulesWith('requirements/ktp.yaml', (t) => t.replace('  basis:', '  basiss:'));
    const problems = await problemsOf(dir);
    expect(problems.some((p) => p.includes('unknown key "basiss" (did you mean "basis"?)'))).toBe(true);
  });

  it('reports a YAML syntax error at its line', async () => {
    const dir = await rulesWith('requirements/ktp.yaml', (t) => t.replace('  infer:\n', '  infer: [\n'));
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatch(/^requirements\/ktp\.yaml:\d+: /);
  });
});
