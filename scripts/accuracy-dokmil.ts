// `npm run accuracy:dokmil`: the Dokumen Pemilihan PDFs of fixtures/dokmil-independent (laid out by someone
// who had not read the reader, kept out of tuning) read by `lint --emit-yaml`, scored against their
// expected.yaml: metadata with pages, items found, and the statuses `check` gives on a bundle from the PDF
// against the same tender written by hand. Run it to measure, never to adjust the reader to it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'kualifikasi.cjs');
const DIR = process.argv[2] ?? path.join(ROOT, 'fixtures', 'dokmil-independent');
const BUNDLES = ['pt-lengkap', 'cv-nib-saja'].map((b) => path.join(ROOT, 'fixtures', 'bundles', b));
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

type Report = {
  tender: { announced: string; deadline: string; pages?: Record<string, number> };
  bundles: Array<{ requirements: Array<{ text: string; status: string }> }>;
};
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
/** Per requirement of the hand-written tender, the status the other report gives the same wording (or "absent"). */
const statusesOf = (r: Report, texts: string[]) =>
  r.bundles.map((b) => texts.map((t) => b.requirements.find((q) => norm(q.text) === t)?.status ?? 'absent').join(','));

let metaOk = 0,
  metaAll = 0,
  itemsOk = 0,
  itemsAll = 0,
  same = 0,
  runs = 0;
for (const pdf of readdirSync(DIR).filter((f) => f.endsWith('.pdf'))) {
  const base = path.join(DIR, pdf.replace(/\.pdf$/, ''));
  const want = parse(readFileSync(`${base}.expected.yaml`, 'utf8'));
  const lint = run(['lint', `${base}.pdf`, '--format', 'json']);
  const got = JSON.parse(lint.stdout || '{"requirements":[]}');
  const texts: string[] = got.requirements.map((r: { text: string }) => r.text.replace(/\s+/g, ' '));
  const found = want.qualification.filter((q: { text: string }) => texts.some((t) => t.includes(q.text.replace(/\s+/g, ' ').slice(0, 60))));
  itemsOk += found.length;
  itemsAll += want.qualification.length;
  console.log(`${pdf}: items ${found.length}/${want.qualification.length} (read ${texts.length})`);
  // check needs every date: a missing one is a miss of its own and stops the comparison.
  for (const bundle of BUNDLES) {
    const fromPdf = run(['check', `${base}.pdf`, bundle, '--format', 'json', '--no-ocr']);
    const fromYaml = run(['check', `${base}.tender.yaml`, bundle, '--format', 'json', '--no-ocr']);
    runs++;
    if (!fromPdf.stdout) {
      console.log(`  check ${path.basename(bundle)}: no report from the PDF (exit ${fromPdf.status}): ${fromPdf.stderr.split('\n')[0]}`);
      continue;
    }
    const a: Report = JSON.parse(fromPdf.stdout);
    const b: Report = JSON.parse(fromYaml.stdout);
    const texts = (b.bundles[0]?.requirements ?? []).map((q) => norm(q.text));
    const [x, y] = [statusesOf(a, texts), statusesOf(b, texts)];
    const extra = (a.bundles[0]?.requirements ?? [])
      .filter((q) => !texts.includes(norm(q.text)))
      .map((q) => `${q.status} "${q.text.slice(0, 50)}"`);
    const equal = JSON.stringify(x) === JSON.stringify(y);
    if (equal) same++;
    console.log(
      `  check ${path.basename(bundle)}: ${equal ? 'same statuses as the YAML' : `differs: pdf ${x} / yaml ${y}`}${extra.length ? `; also read from the PDF: ${extra.join('; ')}` : ''}`,
    );
    if (bundle !== BUNDLES[0]) continue;
    for (const [key, field] of [
      ['announced', 'announced'],
      ['deadline', 'bid_deadline'],
    ] as const) {
      metaAll += 2;
      if (a.tender[key] === String(want[field].value)) metaOk++;
      if (a.tender.pages?.[key] === want[field].page) metaOk++;
    }
  }
}
console.log(
  `\nitems found ${itemsOk}/${itemsAll}; dates and their pages ${metaOk}/${metaAll}; check runs with the YAML's statuses ${same}/${runs}`,
);
