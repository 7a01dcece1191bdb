// `npm run bench [-- --bidders 40 --docs 10 --rounds 3 --light --scale 10,80 --keep --make-only DIR]`: speed and memory of a pokja-sized batch, as
// ratios against references measured in the same run (the machine is small and noisy: medians, not means).
// Generates N bidders x M documents from the fixture PDFs (each copy made unique, so no two share a cache
// entry), then measures CLI start, cold and warm `check`, parallel efficiency, peak memory and scaling.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

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
  return dirs.flatMap((d) => readdirSync(path.join(ROOT, 'fixtures', 'bundles', d)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(ROOT, 'fixtures', 'bundles', d, f)));
}

/** A deed as long as real ones: the articles of association over about 30 pages. */
async function longAkta(file: string): Promise<void> {
  const { renderPdfkit } = await import('./fixtures/sheet.js');
  const article = (n: number) =>
    `Pasal ${n}. Perseroan menjalankan kegiatan usaha sesuai maksud dan tujuannya. Direksi berhak mewakili Perseroan di dalam dan di luar Pengadilan tentang segala hal dan dalam segala kejadian, mengikat Perseroan dengan pihak lain dan pihak lain dengan Perseroan, serta menjalankan segala tindakan, baik yang mengenai kepengurusan maupun kepemilikan, dengan pembatasan bahwa untuk meminjam atau meminjamkan uang atas nama Perseroan diperlukan persetujuan Dewan Komisaris. `.repeat(3);
  const blocks = [{ t: 'title' as const, text: 'AKTA PENDIRIAN PERSEROAN TERBATAS' }, { t: 'center' as const, text: 'Nomor : 12' }];
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
}

/** Runs a command and samples the resident memory of its whole process tree every 20 ms (Linux /proc). */
function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1 && code !== 3) reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds, treeRssMb: peak });
    });
  });
}

function treeRss(root: number): number {
  let procs: Array<{ pid: number; ppid: number; rssKb: number }> = [];
  try {
    procs = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .flatMap((p) => {
        try {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
          return [{ pid: Number(p), ppid, rssKb }];
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
    for (const p of procs) if (!inTree.has(p.pid) && inTree.has(p.ppid)) (inTree.add(p.pid), (grew = true));
  }
  return procs.filter((p) => inTree.has(p.pid)).reduce((n, p) => n + p.rssKb, 0) / 1024;
}

async function medianOf(times: number, f: () => Promise<Run>): Promise<{ seconds: number; treeRssMb: number; all: number[] }> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await f());
  return { seconds: median(runs.map((r) => r.seconds)), treeRssMb: Math.max(...runs.map((r) => r.treeRssMb)), all: runs.map((r) => r.seconds) };
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
  execFileSync('sh', ['-c', 'for f in "$@"; do pdftotext "$f" - || exit 1; done', 'sh', ...files], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
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
  out(`kualifikasi benchmark · ${new Date().toISOString()} · node ${process.version} · ${cores} cores · ${BIDDERS} bidders x ${DOCS} documents${args.light ? ' (fixture documents only)' : ' (one a 30-page akta)'} · ${ROUNDS} rounds, ${ROUNDS * 7} of each start-up (medians)`);

  // 1. Start-up, against node itself, in alternating rounds so that the machine's drift hits all alike. The
  // tool has its own cache folder here, filled by one run first (as after any first use). "Edited" rewrites
  // a copy of the tender before each run, as a pokja editing it would: nothing about it is cached.
  const startCache = { KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(work, 'cache-start-')) };
  const editedTender = path.join(work, 'tender-edited.yaml');
  const tenderText = readFileSync(TENDER);
  await run(process.execPath, [BIN, 'lint', TENDER], startCache);
  const starts = { node0: [] as Run[], version: [] as Run[], lint: [] as Run[], lintEdited: [] as Run[], lintNoCache: [] as Run[] };
  for (let i = 0; i < ROUNDS * 7; i++) {
    starts.node0.push(await run(process.execPath, ['-e', '0']));
    starts.version.push(await run(process.execPath, [BIN, '--version'], startCache));
    starts.lint.push(await run(process.execPath, [BIN, 'lint', TENDER], startCache));
    writeFileSync(editedTender, tenderText);
    starts.lintEdited.push(await run(process.execPath, [BIN, 'lint', editedTender], startCache));
    starts.lintNoCache.push(await run(process.execPath, [BIN, 'lint', '--no-cache', TENDER], startCache));
  }
  const ms = (runs: Run[]) => median(runs.map((r) => r.seconds)) * 1000;
  const node0 = ms(starts.node0);
  const vs = (runs: Run[]) => `${fmt(ms(runs), 0)} ms (${fmt(ms(runs) / node0)}x)`;
  out(`start: node -e 0 ${fmt(node0, 0)} ms · kualifikasi --version ${vs(starts.version)} · lint on a tender ${vs(starts.lint)}`);
  out(`start, less cached: lint on a tender edited just before ${vs(starts.lintEdited)} · lint --no-cache (nothing cached, as on a first run) ${vs(starts.lintNoCache)}`);

  // 2. Cold and warm check of the batch.
  const bids = path.join(work, 'bids');
  const files = await makeBids(bids, BIDDERS, DOCS);
  const freshCache = () => ({ KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(work, 'cache-')) });
  const check = (extra: string[], env: NodeJS.ProcessEnv) => run(process.execPath, [BIN, 'check', TENDER, bids, '--format', 'json', ...extra], env);
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
  out(`cold check, ${cores} workers: ${fmt(cold.seconds)} s · ${fmt(n / cold.seconds, 1)} documents/s · ${fmt((cold.seconds * 1000) / n, 1)} ms/document wall · peak RSS (CLI + workers) ${fmt(cold.treeRssMb, 0)} MB`);
  out(`cold check, 1 worker: ${fmt(cold1.seconds)} s · parallel efficiency on ${cores} cores ${fmt((cold1.seconds / cold.seconds / cores) * 100, 0)} % (speed-up ${fmt(cold1.seconds / cold.seconds)}x)`);
  out(`warm re-check (cache hit, as-of changed): ${fmt(warm.seconds)} s = ${fmt((warm.seconds / cold.seconds) * 100, 1)} % of cold`);
  out(`warm re-check after a document-type rule edit (text cached, recognition rerun): ${fmt(warmDocRule.seconds)} s = ${fmt((warmDocRule.seconds / cold.seconds) * 100, 1)} % of cold`);
  if (hasPdftotext()) {
    const ref = await medianOf(ROUNDS, () => pdftotextAll(files));
    out(`reference: pdftotext once per file, sequentially: ${fmt(ref.seconds)} s · cold check / pdftotext = ${fmt(cold.seconds / ref.seconds)}x`);
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
    out(`scaling: ${bidders} bidders x ${DOCS}: ${fmt(r.seconds)} s, ${fmt((r.seconds * 1000) / fs.length, 1)} ms/document, peak RSS ${fmt(r.treeRssMb, 0)} MB`);
  }
  out(`scaling: per-document cost at ${SCALE_LARGE} bidders / at ${SCALE_SMALL} = ${fmt((perDoc[1] as number) / (perDoc[0] as number))}x`);

  writeFileSync(path.join(work, 'bench.txt'), `${lines.join('\n')}\n`);
  if (args.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
