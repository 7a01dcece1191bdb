// One atomic-write helper (src/fs/atomic.ts) for reports and cache entries: whole or not at all.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'kualifikasi-atomic-'));

describe('writeFileAtomic', () => {
  it('replaces a file with the new content and leaves no temporary file', async () => {
    const d = dir();
    const file = path.join(d, 'laporan.txt');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['laporan.txt']);
  });

  it('two writes of one file at once both land whole, one after the other', async () => {
    const d = dir();
    const file = path.join(d, 'entry.json');
    const [a, b] = ['a'.repeat(100_000), 'b'.repeat(100_000)];
    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);
    expect([a, b]).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(d)).toEqual(['entry.json']);
  });

  it('throws the file system error when the folder is missing, and leaves nothing behind', async () => {
    const d = dir();
    await expect(writeFileAtomic(path.join(d, 'no-such-folder', 'x.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(d)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('keeps the old file when the folder is read-only', async () => {
    const d = dir();
    const file = path.join(d, 'laporan.txt');
    writeFileSync(file, 'old');
    chmodSync(d, 0o500);
    try {
      await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EACCES' });
      expect(readFileSync(file, 'utf8')).toBe('old');
    } finally {
      chmodSync(d, 0o700);
    }
  });
});
