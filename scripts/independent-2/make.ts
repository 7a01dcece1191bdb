// Generator of the second held-out corpus (fixtures/independent-2) and of the two independent Dokumen
// Pemilihan (fixtures/dokmil-independent). Run: npx tsx scripts/independent-2/make.ts
// Written from shared/reference/{real-layouts,domain}.md only; the author did not read the project's readers,
// rules or other fixture generators. Deterministic: fixed PDF dates/IDs and seeded speckle.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ktps, nibs, tax } from './docs-a.ts';
import { deeds, letters, licences, others, scanSources } from './docs-b.ts';
import { dokmils } from './dokmil.ts';
import { about, OUT, scan, type Truth, truth } from './lib.ts';

const HEAD = `# Independent test corpus 2 (held out)

Laid out by a helper session of this project that had **not read** \`src/\`, \`rules/\`, the other fixture
generators, \`fixtures/layouts\` or \`fixtures/corpus\`. The layouts were chosen by that author from the facts in
\`shared/reference/real-layouts.md\` and \`domain.md\` only, in its own wording, varying producers, field order,
label spellings, tables, line wraps, capitals, e-mail forwards, stamps and page headers/footers. Every firm,
person and number is fictitious (NIKs follow area + DDMMYY with women's day + 40; OSS-RBA NIBs start with
their issue date DDMMYY).

**This set is held out of tuning.** Run it to measure; never change a reader because of it:

    npm run build && npx tsx scripts/accuracy-independent.ts bin/kualifikasi.cjs fixtures/independent-2

## Files and how they were made

- \`*.pdf\`: text-layer PDFs drawn with pdfkit (standard fonts only), written by
  \`scripts/independent-2/make.ts\` (run it with \`npx tsx\`).
- \`scans/*.pdf\`: image-only PDFs (no text layer). Each page is rendered in grey with \`pdftoppm -gray\` at
  100-200 dpi, degraded with the real ImageMagick (\`/usr/bin/convert\`, or \`IM_CONVERT\`): a 1-2 degree
  rotation whose sign alternates per page, a slight gaussian blur, levels, seeded impulse speckle, then JPEG
  or bilevel PNG; pdf-lib wraps the images. Some scans are of text PDFs in this folder, others of sources that
  exist here only as scans.
- \`expected.json\`: same format and field names as \`fixtures/independent/expected.json\` and the same
  conventions (see that README): only fields printed on the page; names without honorifics or academic
  titles; \`issued_on\` is the document's own issue date. Two additions: a **non-document** (an invoice, a
  cover letter) has \`"type": null\` and no fields; a **Sertifikat Standar** (OSS-RBA) is given the type
  \`izin_usaha\` because it is the licence of a Menengah Rendah/Tinggi KBLI, and there is no separate type.

`;

async function main(): Promise<void> {
  await nibs();
  const [bpe1771, skt24] = await tax();
  await ktps();
  const [aktaPt1, aktaPt2, aktaCv] = await deeds();
  const [kuasaCv] = await letters();
  const [sbu] = await licences();
  const inv = await others();
  const src = await scanSources();
  const of = (k: string): Truth => truth[k]!;
  const S = (
    name: string,
    file: string,
    t: Truth,
    o: { dpi: number; tilt?: number; dust?: number; png?: boolean; q?: number },
    why: string,
  ) => scan({ name, src: file, why, ...o }, t);
  await S(
    'ktp-makassar-150dpi-bintik',
    src.ktp,
    { type: 'ktp', fields: { nik: '7371062912920001', issued_on: '2018-01-22' } },
    { dpi: 150, tilt: 1, dust: 0.3, q: 55 },
    'Scan only (no text twin): KTP-el of a man born 29-12-1992, Makassar, SEUMUR HIDUP, issued 22-01-2018.',
  );
  await S(
    'akta-pt-dua-direktur-120dpi-miring',
    aktaPt2,
    of('akta-pendirian-pt-dua-direktur-times'),
    { dpi: 120, tilt: -1.5, q: 60 },
    'Scan of akta-pendirian-pt-dua-direktur-times.',
  );
  await S(
    'akta-pt-satu-direktur-100dpi',
    aktaPt1,
    of('akta-pendirian-pt-satu-direktur-courier'),
    { dpi: 100, q: 70 },
    'Scan of akta-pendirian-pt-satu-direktur-courier (Courier, dash padding).',
  );
  await S(
    'nib-rba-lampiran-200dpi-bintik',
    join(OUT, 'nib-rba-pt-lampiran-lokasi.pdf'),
    of('nib-rba-pt-lampiran-lokasi'),
    { dpi: 200, tilt: 0.7, dust: 0.2, q: 55 },
    'Scan of nib-rba-pt-lampiran-lokasi.',
  );
  await S('bpe-1771-100dpi', bpe1771, of('bpe-1771-pt-email'), { dpi: 100, q: 65 }, 'Scan of bpe-1771-pt-email (Courier mail print).');
  await S(
    'kswp-valid-180dpi-bilevel',
    src.kswp,
    {
      type: 'kswp',
      fields: { npwp: '0628904517609000', status: 'VALID', company_name: 'PT KENCANA BUANA LESTARI', issued_on: '2025-09-02' },
    },
    { dpi: 180, tilt: 1.2, png: true },
    "Scan only: Coretax KSWP letter with VALID in large type, 'Diterbitkan pada tanggal 2 September 2025'.",
  );
  await S('skt-2024-130dpi-miring-2', skt24, of('skt-2024-pt-16digit'), { dpi: 130, tilt: 2, q: 60 }, 'Scan of skt-2024-pt-16digit.');
  await S(
    'sbu-150dpi-bintik',
    sbu,
    of('sbu-konstruksi-dua-halaman'),
    { dpi: 150, tilt: -1, dust: 0.35, q: 50 },
    'Scan of sbu-konstruksi-dua-halaman.',
  );
  await S(
    'siup-jember-2012-110dpi',
    src.siup,
    {
      type: 'izin_usaha',
      fields: {
        company_name: 'CV BERKAH TANI NUSANTARA',
        npwp: '31.775.204.6-626.000',
        issued_on: '2012-07-16',
        valid_until: '2017-07-16',
        kbli: ['46201', '46312'],
      },
    },
    { dpi: 110, tilt: 1.2, dust: 0.2, q: 60 },
    "Scan only: regional SIUP Kecil (Jember, 2012) as a bordered two-column table in Times, KBLI '46201, 46312' in a cell, validity sentence, 'Pada tanggal : 16 JULI 2012'.",
  );
  await S(
    'domisili-kelurahan-160dpi-bintik',
    src.dom,
    {
      type: 'surat_domisili',
      fields: {
        company_name: 'PT KENCANA BUANA LESTARI',
        issued_on: '2017-10-10',
        valid_until: '2018-10-09',
        signatory_name: 'ERNAWATI PUSPITASARI',
        signatory_role: 'LURAH KETINTANG',
      },
    },
    { dpi: 160, tilt: -1.8, dust: 0.4, q: 50 },
    "Scan only: kelurahan domicile letter in prose (firm and director inside one sentence), 'berlaku ... sampai dengan 9 Oktober 2018', lurah with 'S.STP' and NIP, round stamp over the signature area.",
  );
  await S(
    'surat-kuasa-cv-200dpi-miring',
    kuasaCv,
    of('surat-kuasa-cv-tabel'),
    { dpi: 200, tilt: 1, q: 55 },
    'Scan of surat-kuasa-cv-tabel.',
  );
  await S(
    'akta-perubahan-cv-150dpi-bintik',
    aktaCv,
    of('akta-perubahan-cv-persero-pengurus'),
    { dpi: 150, tilt: 1.3, dust: 0.25, q: 55 },
    'Scan of akta-perubahan-cv-persero-pengurus.',
  );
  await S(
    'invoice-120dpi',
    inv,
    { type: null, fields: {} },
    { dpi: 120, tilt: -0.8, q: 60 },
    'Scan of invoice-alat-tulis (not a qualification document).',
  );

  const keys = Object.keys(truth).sort();
  writeFileSync(`${OUT}expected.json`, `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, truth[k]])), null, 2)}\n`);
  const rows = keys.map(
    (k) =>
      `| \`${k}\` | ${truth[k]!.type ?? '(none)'} | ${Object.keys(truth[k]!.fields).join(', ') || '-'} | ${about[k]!.replace(/\|/g, '/')} |`,
  );
  const nText = keys.filter((k) => !k.startsWith('scans/')).length;
  writeFileSync(
    `${OUT}README.md`,
    HEAD +
      `## Documents\n\n${nText} text-layer documents and ${keys.length - nText} image-only scans.\n\n| Document | Type | Fields | What it varies |\n|---|---|---|---|\n` +
      rows.join('\n') +
      '\n',
  );
  await dokmils();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
