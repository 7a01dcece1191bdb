// The bounds on reading one document, whatever reads it: wall-clock time and resident memory. A file past
// either is stopped and reported with its problem (timeout, too_large); the run goes on.
import { readFileSync } from 'node:fs';

export interface ExtractLimits {
  /** Per document, wall clock. */
  timeoutMs: number;
  /** Per extracting process, resident set size; checked every 100 ms where the OS reports it (Linux /proc). */
  maxRssMb: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  timeoutMs: Number(process.env.KUALIFIKASI_EXTRACT_TIMEOUT_MS) || 60_000,
  maxRssMb: Number(process.env.KUALIFIKASI_EXTRACT_MAX_RSS_MB) || 1024,
};

const PAGE_SIZE_KB = 4;

/** A process's resident memory in MB (Linux), or null where it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * PAGE_SIZE_KB) / 1024;
  } catch {
    return null;
  }
}
