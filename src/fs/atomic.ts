// The one way a file is written whole or not at all: into a new temporary file beside it, then renamed over
// it, so a reader (another run, a pokja opening the report) sees the old file or the new one, never half.
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Unique per process and write: two writes of one file (the same PDF in two bundles) never share a name. */
let writes = 0;

/** Throws the file system's error (the temporary file removed); callers decide whether that matters. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  writes += 1;
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${writes}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
