// Recognition accuracy over a corpus of qualification documents printed by six producers: PDFKit and
// pdf-lib (laid out by code), LibreOffice and headless Chromium printing the same page as HTML, and
// LibreOffice and Chromium printing the text as a person types it into a word processor (no alignment,
// "Label: value"), and a scan with a text layer: the PDFKit page rasterised at 150 dpi (pdftoppm) and read
// back by OCR (tesseract, Indonesian), as scanners do. `npm run accuracy -- --build` rebuilds
// fixtures/corpus/ (needs soffice, chromium, pdftoppm and tesseract with tesseract-ocr-ind);
// `npm run accuracy` runs `kualifikasi inspect` over the corpus and prints the table for the notes.
// `npm run accuracy -- --poppler` scores the same recognition on poppler's `pdftotext -layout` text instead of
// pdf.js's, and counts the documents where both give the same type and every same field value: data for
// choosing an extractor (BENCHMARKS.md), not a mode of the tool.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as d from './fixtures/documents.js';
import { renderPdfkit, renderPdfLib, type Sheet, sheetHtml, sheetTyped } from './fixtures/sheet.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, 'fixtures', 'corpus');
const PRODUCERS = ['pdfkit', 'pdf-lib', 'libreoffice-html', 'chromium-html', 'libreoffice-typed', 'chromium-typed', 'scan-ocr'] as const;
type Producer = (typeof PRODUCERS)[number];

const p = (name: string, nik: string, born: string, job = 'Wiraswasta'): d.Person => ({
  name,
  nik,
  born,
  address: ['Jl. Ahmad Yani No. 88', 'Ketintang', 'Gayungan'],
  job,
});
const dir = p('Rahmat Hidayat', '3578010101800014', 'Surabaya, 01-01-1980');
const pt: d.Company = {
  name: 'PT Cipta Mandiri Sejahtera',
  form: 'PT',
  nib: '9120408931525',
  npwp: '84.120.337.5-609.000',
  address: 'Jl. Ahmad Yani No. 200, Kota Surabaya, Jawa Timur 60234',
  city: 'Surabaya',
  director: dir,
  directorTitle: 'Direktur Utama',
  kbli: [
    ['46512', 'Perdagangan Besar Piranti Lunak'],
    ['62019', 'Aktivitas Pemrograman Komputer Lainnya'],
  ],
};
const rba = { ...pt, nib: '1608240001818' };
const staff = p('Dian Permata', '3578125505900015', 'Sidoarjo, 15-05-1990', 'Karyawan Swasta');

/** Each document with the type it must be recognised as and the fields that must be read from it. */
const DOCUMENTS: Array<{ name: string; sheet: Sheet; type: string; fields: Record<string, string> }> = [
  {
    name: 'nib-oss-2019',
    sheet: d.nibOss1(pt, '12 September 2019'),
    type: 'nib',
    fields: { nib: '9120408931525', npwp: '84.120.337.5-609.000' },
  },
  { name: 'nib-oss-rba', sheet: d.nibRba(rba, '16 Agustus 2024'), type: 'nib', fields: { nib: '1608240001818' } },
  { name: 'siup-oss', sheet: d.siup(pt, '9120408931525', '12 September 2019', true), type: 'izin_usaha', fields: {} },
  { name: 'siup-dinas', sheet: d.siup(pt, '503/2218/436.7.17/2017', '14 Februari 2017', false), type: 'izin_usaha', fields: {} },
  { name: 'tdp', sheet: d.tdp(pt, '13.01.1.46.54321', '2 Maret 2016', '2 Maret 2021'), type: 'tdp', fields: { valid_until: '2021-03-02' } },
  {
    name: 'npwp-skt',
    sheet: d.npwpSkt(pt, '2 Februari 2017', 'KPP PRATAMA SURABAYA GAYUNGAN'),
    type: 'npwp',
    fields: { npwp: '84.120.337.5-609.000' },
  },
  {
    name: 'npwp-kartu',
    sheet: d.npwpCard(pt.name, '0841203375609000', undefined, pt.address, 'KPP PRATAMA SURABAYA GAYUNGAN', '2 Februari 2017'),
    type: 'npwp',
    fields: { npwp: '84.120.337.5-609.000' },
  },
  {
    name: 'spt-bpe',
    sheet: d.sptBpe(pt.name, pt.npwp, 2023, '1771', '29 April 2024', '0231180520240429'),
    type: 'spt_tahunan',
    fields: { tax_year: '2023' },
  },
  {
    name: 'akta',
    sheet: d.akta(pt, '21', 'Selasa, tanggal 6 Maret 2018', 'Anita Kusumawardani, S.H., M.Kn.', 'AHU-0012399.AH.01.01.TAHUN 2018'),
    type: 'akta',
    fields: { deed_number: '21' },
  },
  { name: 'ktp', sheet: d.ktp(dir, 'Jawa Timur', 'Kota Surabaya'), type: 'ktp', fields: { nik: '3578010101800014' } },
  {
    name: 'sewa',
    sheet: d.sewa(pt, 'H. Abdul Karim', '2 Januari 2023', '1 Januari 2026', pt.address),
    type: 'sewa_kantor',
    fields: { valid_until: '2026-01-01' },
  },
  {
    name: 'domisili',
    sheet: d.domisili(pt, '474/201/436.11.12/2019', '7 Januari 2019', '31 Desember 2019'),
    type: 'surat_domisili',
    fields: { valid_until: '2019-12-31' },
  },
  {
    name: 'pakta',
    sheet: d.pakta(pt, dir, 'Direktur Utama', 'Pengadaan Perangkat Komputer', '10 Oktober 2024'),
    type: 'pakta_integritas',
    fields: { signatory_name: 'Rahmat Hidayat', signatory_role: 'Direktur Utama' },
  },
  {
    name: 'pernyataan',
    sheet: d.pernyataan(pt, dir, 'Direktur Utama', '10 Oktober 2024'),
    type: 'surat_pernyataan',
    fields: { signatory_name: 'Rahmat Hidayat' },
  },
  {
    name: 'surat-kuasa',
    sheet: d.suratKuasa(pt, staff, 'Manajer Pemasaran', 'Pengadaan Perangkat Komputer', '9 Oktober 2024'),
    type: 'surat_kuasa',
    fields: { attorney_name: 'Dian Permata' },
  },
  {
    name: 'kswp',
    sheet: d.kswp(pt.name, pt.npwp, 'KET-00011/KSWP-CT/KPP.0903/2025', '3 Januari 2025'),
    type: 'kswp',
    fields: { status: 'VALID' },
  },
];

function convert(html: string, producer: Producer, work: string): Buffer {
  const src = path.join(work, 'doc.html');
  writeFileSync(src, html);
  if (producer.startsWith('libreoffice')) {
    execFileSync(
      'soffice',
      ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, src],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } else {
    execFileSync(
      'chromium',
      [
        '--headless',
        '--disable-gpu',
        '--no-sandbox',
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.join(work, 'doc.pdf')}`,
        `file://${src}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  }
  return readFileSync(path.join(work, 'doc.pdf'));
}

/** Every page rasterised at 150 dpi in grey, then OCR'd into a PDF that keeps the image and adds a text layer. */
async function scanWithOcr(pdf: Uint8Array, work: string): Promise<Buffer> {
  const src = path.join(work, 'scan-src.pdf');
  writeFileSync(src, pdf);
  for (const f of readdirSync(work).filter((n) => n.startsWith('scan-page'))) rmSync(path.join(work, f));
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', src, path.join(work, 'scan-page')], { stdio: 'ignore' });
  const pages = readdirSync(work)
    .filter((n) => n.startsWith('scan-page') && n.endsWith('.png'))
    .sort();
  writeFileSync(path.join(work, 'scan-list.txt'), pages.map((n) => path.join(work, n)).join('\n'));
  execFileSync('tesseract', [path.join(work, 'scan-list.txt'), path.join(work, 'scan-ocr'), '-l', 'ind', 'pdf'], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return readFileSync(path.join(work, 'scan-ocr.pdf'));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** What a person types: paragraphs, in a word processor's default font, nothing aligned. */
const typedHtml = (sheet: Sheet) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${esc(sheet.title)}</title></head><body style="font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt">${sheetTyped(
    sheet,
  )
    .map((l) => (l ? `<p>${esc(l)}</p>` : '<p>&nbsp;</p>'))
    .join('\n')}</body></html>`;

async function build(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'kualifikasi-corpus-'));
  try {
    rmSync(CORPUS, { recursive: true, force: true });
    for (const producer of PRODUCERS) {
      mkdirSync(path.join(CORPUS, producer), { recursive: true });
      for (const doc of DOCUMENTS) {
        const bytes =
          producer === 'scan-ocr'
            ? await scanWithOcr(await renderPdfkit(doc.sheet), work)
            : producer === 'pdfkit'
              ? await renderPdfkit(doc.sheet)
              : producer === 'pdf-lib'
                ? await renderPdfLib(doc.sheet)
                : convert(producer.endsWith('typed') ? typedHtml(doc.sheet) : sheetHtml(doc.sheet), producer, work);
        writeFileSync(path.join(CORPUS, producer, `${doc.name}.pdf`), bytes);
      }
      console.log(`${producer}: ${DOCUMENTS.length} documents`);
    }
    const expected = Object.fromEntries(DOCUMENTS.map((doc) => [doc.name, { type: doc.type, fields: doc.fields }]));
    writeFileSync(path.join(CORPUS, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Inspected {
  file: string;
  docType: string | null;
  fields: Array<{ name: string; value: string | null }>;
}

/** What the tool itself recognises in a folder: the real CLI, `inspect --format json`. */
function inspect(dir: string): Inspected[] {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'kualifikasi.cjs'), 'inspect', dir, '--format', 'json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out.toString()) as { documents: Inspected[] }).documents;
}

/** The same recognition (document rules, classifier, field readers) over poppler's `pdftotext -layout` text. */
async function popplerReader(): Promise<(dir: string) => Inspected[]> {
  const [{ classify }, { readFields }, { normalisePage }, { loadRuleset }] = await Promise.all([
    import('../src/documents/classify.js'),
    import('../src/documents/fields.js'),
    import('../src/documents/text.js'),
    import('../src/rules/load.js'),
  ]);
  const ruleset = await loadRuleset(path.join(ROOT, 'rules'));
  return (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((file) => {
        // pdftotext ends every page with a form feed.
        const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path.join(dir, file), '-'])
          .toString('utf8')
          .split('\f')
          .slice(0, -1)
          .map(normalisePage);
        const c = classify(pages, ruleset.documents.values());
        const type = c.docType ? ruleset.documents.get(c.docType) : undefined;
        return { file, docType: c.docType, fields: type ? readFields(pages, type).map((f) => ({ name: f.name, value: f.value })) : [] };
      });
}

/** Scores each producer's folder, as `read` recognises it, for type and fields against expected.json. A field
 * expected as a list (KBLI codes, directors) is right when every reading of it, in order, is that list. */
export function score(
  read: (dir: string) => Inspected[] = inspect,
  corpus = CORPUS,
): { rows: string[]; misses: string[]; docs: number; typeOk: number; fields: number; fieldsOk: number } {
  const expected = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as Record<
    string,
    { type: string; fields: Record<string, string | string[]> }
  >;
  const rows: string[] = ['| producer | documents | type right | fields right |', '|---|---|---|---|'];
  const misses: string[] = [];
  let docs = 0;
  let typeOk = 0;
  let fields = 0;
  let fieldsOk = 0;
  for (const producer of readdirSync(corpus)
    .filter((f) => existsSync(path.join(corpus, f)) && !f.endsWith('.json'))
    .sort()) {
    const inspected = read(path.join(corpus, producer));
    let pDocs = 0;
    let pType = 0;
    let pFields = 0;
    let pFieldsOk = 0;
    for (const doc of inspected) {
      const want = expected[path.basename(doc.file, '.pdf')];
      if (!want) continue;
      pDocs++;
      if (doc.docType === want.type) pType++;
      else misses.push(`${producer}/${doc.file}: recognised as ${doc.docType ?? 'nothing'}, expected ${want.type}`);
      for (const [name, value] of Object.entries(want.fields)) {
        pFields++;
        const got = Array.isArray(value)
          ? doc.fields
              .filter((f) => f.name === name)
              .map((f) => f.value)
              .join(', ')
          : doc.fields.find((f) => f.name === name && f.value !== null)?.value;
        const want = Array.isArray(value) ? value.join(', ') : value;
        if (got === want) pFieldsOk++;
        else misses.push(`${producer}/${doc.file}: ${name} read as ${got || 'nothing'}, expected ${want}`);
      }
    }
    rows.push(`| ${producer} | ${pDocs} | ${pType}/${pDocs} | ${pFieldsOk}/${pFields} |`);
    docs += pDocs;
    typeOk += pType;
    fields += pFields;
    fieldsOk += pFieldsOk;
  }
  rows.push(
    `| **all** | ${docs} | ${typeOk}/${docs} (${((100 * typeOk) / docs).toFixed(1)} %) | ${fieldsOk}/${fields} (${((100 * fieldsOk) / fields).toFixed(1)} %) |`,
  );
  return { rows, misses, docs, typeOk, fields, fieldsOk };
}

/** Documents where two readers give the same type and every same field value, over the whole corpus. */
function agreement(a: (dir: string) => Inspected[], b: (dir: string) => Inspected[]): { same: number; total: number; differ: string[] } {
  const key = (d: Inspected | undefined) => JSON.stringify([d?.docType ?? null, (d?.fields ?? []).map((f) => [f.name, f.value])]);
  let same = 0;
  let total = 0;
  const differ: string[] = [];
  for (const producer of readdirSync(CORPUS)
    .filter((f) => !f.endsWith('.json'))
    .sort()) {
    const dir = path.join(CORPUS, producer);
    const other = new Map(b(dir).map((d) => [d.file, d]));
    for (const d of a(dir)) {
      total++;
      if (key(d) === key(other.get(d.file))) same++;
      else differ.push(`${producer}/${d.file}`);
    }
  }
  return { same, total, differ };
}

if (process.argv.includes('--build')) await build();
const poppler = process.argv.includes('--poppler') ? await popplerReader() : undefined;
const result = score(poppler);
if (poppler) console.log('Recognition on poppler `pdftotext -layout` text (not what the tool reads):\n');
console.log(result.rows.join('\n'));
if (result.misses.length > 0) console.log(`\nMisses:\n${result.misses.map((m) => `- ${m}`).join('\n')}`);
// Real layouts (fixtures/layouts, written by `npm run fixtures -- layouts`), scored apart from the corpus.
const LAYOUTS = path.join(ROOT, 'fixtures', 'layouts');
if (existsSync(path.join(LAYOUTS, 'expected.json'))) {
  const layouts = score(poppler, LAYOUTS);
  console.log(`\nReal layouts (fixtures/layouts):\n\n${layouts.rows.join('\n')}`);
  if (layouts.misses.length > 0) console.log(`\nMisses:\n${layouts.misses.map((m) => `- ${m}`).join('\n')}`);
}
if (poppler) {
  const a = agreement(inspect, poppler);
  console.log(
    `\nSame type and every same field value as the tool (pdf.js): ${a.same}/${a.total}${a.differ.length > 0 ? `; differ: ${a.differ.join(', ')}` : ''}`,
  );
}
