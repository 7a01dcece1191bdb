// Child process that reads PDFs for the pool: one job at a time (a document's text, or one page image's OCR),
// answers over IPC. Running pdf.js and tesseract here means a file that loops or allocates without bound
// can be killed without losing the run.
import { extractPdf, preloadPdfParse } from '../documents/extract.js';
import { prepareEngine, recognisePage } from '../documents/ocr.js';
import type { Job } from './pool.js';

// A worker exists to read PDFs: load pdf.js now, while the first job is still on its way.
preloadPdfParse().catch(() => undefined); // a failure shows on the first job, as before

process.on('message', (job: Job) => {
  const work = job.kind === 'ocr' ? recognisePage(job.image) : extractPdf(job.bytes, { pageImages: job.ocr });
  // Pages to OCR are coming: start the engine now, while the images travel.
  if (job.kind === 'extract')
    work.then(
      (r) => 'images' in r && r.images && r.images.length > 0 && prepareEngine(),
      () => undefined,
    );
  work.then(
    (result) => process.send?.({ id: job.id, result }),
    (e: unknown) => {
      const detail = String((e as Error)?.message ?? e);
      const result =
        job.kind === 'ocr'
          ? { ok: false, problem: { code: 'ocr_failed', detail } }
          : { ok: false, problem: { code: 'unparseable', detail }, pages: 0 };
      process.send?.({ id: job.id, result });
    },
  );
});
