// A pool of extractor child processes, one per core by default. Each document gets a time limit and a
// resident-memory limit: a file past either is killed with its worker, reported with its problem, and the
// worker replaced, so one pathological PDF cannot stall or sink a batch. Results do not depend on the
// number of workers: each job's answer is returned to its own caller. A job is a document to extract or a
// page image to OCR: a scanned document's pages spread over the workers.
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DocumentProblem, Extraction } from '../documents/extract.js';
import { OCR_PAGE_TIMEOUT_MS, type OcrResult } from '../documents/ocr.js';

export interface PoolLimits {
  /** Per document, wall clock. */
  timeoutMs: number;
  /** Per OCR'd page, wall clock; the worker stops the page itself, this is the backstop. */
  ocrTimeoutMs: number;
  /** Per worker resident set size; checked every 100 ms where the OS reports it (Linux /proc). */
  maxRssMb: number;
}

export const DEFAULT_LIMITS: PoolLimits = {
  timeoutMs: Number(process.env.KUALIFIKASI_EXTRACT_TIMEOUT_MS) || 60_000,
  maxRssMb: Number(process.env.KUALIFIKASI_EXTRACT_MAX_RSS_MB) || 1024,
  // Room for the worker to stop the page itself and for the OCR engine's start.
  ocrTimeoutMs: OCR_PAGE_TIMEOUT_MS + 15_000,
};

/** What a worker is sent (cli/extract-worker.ts). */
export type Job = { id: number; kind: 'extract'; bytes: Uint8Array; ocr: boolean } | { id: number; kind: 'ocr'; image: Uint8Array };
type JobResult = Extraction | OcrResult;

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
  /** The result when the job's worker is killed or dies. */
  failed: (problem: DocumentProblem) => JobResult;
}

interface Worker {
  child: ChildProcess;
  job: Pending | null;
  timer?: NodeJS.Timeout;
  watchdog?: NodeJS.Timeout;
}

const WORKER = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
const PAGE_SIZE_KB = 4;

export class ExtractorPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number = availableParallelism(),
    private readonly limits: PoolLimits = DEFAULT_LIMITS,
  ) {}

  /** A document's page texts; with `ocr`, also the images of its pages without a text layer. */
  extract(bytes: Uint8Array, ocr = false): Promise<Extraction> {
    return this.submit({ id: this.nextId++, kind: 'extract', bytes, ocr }, (problem) => ({
      ok: false,
      problem,
      pages: 0,
    })) as Promise<Extraction>;
  }

  /** The text of one page image. */
  ocr(image: Uint8Array): Promise<OcrResult> {
    return this.submit({ id: this.nextId++, kind: 'ocr', image }, (problem) => ({ ok: false, problem })) as Promise<OcrResult>;
  }

  private submit(job: Job, failed: Pending['failed']): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve, failed });
      this.dispatch();
    });
  }

  /** Starts up to `documents` workers (at most the pool's size) before any job, so pdf.js loads meanwhile. */
  warm(documents: number): void {
    while (!this.closed && this.workers.length < Math.min(Math.max(1, this.size), documents)) this.spawn();
  }

  /** Stops every worker; pending jobs are not expected (callers await their results first). */
  close(): void {
    this.closed = true;
    for (const w of this.workers) this.stop(w);
    this.workers.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let w = this.workers.find((x) => x.job === null);
      if (!w && this.workers.length < Math.max(1, this.size)) w = this.spawn();
      if (!w) return;
      const job = this.queue.shift() as Pending;
      this.run(w, job);
    }
  }

  private spawn(): Worker {
    const child = fork(WORKER, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      // The V8 heap is bounded here; ArrayBuffers (where pdf.js inflates streams) are not: the watchdog is.
      // --single-threaded: one extractor is one core. With V8's garbage-collector and compiler threads a
      // process running pdf.js uses ~1.3 cores, so one worker per core oversubscribed the machine; without
      // them the pool read a 400-document batch ~8 % faster on 2 cores (BENCHMARKS.md).
      execArgv: [`--max-old-space-size=${Math.max(128, Math.floor(this.limits.maxRssMb * 0.75))}`, '--single-threaded'],
      // The OCR engine runs in a thread of its own (tesseract.js), beside pdf.js on the main thread, and glibc gives
      // each thread its own malloc arena, whose freed pages stay resident: two arenas cut an OCR worker's resident
      // set from ~260 to ~220 MB (BENCHMARKS.md). Read by glibc at start; other C libraries ignore it.
      env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
    });
    const w: Worker = { child, job: null };
    child.on('message', (m: { id: number; result: JobResult }) => {
      if (w.job && w.job.job.id === m.id) this.finish(w, m.result);
    });
    child.on('exit', (code, signal) => {
      const job = w.job;
      this.remove(w);
      if (job)
        job.resolve(
          job.failed({
            code: job.job.kind === 'ocr' ? 'ocr_failed' : 'unparseable',
            detail: `extractor stopped (${signal ?? `exit ${code}`})`,
          }),
        );
      if (!this.closed) this.dispatch();
    });
    child.on('error', () => undefined);
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    this.workers.push(w);
    return w;
  }

  private run(w: Worker, job: Pending): void {
    w.job = job;
    (w.child.channel as { ref?: () => void } | undefined)?.ref?.();
    const timeoutMs = job.job.kind === 'ocr' ? this.limits.ocrTimeoutMs : this.limits.timeoutMs;
    w.timer = setTimeout(() => this.kill(w, job.failed({ code: 'timeout', detail: `${timeoutMs / 1000} s` })), timeoutMs);
    const pid = w.child.pid;
    if (pid !== undefined && process.platform === 'linux') {
      w.watchdog = setInterval(() => {
        const mb = rssMb(pid);
        if (mb !== null && mb > this.limits.maxRssMb) {
          this.kill(w, job.failed({ code: 'too_large', detail: `> ${this.limits.maxRssMb} MB` }));
        }
      }, 100);
    }
    w.child.send(job.job);
  }

  private finish(w: Worker, result: JobResult): void {
    const job = w.job as Pending;
    this.clearTimers(w);
    w.job = null;
    (w.child.channel as { unref?: () => void } | undefined)?.unref?.();
    job.resolve(result);
    this.dispatch();
  }

  /** Ends a job with `result` and replaces its worker (the only way to stop pdf.js mid-document). */
  private kill(w: Worker, result: JobResult): void {
    const job = w.job;
    w.job = null;
    this.stop(w);
    this.remove(w);
    job?.resolve(result);
    this.dispatch();
  }

  private stop(w: Worker): void {
    this.clearTimers(w);
    w.child.removeAllListeners('exit');
    w.child.kill('SIGKILL');
  }

  private clearTimers(w: Worker): void {
    clearTimeout(w.timer);
    clearInterval(w.watchdog);
  }

  private remove(w: Worker): void {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
  }
}

function rssMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * PAGE_SIZE_KB) / 1024;
  } catch {
    return null;
  }
}
