// Child process that extracts PDF text for the pool: one document at a time, answers over IPC. Running
// pdf.js here means a file that loops or allocates without bound can be killed without losing the run.
import { extractPdf, preloadPdfParse } from '../documents/extract.js';

// A worker exists to read PDFs: load pdf.js now, while the first job is still on its way.
preloadPdfParse().catch(() => undefined); // a failure shows on the first job, as before

interface Job {
  id: number;
  bytes: Uint8Array;
}

process.on('message', (job: Job) => {
  extractPdf(job.bytes).then(
    (result) => process.send?.({ id: job.id, result }),
    (e: unknown) => process.send?.({ id: job.id, result: { ok: false, problem: { code: 'unparseable', detail: String((e as Error)?.message ?? e) }, pages: 0 } }),
  );
});
