// The minutes a pokja prints and signs: the HTML minutes printed to A4 by headless Chromium must show
// every evidence value and every file name of the JSON report whole, within a page bound.
// Needs chromium and poppler-utils (.ci/run installs them, so CI runs this rather than skipping it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceValue } from '../../src/report/formatters/minutes.js';
import { fixture, type JsonReport, runCli } from './run-cli.js';

const has = (cmd: string, arg = '--version') => {
  try {
    execFileSync(cmd, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const TMP = mkdtempSync(path.join(tmpdir(), 'kualifikasi-print-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Prints an HTML file to A4 PDF as a pokja would, and returns the page count and the text in reading order. */
function print(html: string, name: string): { pages: number; text: string } {
  const pdf = path.join(TMP, `${name}.pdf`);
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(TMP, `profile-${name}`)}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // -raw keeps the content-stream order: a table cell's wrapped lines stay together.
  return { pages, text: execFileSync('pdftotext', ['-raw', pdf, '-']).toString() };
}

/**
 * Everything the printed minutes must show whole: each evidence entry as its Bukti cell prints it (file,
 * page, label, value), so a value cut in that cell counts even when the reason repeats it, and every file.
 */
function mustShow(report: JsonReport, lang: 'id' | 'en'): string[] {
  type Req = { evidence: Array<{ file: string; page: number; label: string; value: string }>; parts?: Req[] };
  const page = lang === 'id' ? 'hlm.' : 'p.';
  const values = new Set<string>();
  const walk = (r: Req) => {
    for (const e of r.evidence) values.add(`${e.file} (${page} ${e.page}): ${e.label}: ${evidenceValue(e.value, lang)}`);
    for (const p of r.parts ?? []) walk(p);
  };
  for (const b of report.bundles) {
    for (const r of b.requirements as unknown as Req[]) walk(r);
    for (const d of b.documents as unknown as Array<{ file: string }>) values.add(d.file);
  }
  return [...values];
}

// Line breaks inside a cell are the only difference allowed between a value and its print.
const squash = (s: string) => s.replace(/\s+/g, '');

const CASES: Array<{ name: string; tender: string; bundles: string[]; lang: 'id' | 'en'; maxPages: number }> = [
  {
    name: 'five-bidders',
    tender: '2019-10-barang-komputer.yaml',
    bundles: ['pt-lengkap', 'pt-tanpa-nib', 'pt-spt-salah-tahun', 'pt-direktur-baru', 'pt-nib-scan'],
    lang: 'id',
    maxPages: 8,
  },
  {
    name: 'unreadable-odd-names-libreoffice',
    tender: '2019-10-barang-komputer.yaml',
    bundles: ['pt-nama-acak', 'pt-nama-beda', 'pt-pdf-rusak', 'cv-libreoffice'],
    lang: 'en',
    maxPages: 8,
  },
  { name: 'jasa-lainnya-2024', tender: '2024-08-jasa-kebersihan.yaml', bundles: ['cv-nib-saja'], lang: 'id', maxPages: 3 },
  { name: 'oss-rba-2026', tender: '2026-03-jasa-kebersihan.yaml', bundles: ['cv-oss-rba', 'cv-nib-saja'], lang: 'id', maxPages: 4 },
  { name: 'perorangan-2023', tender: '2023-05-konsultan-perorangan.yaml', bundles: ['perorangan-tanpa-izin'], lang: 'en', maxPages: 3 },
  // The remaining bundles: real layouts (a wrapped deed, two directors) and scans read by OCR.
  {
    name: 'layouts-and-scans',
    tender: '2019-10-barang-komputer.yaml',
    bundles: ['pt-akta-terlipat', 'pt-rba-dua-direktur', 'pt-ktp-scan', 'pt-scan-150'],
    lang: 'id',
    maxPages: 8,
  },
];

describe.skipIf(!has('chromium') || !has('pdfinfo', '-v'))('printed evaluation minutes (headless Chromium, A4)', () => {
  it.each(CASES)(
    '$name: every evidence value and file name printed whole, at most $maxPages pages',
    async ({ name, tender, bundles, lang, maxPages }) => {
      const args = ['check', fixture('tenders', tender), ...bundles.map((b) => fixture('bundles', b)), '--lang', lang];
      const html = path.join(TMP, `${name}.html`);
      const json = path.join(TMP, `${name}.json`);
      // One run writes both: the minutes and the JSON report they must agree with.
      await runCli([...args, '--format', 'html', '--output', html, '--also', `json=${json}`]);
      const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
      const { pages, text } = print(html, name);
      expect(pages).toBeLessThanOrEqual(maxPages);
      const printed = squash(text);
      const cut = mustShow(report, lang).filter((v) => !printed.includes(squash(v)));
      expect(cut).toEqual([]);
      for (const b of report.bundles) expect(printed).toContain(squash(b.bidder.name ?? b.path));
      // Page numbers from the CSS @page counters.
      expect(text).toContain(lang === 'id' ? `Hal. ${pages} dari ${pages}` : `Page ${pages} of ${pages}`);
    },
  );
});
