// PDF bytes to page texts with poppler's `pdftotext`: an optional engine (`--extractor poppler`), about twice
// as fast as pdf.js on long deeds. `-layout` keeps a label and its value on one line, as pdf.js's reading
// order does; on the accuracy corpus the recognition is the same as with pdf.js, document for document
// (`npm run accuracy -- --poppler`, BENCHMARKS.md). Each document is one pdftotext process, fed on stdin,
// bounded in time, memory and output. Every failure becomes a DocumentProblem, as with pdf.js.
import { spawn, spawnSync } from 'node:child_process';
import { fromPageTexts, precheck, type Extraction } from './extract.js';
import { DEFAULT_LIMITS, rssMb, type ExtractLimits } from './limits.js';

/** More text than this from one file is not a qualification document (and is not held in memory). */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

let installed: string | null | undefined;

/** The installed pdftotext's version ("22.02.0"), or null when there is none. */
export function popplerVersion(): string | null {
  if (installed !== undefined) return installed;
  const r = spawnSync('pdftotext', ['-v'], { encoding: 'utf8', timeout: 10_000 });
  installed = r.error || r.status !== 0 ? null : (/pdftotext version ([\w.-]+)/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? 'unknown');
  return installed;
}

export function extractWithPoppler(bytes: Uint8Array, limits: ExtractLimits = DEFAULT_LIMITS): Promise<Extraction> {
  const refused = precheck(bytes);
  if (refused) return Promise.resolve(refused);
  return new Promise((resolve) => {
    const child = spawn('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let settled = false;
    const finish = (e: Extraction) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      resolve(e);
    };
    const stop = (e: Extraction) => {
      child.kill('SIGKILL');
      finish(e);
    };
    const timer = setTimeout(() => stop({ ok: false, problem: { code: 'timeout', detail: `${limits.timeoutMs / 1000} s` }, pages: 0 }), limits.timeoutMs);
    const watchdog =
      process.platform === 'linux'
        ? setInterval(() => {
            const mb = child.pid === undefined ? null : rssMb(child.pid);
            if (mb !== null && mb > limits.maxRssMb) stop({ ok: false, problem: { code: 'too_large', detail: `> ${limits.maxRssMb} MB` }, pages: 0 });
          }, 100)
        : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > MAX_TEXT_BYTES) stop({ ok: false, problem: { code: 'too_large', detail: `> ${MAX_TEXT_BYTES / 1024 / 1024} MB of text` }, pages: 0 });
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4096) err += chunk.toString('utf8');
    });
    child.on('error', (e) => finish({ ok: false, problem: { code: 'unparseable', detail: `pdftotext: ${e.message}` }, pages: 0 }));
    child.on('close', (code) => {
      if (code !== 0) {
        // Poppler's own words; it says "Incorrect password" for an encrypted file.
        const detail = err.split('\n').find((l) => /error/i.test(l))?.trim() || `pdftotext exit ${code}`;
        finish({ ok: false, problem: { code: /password/i.test(err) ? 'encrypted' : 'unparseable', detail }, pages: 0 });
        return;
      }
      // Every page ends with a form feed.
      const pages = Buffer.concat(out).toString('utf8').split('\f');
      if (pages[pages.length - 1] === '') pages.pop();
      finish(fromPageTexts(pages, pages.length));
    });
    child.stdin.on('error', () => undefined); // pdftotext may stop reading a file it gave up on
    child.stdin.end(bytes);
  });
}
