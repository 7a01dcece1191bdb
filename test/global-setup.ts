// One document cache for every test file: the fixture PDFs are read once per suite, not once per file.
// Tests about the cache itself give their own KUALIFIKASI_CACHE_DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-test-cache-'));
  process.env.KUALIFIKASI_TEST_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
