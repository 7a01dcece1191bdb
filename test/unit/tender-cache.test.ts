// Tenders already read (tender/cache.ts): taken from the cache only while the file, the rules and the build
// are the same; an edit is never hidden, not even one that keeps the size and the modification time.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultRulesDir, loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { loadTender } from '../../src/tender/load.js';

const TENDER = path.resolve('fixtures/tenders/2019-10-barang-komputer.yaml');
const SOME_TIME = 1_700_000_000; // whole seconds, so that utimes restores it exactly
const temps: string[] = [];
let ruleset: Ruleset;

beforeAll(async () => {
  ruleset = await loadRuleset(defaultRulesDir());
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setUp(): Promise<{ cache: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kualifikasi-tender-'));
  temps.push(dir);
  const file = path.join(dir, 'tender.yaml');
  await copyFile(TENDER, file);
  await utimes(file, SOME_TIME, SOME_TIME);
  return { cache: path.join(dir, 'cache'), file };
}

const entries = async (cache: string) => (await readdir(path.join(cache, 'tenders'), { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.json'));
const later = () => vi.setSystemTime(Date.now() + 10_000);

describe('tenders already read', () => {
  it('gives back the same tender, hash included, without a cache or from it', async () => {
    const { cache, file } = await setUp();
    const fresh = await loadTender(file, ruleset);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
    const first = await loadTender(file, ruleset, { cacheDir: cache });
    expect(await entries(cache)).toHaveLength(1);
    const cached = await loadTender(file, ruleset, { cacheDir: cache });
    for (const t of [first, cached]) {
      expect(t.file).toBe(fresh.file);
      expect(t.sha256).toBe(fresh.sha256);
      expect(t.meta).toEqual(fresh.meta);
      expect(t.requirements).toEqual(fresh.requirements);
    }
  });

  it('keeps nothing for a file changed within the last two seconds', async () => {
    const { cache, file } = await setUp(); // its change time is now
    await loadTender(file, ruleset, { cacheDir: cache });
    expect(await entries(cache)).toEqual([]);
  });

  it('never hides an edit, even one that keeps the size and the modification time', async () => {
    const { cache, file } = await setUp();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
    await loadTender(file, ruleset, { cacheDir: cache });
    expect(await entries(cache)).toHaveLength(1);
    const text = await readFile(file, 'utf8');
    const broken = text.replace(/procurement_type: barang\b/, 'procurement_type: xxxxxx');
    expect(broken).not.toBe(text);
    expect(broken.length).toBe(text.length);
    await writeFile(file, broken);
    await utimes(file, SOME_TIME, SOME_TIME);
    later();
    await expect(loadTender(file, ruleset, { cacheDir: cache })).rejects.toMatchObject({ code: 'TENDER_INVALID' });
  });

  it('reads the tender again under other rules', async () => {
    const { cache, file } = await setUp();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
    await loadTender(file, ruleset, { cacheDir: cache });
    const [entry] = await entries(cache);
    const stored = path.join(cache, 'tenders', entry as string);
    // Mark the cached entry: what comes from it would carry the mark.
    const marked = JSON.parse(await readFile(stored, 'utf8')) as { meta: { name: string } };
    marked.meta.name = 'FROM THE CACHE';
    await writeFile(stored, JSON.stringify(marked));
    expect((await loadTender(file, ruleset, { cacheDir: cache })).meta.name).toBe('FROM THE CACHE');
    const otherRules = { ...ruleset, sha256: '0'.repeat(64) };
    expect((await loadTender(file, otherRules, { cacheDir: cache })).meta.name).not.toBe('FROM THE CACHE');
  });

  it("keeps this build's entries and those of the two most recent other builds, no more", async () => {
    const { cache, file } = await setUp();
    for (const [i, name] of ['v1-oldest', 'v1-older', 'v1-old', 'v1-recent'].entries()) {
      await mkdir(path.join(cache, 'tenders', name), { recursive: true });
      await utimes(path.join(cache, 'tenders', name), SOME_TIME + i, SOME_TIME + i);
    }
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
    await loadTender(file, ruleset, { cacheDir: cache });
    const kept = await readdir(path.join(cache, 'tenders'));
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining(['v1-old', 'v1-recent']));
  });

  it('a damaged entry costs only speed', async () => {
    const { cache, file } = await setUp();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
    const first = await loadTender(file, ruleset, { cacheDir: cache });
    const [entry] = await entries(cache);
    await writeFile(path.join(cache, 'tenders', entry as string), '{"format":1,"files":');
    const again = await loadTender(file, ruleset, { cacheDir: cache });
    expect(again.requirements).toEqual(first.requirements);
  });
});
