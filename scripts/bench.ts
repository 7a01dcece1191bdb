// `npm run bench [-- --bidders 40 --docs 10 --rounds 3 --light --scale 10,80 --keep --make-only DIR --start-only --ocr-only --no-ocr-mix]`: speed and memory of a pokja-sized batch, as
// ratios against references measured in the same run (the machine is small and noisy: medians, not means).
// The start-up budget is checked first and printed as pass/fail; any failed budget makes the exit code 1.
// Generates N bidders x M documents from the fixture PDFs (each copy made unique, so no two share a cache
// entry), then measures CLI start, cold and warm `check`, parallel efficiency, peak memory and scaling.
// The OCR mix (needs pdftoppm) scans 20 fixture pages at 150 dpi and compares the pipeline with
// tesseract.js's own `recognize` on the same images, one worker with two, cold with warm.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'kualifikasi.cjs');
const TENDER = path.join(ROOT, 'fixtures', 'tenders', '2019-10-barang-komputer.yaml');

const { values: args } = parseArgs({
  options: {
    bidders: { type: 'string', default: '40' },
    docs: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    scale: { type: 'string', default: '10,80' },
    keep: { type: 'boolean', default: false },
    /** Replace one document per bidder with a 30-page akta, as real bundles carry. */
    light: { type: 'boolean', default: false },
    /** Only write the batch of bids into this folder (for profiling by hand), measure nothing. */
    'make-only': { type: 'string' },
    /** Measure only the start-up budget. */
    'start-only': { type: 'boolean', default: false },
    /** Run only the OCR mix; or leave it out. */
    'ocr-only': { type: 'boolean', default: false },
    'no-ocr-mix': { type: 'boolean', default: false },
  },
});
const BIDDERS = Number(args.bidders);
const DOCS = Number(args.docs);
const ROUNDS = Number(args.rounds);
const [SCALE_SMALL, SCALE_LARGE] = String(args.scale).split(',').map(Number) as [number, number];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (x: number, d = 2) => x.toFixed(d);

/** Every fixture PDF that reads cleanly, as templates for the synthetic bids. */
function templates(): string[] {
  const dirs = ['pt-lengkap', 'pt-nama-acak', 'pt-spt-salah-tahun', 'cv-nib-saja', 'cv-libreoffice'];
  return dirs.flatMap((d) =>
    readdirSync(path.join(ROOT, 'fixtures', 'bundles', d))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => path.join(ROOT, 'fixtures', 'bundles', d, f)),
  );
}

/** A deed as long as real ones: the articles of association over about 30 pages. */
async function longAkta(file: string): Promise<void> {
  const { renderPdfkit } = await import('./fixtures/sheet.js');
  const article = (n: number) =>
    `Pasal ${n}. Perseroan menjalankan kegiatan usaha sesuai maksud dan tujuannya. Direksi berhak mewakili Perseroan di dalam dan di luar Pengadilan tentang segala hal dan dalam segala kejadian, mengikat Perseroan dengan pihak lain dan pihak lain dengan Perseroan, serta menjalankan segala tindakan, baik yang mengenai kepengurusan maupun kepemilikan, dengan pembatasan bahwa untuk meminjam atau meminjamkan uang atas nama Perseroan diperlukan persetujuan Dewan Komisaris. `.repeat(
      3,
    );
  const blocks = [
    { t: 'title' as const, text: 'AKTA PENDIRIAN PERSEROAN TERBATAS' },
    { t: 'center' as const, text: 'Nomor : 12' },
  ];
  for (let i = 1; i <= 60; i++) blocks.push({ t: 'p' as const, text: article(i) } as never);
  writeFileSync(file, await renderPdfkit({ title: 'Akta', blocks }));
}

/** N bidder folders of M PDFs; a trailing PDF comment makes each file's bytes (and hash) unique. */
async function makeBids(root: string, bidders: number, docs: number): Promise<string[]> {
  const pool = templates();
  const heavy = path.join(root, '..', 'akta-30-halaman.pdf');
  if (!args.light) await longAkta(heavy);
  const files: string[] = [];
  for (let b = 0; b < bidders; b++) {
    const dir = path.join(root, `peserta-${String(b + 1).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (let d = 0; d < docs; d++) {
      const src = !args.light && d === 0 ? heavy : (pool[(b * docs + d) % pool.length] as string);
      const dst = path.join(dir, `${String(d + 1).padStart(2, '0')}.pdf`);
      copyFileSync(src, dst);
      appendFileSync(dst, `\n%bench ${root} ${b} ${d}\n`);
      files.push(dst);
    }
  }
  return files;
}

interface Run {
  seconds: number;
  /** Peak of the summed resident memory of the CLI and all its extractor processes. */
  treeRssMb: number;
  /** CPU time (user + system) of the whole process tree, as last sampled per process. */
  cpuSeconds?: number;
}

/** Runs a command and samples the resident memory of its whole process tree every 20 ms (Linux /proc). */
function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    const cpu = new Map<number, number>();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid, cpu));
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1 && code !== 3) reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds, treeRssMb: peak, cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0) });
    });
  });
}

function treeRss(root: number, cpu?: Map<number, number>): number {
  let procs: Array<{ pid: number; ppid: number; rssKb: number; cpuSeconds: number }> = [];
  try {
    procs = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .flatMap((p) => {
        try {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const ppid = Number(rest[1]);
          // utime and stime, in clock ticks (100 a second on Linux).
          const cpuSeconds = (Number(rest[11]) + Number(rest[12])) / 100;
          const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
          return [{ pid: Number(p), ppid, rssKb, cpuSeconds }];
        } catch {
          return [];
        }
      });
  } catch {
    return 0;
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) if (!inTree.has(p.pid) && inTree.has(p.ppid)) inTree.add(p.pid), (grew = true);
  }
  const tree = procs.filter((p) => inTree.has(p.pid));
  for (const p of tree) cpu?.set(p.pid, Math.max(cpu.get(p.pid) ?? 0, p.cpuSeconds));
  return tree.reduce((n, p) => n + p.rssKb, 0) / 1024;
}

async function medianOf(times: number, f: () => Promise<Run>): Promise<{ seconds: number; treeRssMb: number; all: number[] }> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await f());
  return {
    seconds: median(runs.map((r) => r.seconds)),
    treeRssMb: Math.max(...runs.map((r) => r.treeRssMb)),
    all: runs.map((r) => r.seconds),
  };
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The reference: one shell runs pdftotext once per file, in turn (no per-file cost of ours in it). */
async function pdftotextAll(files: string[]): Promise<Run> {
  const started = process.hrtime.bigint();
  execFileSync('sh', ['-c', 'for f in "$@"; do pdftotext "$f" - || exit 1; done', 'sh', ...files], {
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, treeRssMb: 0 };
}

async function main(): Promise<void> {
  if (args['make-only']) {
    const files = await makeBids(path.join(args['make-only'], 'bids'), BIDDERS, DOCS);
    console.log(`${files.length} documents in ${path.join(args['make-only'], 'bids')}`);
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'kualifikasi-bench-'));
  const cores = availableParallelism();
  const lines: string[] = [];
  const out = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  out(
    `kualifikasi benchmark · ${new Date().toISOString()} · node ${process.version} · ${cores} cores · ${BIDDERS} bidders x ${DOCS} documents${args.light ? ' (fixture documents only)' : ' (one a 30-page akta)'} · ${ROUNDS} rounds, ${ROUNDS * 7} of each start-up (medians)`,
  );

  let budgetsHeld = true;
  if (!args['ocr-only']) budgetsHeld = await startUp(work, out);
  if (!args['ocr-only'] && !args['start-only']) await textMix(work, cores, out);
  if (!args['no-ocr-mix'] && !args['start-only']) await ocrMix(work, out);

  writeFileSync(path.join(work, 'bench.txt'), `${lines.join('\n')}\n`);
  if (args.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (!budgetsHeld) process.exitCode = 1;
}

/** The start-up budget (issue 16): each a ratio to `node -e 0` measured in the same rounds. */
const BUDGETS = { version: 1.5, lint: 4 };

/**
 * 1. Start-up, against node itself, in alternating rounds so that the machine's drift hits all alike. Nothing
 * is cached for `lint` (it uses no cache); each run gets a cache folder of its own all the same, and "edited"
 * rewrites a copy of the tender before each run, as a pokja editing it would.
 */
async function startUp(work: string, out: (s: string) => void): Promise<boolean> {
  const fresh = () => ({ KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(work, 'cache-start-')) });
  const editedTender = path.join(work, 'tender-edited.yaml');
  const tenderText = readFileSync(TENDER);
  await run(process.execPath, [BIN, 'lint', TENDER], fresh()); // the files in the page cache, as after any first use
  const starts = { node0: [] as Run[], version: [] as Run[], lint: [] as Run[], lintEdited: [] as Run[] };
  for (let i = 0; i < ROUNDS * 7; i++) {
    starts.node0.push(await run(process.execPath, ['-e', '0']));
    starts.version.push(await run(process.execPath, [BIN, '--version'], fresh()));
    starts.lint.push(await run(process.execPath, [BIN, 'lint', TENDER], fresh()));
    writeFileSync(editedTender, tenderText);
    starts.lintEdited.push(await run(process.execPath, [BIN, 'lint', editedTender], fresh()));
  }
  const ms = (runs: Run[]) => median(runs.map((r) => r.seconds)) * 1000;
  const node0 = ms(starts.node0);
  const vs = (runs: Run[]) => `${fmt(ms(runs), 0)} ms (${fmt(ms(runs) / node0)}x)`;
  out(
    `start: node -e 0 ${fmt(node0, 0)} ms · kualifikasi --version ${vs(starts.version)} · lint on a tender ${vs(starts.lint)} · lint on a tender edited just before ${vs(starts.lintEdited)} · ${pressure()}`,
  );
  const checks = [
    { name: '--version', ratio: ms(starts.version) / node0, budget: BUDGETS.version },
    { name: 'lint <tender>, nothing cached', ratio: ms(starts.lint) / node0, budget: BUDGETS.lint },
  ];
  for (const c of checks)
    out(`budget: ${c.name} ${fmt(c.ratio)}x node -e 0, at most ${fmt(c.budget, 1)}x: ${c.ratio <= c.budget ? 'pass' : 'FAIL'}`);
  return checks.every((c) => c.ratio <= c.budget);
}

/** Start-up, the text-PDF batch (cold, warm, 1 and N workers, memory) and scaling. */
async function textMix(work: string, cores: number, out: (s: string) => void): Promise<void> {
  // 2. Cold and warm check of the batch.
  const bids = path.join(work, 'bids');
  const files = await makeBids(bids, BIDDERS, DOCS);
  const freshCache = () => ({ KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(work, 'cache-')) });
  const check = (extra: string[], env: NodeJS.ProcessEnv) =>
    run(process.execPath, [BIN, 'check', TENDER, bids, '--format', 'json', ...extra], env);
  const cold = await medianOf(ROUNDS, () => check([], freshCache()));
  const cold1 = await medianOf(ROUNDS, () => check(['--jobs', '1'], freshCache()));
  const warmEnv = freshCache();
  await check([], warmEnv);
  // A rules or tender change: a different as-of date re-decides every verdict from cached text.
  const warm = await medianOf(ROUNDS, () => check(['--as-of', '2019-07-01'], warmEnv));
  // A document-type rule edited: recognition reruns on the cached text of every document (no PDF parsed).
  const edited = path.join(work, 'rules-edited');
  cpSync(path.join(ROOT, 'rules'), edited, { recursive: true });
  const warmDocRule = await medianOf(ROUNDS, () => {
    appendFileSync(path.join(edited, 'documents', 'nib.yaml'), `# bench ${Math.random()}\n`);
    return check(['--rules', edited], warmEnv);
  });
  const n = files.length;
  out(
    `cold check, ${cores} workers: ${fmt(cold.seconds)} s · ${fmt(n / cold.seconds, 1)} documents/s · ${fmt((cold.seconds * 1000) / n, 1)} ms/document wall · peak RSS (CLI + workers) ${fmt(cold.treeRssMb, 0)} MB`,
  );
  out(
    `cold check, 1 worker: ${fmt(cold1.seconds)} s · parallel efficiency on ${cores} cores ${fmt((cold1.seconds / cold.seconds / cores) * 100, 0)} % (speed-up ${fmt(cold1.seconds / cold.seconds)}x)`,
  );
  out(`warm re-check (cache hit, as-of changed): ${fmt(warm.seconds)} s = ${fmt((warm.seconds / cold.seconds) * 100, 1)} % of cold`);
  out(
    `warm re-check after a document-type rule edit (text cached, recognition rerun): ${fmt(warmDocRule.seconds)} s = ${fmt((warmDocRule.seconds / cold.seconds) * 100, 1)} % of cold`,
  );
  if (hasPdftotext()) {
    const ref = await medianOf(ROUNDS, () => pdftotextAll(files));
    out(
      `reference: pdftotext once per file, sequentially: ${fmt(ref.seconds)} s · cold check / pdftotext = ${fmt(cold.seconds / ref.seconds)}x`,
    );
  } else {
    out('reference: pdftotext not installed (apt-get install poppler-utils) — ratio not measured');
  }

  // 3. Scaling: per-document cost at few and at many bidders.
  const perDoc: number[] = [];
  for (const bidders of [SCALE_SMALL, SCALE_LARGE]) {
    const dir = path.join(work, `scale-${bidders}`);
    const fs = await makeBids(dir, bidders, DOCS);
    const r = await medianOf(ROUNDS, () => run(process.execPath, [BIN, 'check', TENDER, dir, '--format', 'json'], freshCache()));
    perDoc.push(r.seconds / fs.length);
    out(
      `scaling: ${bidders} bidders x ${DOCS}: ${fmt(r.seconds)} s, ${fmt((r.seconds * 1000) / fs.length, 1)} ms/document, peak RSS ${fmt(r.treeRssMb, 0)} MB`,
    );
  }
  out(`scaling: per-document cost at ${SCALE_LARGE} bidders / at ${SCALE_SMALL} = ${fmt((perDoc[1] as number) / (perDoc[0] as number))}x`);
}

const OCR_PAGES = 20;

/** One bidder of 20 one-page scans: fixture pages rasterised at 150 dpi (pdftoppm), each wrapped as an image-only PDF. */
async function makeScans(dir: string): Promise<string[]> {
  const { PDFDocument } = await import('pdf-lib');
  mkdirSync(dir, { recursive: true });
  const sources = templates();
  const files: string[] = [];
  for (let i = 0; i < OCR_PAGES; i++) {
    const prefix = path.join(dir, `page-${i}`);
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-gray',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      sources[i % sources.length] as string,
      prefix,
    ]);
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(readFileSync(`${prefix}.png`));
    pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    pdf.setSubject(`bench scan ${i}`); // unique bytes: no two share a cache entry
    const file = path.join(dir, `scan-${String(i + 1).padStart(2, '0')}.pdf`);
    writeFileSync(file, await pdf.save());
    rmSync(`${prefix}.png`);
    files.push(file);
  }
  return files;
}

/** tesseract.js on its own: one worker, made and warmed before timing, `recognize` on each page image in turn. */
async function recognizeAll(images: Uint8Array[]): Promise<Run> {
  const { createWorker, OEM } = await import('tesseract.js');
  const { modelDir } = await import('../src/documents/ocr.js');
  const worker = await createWorker('ind', OEM.LSTM_ONLY, { langPath: modelDir(), gzip: true, cacheMethod: 'none' });
  try {
    await worker.recognize(Buffer.from(images[0] as Uint8Array));
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage(); // the worker thread's time is the process's
    for (const image of images) await worker.recognize(Buffer.from(image), {}, { text: true, tsv: true });
    const used = process.cpuUsage(cpu);
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, treeRssMb: 0, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await worker.terminate();
  }
}

/** The pipeline's OCR step alone: the images through the extractor pool (IPC, worker, time limit), engines started beforehand. */
async function poolOcr(images: Uint8Array[], workers: number): Promise<Run> {
  const { ExtractorPool } = (await import(path.join(ROOT, 'dist', 'cli', 'pool.js'))) as typeof import('../src/cli/pool.js');
  const pool = new ExtractorPool(workers);
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.ocr(images[0] as Uint8Array)));
    const started = process.hrtime.bigint();
    const results = await Promise.all(images.map((image) => pool.ocr(image)));
    if (results.some((r) => !r.ok)) throw new Error(`OCR failed in the pool: ${JSON.stringify(results.find((r) => !r.ok))}`);
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, treeRssMb: 0 };
  } finally {
    pool.close();
  }
}

const pressure = () => {
  try {
    const some = /some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    return `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}${some ? `, CPU pressure ${some} %` : ''}`;
  } catch {
    return 'load unknown';
  }
};

/** 4. Scanned pages: the OCR pipeline against tesseract.js alone, 1 worker against 2, warm against cold, memory. */
async function ocrMix(work: string, out: (s: string) => void): Promise<void> {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    out('OCR mix: pdftoppm not installed (apt-get install poppler-utils) — not measured');
    return;
  }
  const bid = path.join(work, 'scans', 'peserta-scan');
  const files = await makeScans(bid);
  // The reference gets the very images the pipeline reads (pdf-parse's getImage, as the extractor takes them).
  const { extractPdf } = await import('../src/documents/extract.js');
  const images: Uint8Array[] = [];
  for (const f of files) {
    const e = await extractPdf(readFileSync(f), { pageImages: true });
    if (!e.ok || e.images?.length !== 1) throw new Error(`${f}: expected one page image`);
    images.push((e.images[0] as { data: Uint8Array }).data);
  }
  const fresh = () => ({ KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(work, 'cache-ocr-')) });
  const check = (extra: string[], env: NodeJS.ProcessEnv) =>
    run(process.execPath, [BIN, 'check', TENDER, bid, '--format', 'json', ...extra], env);
  out(`OCR mix: ${OCR_PAGES} one-page 150-dpi scans, ${ROUNDS} interleaved rounds (medians) · before: ${pressure()}`);
  // Interleaved rounds: the machine's drift hits the reference and every variant alike.
  const r = { ref: [] as Run[], step1: [] as Run[], step2: [] as Run[], one: [] as Run[], two: [] as Run[], warm: [] as Run[] };
  for (let i = 0; i < ROUNDS; i++) {
    r.ref.push(await recognizeAll(images));
    r.step1.push(await poolOcr(images, 1));
    r.step2.push(await poolOcr(images, 2));
    r.one.push(await check(['--jobs', '1'], fresh()));
    const env = fresh();
    r.two.push(await check(['--jobs', '2'], env));
    r.warm.push(await check(['--jobs', '2', '--as-of', '2019-07-01'], env));
  }
  const s = (runs: Run[]) => median(runs.map((x) => x.seconds));
  const cpu = (runs: Run[]) => median(runs.map((x) => x.cpuSeconds ?? 0));
  const perPage = (x: number) => `${fmt((x * 1000) / OCR_PAGES, 0)} ms/page`;
  const peak = (runs: Run[]) => fmt(Math.max(...runs.map((x) => x.treeRssMb)), 0);
  out(`OCR: tesseract.js recognize alone (worker made and warmed first): ${perPage(s(r.ref))} wall, ${perPage(cpu(r.ref))} CPU`);
  out(
    `OCR: the pipeline's OCR step (pool, IPC, time limit; engine started first), 1 worker: ${perPage(s(r.step1))} = ${fmt(s(r.step1) / s(r.ref))}x recognize · 2 workers: speed-up ${fmt(s(r.step1) / s(r.step2))}x`,
  );
  out(
    `OCR: cold check of the ${OCR_PAGES}-page batch, 1 worker: ${fmt(s(r.one))} s = ${perPage(s(r.one))} = ${fmt(s(r.one) / s(r.ref))}x recognize (CPU ${perPage(cpu(r.one))} = ${fmt(cpu(r.one) / cpu(r.ref))}x; all in: CLI start, pdf.js, engine start, page images)`,
  );
  out(
    `OCR: cold check, 2 workers: ${fmt(s(r.two))} s · speed-up over 1 worker ${fmt(s(r.one) / s(r.two))}x · peak RSS (CLI + workers) ${peak(r.two)} MB (1 worker: ${peak(r.one)} MB)`,
  );
  out(
    `OCR: warm re-check (cache hit, as-of changed): ${fmt(s(r.warm))} s = ${fmt((s(r.warm) / s(r.two)) * 100, 1)} % of the cold check · after: ${pressure()}`,
  );
}

await main();
