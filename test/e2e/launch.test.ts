// The launcher (bin/kualifikasi.cjs → dist/cli/launch.cjs): the bundle's compiled code is kept in the cache
// folder, and a missing, damaged or unwritable code cache changes nothing but speed.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const TENDER = fixture('tenders', '2019-10-barang-komputer.yaml');
// Node 22.1+ keeps the code itself (module.enableCompileCache), in its own layout under the same folder.
const OWN_CODE_CACHE = typeof (await import('node:module')).default.enableCompileCache !== 'function';
const codeFiles = (cache: string) => readdirSync(path.join(cache, 'code'), { recursive: true }).map(String);

describe('compiled code cache', () => {
  it('is written once into the cache folder, and a second start gives the same output from it', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const first = await runCli(['lint', TENDER, '--format', 'json'], { env });
    expect(first.stderr).toBe('');
    expect(codeFiles(cache).length).toBeGreaterThan(0);
    if (OWN_CODE_CACHE) {
      expect(codeFiles(cache)).toHaveLength(1);
      expect(codeFiles(cache)[0]).toMatch(new RegExp(`-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8$`));
    }
    const second = await runCli(['lint', TENDER, '--format', 'json'], { env });
    expect(second).toEqual(first);
  });

  it('a damaged code cache is replaced and costs nothing else', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const first = await runCli(['lint', TENDER], { env });
    expect(first.stdout).toMatch(/Temuan: 1 tidak sesuai ketentuan/);
    if (!OWN_CODE_CACHE) return; // Node's own cache checks itself
    const [name] = codeFiles(cache);
    const file = path.join(cache, 'code', name as string);
    writeFileSync(file, Buffer.from('not V8 code at all'));
    const again = await runCli(['lint', TENDER], { env });
    expect(again).toEqual(first);
    expect(readFileSync(file).length).toBeGreaterThan(1000); // rewritten from the fresh compilation
  });

  it('a cache damaged inside (one byte flipped, length and header intact) is never run, and is replaced', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const first = await runCli(['lint', TENDER, '--format', 'json'], { env });
    if (!OWN_CODE_CACHE) return;
    const file = path.join(cache, 'code', codeFiles(cache)[0] as string);
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const again = await runCli(['lint', TENDER, '--format', 'json'], { env });
    expect(again).toEqual(first);
    expect(readFileSync(file)[middle]).not.toBe(bytes[middle]);
  });

  it('code restored from the cache can still load pdf-parse in the main process (rules test reads PDFs there)', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const cold = await runCli(['rules', 'test', '--format', 'json'], { env });
    const warm = await runCli(['rules', 'test', '--format', 'json'], { env });
    expect(cold.code).toBe(0);
    expect(warm).toEqual(cold);
  });

  it('a cache "folder" that cannot hold anything (it is a file; root may write anywhere else) costs only speed', async () => {
    const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-')), 'a-file');
    writeFileSync(notAFolder, 'the user\'s own file');
    const normal = await runCli(['lint', TENDER, '--format', 'json']);
    const r = await runCli(['lint', TENDER, '--format', 'json'], { env: { KUALIFIKASI_CACHE_DIR: notAFolder } });
    expect(r).toEqual(normal);
    expect(readFileSync(notAFolder, 'utf8')).toBe("the user's own file");
  });

  it('--no-cache neither reads nor writes compiled code', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-code-'));
    await runCli(['inspect', fixture('bundles', 'pt-lengkap'), '--no-cache'], { env: { KUALIFIKASI_CACHE_DIR: cache } });
    expect(readdirSync(cache)).toEqual([]);
  });
});
