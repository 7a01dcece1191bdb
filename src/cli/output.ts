// Files written because the user asked (--output, --also, --emit-yaml): atomically (fs/atomic.ts), and a path
// that cannot be written is reported as the user's to fix.
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { TenderRead } from '../tender/read.js';

export async function writeOutput(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, text).catch((e: unknown) => {
    throw new KualifikasiError('OUTPUT_UNWRITABLE', { file, detail: e instanceof Error && 'code' in e ? String(e.code) : String(e) });
  });
}

/** The tender YAML understood, for reuse: it needs the real metadata, which a document may lack. */
export function understoodYaml(read: TenderRead, file: string): string {
  if (read.yaml === undefined)
    throw new KualifikasiError('LDK_META_MISSING', { file, missing: read.missing.map((m) => `--${m}`).join(', ') });
  return read.yaml;
}

/** `--emit-yaml FILE`: the tender YAML understood, never written over the tender itself. */
export async function writeEmitted(target: string, read: TenderRead, tender: string): Promise<void> {
  const yaml = understoodYaml(read, tender);
  if (path.resolve(target) === path.resolve(tender))
    throw new KualifikasiError('OUTPUT_UNWRITABLE', { file: target, detail: 'it is the tender file itself' });
  await writeOutput(target, yaml);
}
