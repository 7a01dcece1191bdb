// Real layouts (reference/real-layouts.md) through the real CLI: fields read from fixtures/layouts as
// expected.json says, and complete bundles in those layouts passing (issue 14).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, runCli, statuses } from './run-cli.js';

const LAYOUTS = fixture('layouts');
const expected = JSON.parse(readFileSync(path.join(LAYOUTS, 'expected.json'), 'utf8')) as Record<
  string,
  { type: string; fields: Record<string, string | string[]> }
>;

describe('fields from real layouts (`inspect`)', () => {
  // The image-only scans (scan/) need OCR: `npm run accuracy` reads them, the default suite keeps to one OCR run.
  it.each(readdirSync(LAYOUTS).filter((f) => !f.endsWith('.json') && f !== 'scan'))(
    '%s: every document recognised and every expected value read',
    async (producer) => {
      const r = await runCli(['inspect', path.join(LAYOUTS, producer), '--format', 'json']);
      expect(r.code).toBe(0);
      const docs = (
        JSON.parse(r.stdout) as {
          documents: Array<{ file: string; docType: string | null; fields: Array<{ name: string; value: string | null }> }>;
        }
      ).documents;
      for (const d of docs) {
        const name = path.basename(d.file, '.pdf');
        const want = expected[name];
        expect(want, name).toBeDefined();
        const got = Object.fromEntries(
          Object.entries(want!.fields).map(([field, v]) => {
            const values = d.fields.filter((f) => f.name === field).map((f) => f.value);
            return [field, Array.isArray(v) ? values : (values[0] ?? null)];
          }),
        );
        expect({ name, type: d.docType, fields: got }).toEqual({ name, type: want!.type, fields: want!.fields });
      }
    },
  );
});

describe('complete bundles in real layouts pass (`check`)', () => {
  it('inspect names the fields it could not place instead of guessing them', async () => {
    // A complete NIB: what was read is not listed as missing.
    const nib = await runCli(['inspect', path.join(fixture('bundles', 'pt-lengkap'), '01-nib.pdf'), '--no-color']);
    expect(nib.code).toBe(0);
    expect(nib.stdout).toMatch(/^ {4}NIB: \d{13} /m);
    // An OSS 1.1 NIB has no risk column and no Skala Usaha: they are named as not found, not guessed.
    expect(/Isian tidak ditemukan: (.*)/.exec(nib.stdout)?.[1]?.split(', ')).toEqual([
      'KBLI yang perizinannya belum terbit/terverifikasi',
      'KBLI dan tingkat risiko',
      'Skala usaha',
    ]);
    const en = await runCli(['inspect', path.join(fixture('bundles', 'pt-lengkap'), '01-nib.pdf'), '--lang', 'en', '--no-color']);
    expect(en.stdout).toContain('Fields not found: KBLI whose licence is not yet issued/verified, KBLI and risk level, Business scale');
  });

  it('pt-lengkap lists KBLI 62019 in a comma list on its NIB: the KBLI requirement passes', async () => {
    const { code, report } = await checkJson([fixture('tenders', '2019-10-pemrograman-aplikasi.yaml'), fixture('bundles', 'pt-lengkap')]);
    expect(code).toBe(0);
    expect(report.bundles[0]?.verdict).toBe('pass');
    const kbli = report.bundles[0]?.requirements.find((r) => r.id === '1');
    expect(kbli?.status).toBe('pass');
    expect(kbli?.evidence.map((e) => [e.file, e.page, e.value])).toContainEqual(['01-nib.pdf', 1, '62019']);
  });

  it('pt-akta-terlipat: the deed names its director on the line after "Tuan"; the director signs, no surat kuasa needed', async () => {
    const { code, report } = await checkJson([fixture('tenders', '2019-10-barang-komputer.yaml'), fixture('bundles', 'pt-akta-terlipat')]);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual({
      '1': 'pass',
      '2': 'pass',
      '3': 'waived',
      '4': 'pass',
      '5': 'pass',
      '6': 'pass',
      '7': 'pass',
      '8': 'not_applicable',
      '9': 'pass',
      '10': 'pass',
      '11': 'pass',
    });
  });

  it('pt-rba-dua-direktur: KBLI 81210 on the second Lampiran page, the second of two directors signs with her KTP', async () => {
    const { code, report } = await checkJson([
      fixture('tenders', '2024-08-jasa-kebersihan.yaml'),
      fixture('bundles', 'pt-rba-dua-direktur'),
    ]);
    expect(code).toBe(0);
    expect(report.bundles[0]?.verdict).toBe('pass');
    const kbli = report.bundles[0]?.requirements.find((r) => r.id === '1');
    expect(kbli?.evidence.map((e) => [e.file, e.page, e.value])).toContainEqual(['nib-oss-rba.pdf', 3, '81210']);
  });
});
