// Starts the bundled CLI (dist/cli/bundle.cjs, from scripts/bundle.mjs) with V8's compiled code kept between
// runs, so a command costs Node's own start plus our work, not plus compiling half a megabyte of JavaScript.
// Node 22.1 and later do this themselves (module.enableCompileCache). On Node 20 it is done with the API that
// cache is built on: vm.Script's cachedData, created after the command ran so that it holds every function
// the command compiled. The code lives in the user's own cache directory, never a shared temporary one (a
// planted cache would be code run as the user). V8 rejects a cache made by another V8 or with other flags;
// the name carries the build, the bundle's size and mtime and the Node version, because V8 itself only
// compares the source's length; a CRC-32 guards the bytes. A missing, rejected, damaged or unwritable
// cache costs only speed.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { BUILD_ID } from '../build-id.js';
import { defaultCacheDir } from '../cache-dir.js';

type Main = (argv: readonly string[]) => Promise<number>;
type Zlib = typeof import('node:zlib');

/** zlib is loaded only where the checksum is needed (not on Node 22+, whose own cache checks itself). */
const zlib = (): Partial<Zlib> => createRequire(import.meta.url)('node:zlib') as Zlib;

const KEPT_BUILDS = 3;

/** Where compiled code is kept; `kualifikasi cache` counts it and `cache --clear` removes it. */
export const codeCacheDir = (cacheDir: string = defaultCacheDir()) => path.join(cacheDir, 'code');

export async function launch(argv: readonly string[]): Promise<number> {
  const bundle = fileURLToPath(new URL('./bundle.cjs', import.meta.url));
  // `--no-cache` promises that nothing is read from or written to the cache; Node's own switch is honoured too.
  const cached = !argv.includes('--no-cache') && !process.env.NODE_DISABLE_COMPILE_CACHE;
  const nodeCache = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  // Without a checksum (zlib.crc32 came in Node 20.15), no code is restored: V8 itself does not verify it.
  if (!cached || nodeCache || typeof zlib().crc32 !== 'function') {
    if (cached) nodeCache?.(codeCacheDir());
    return (createRequire(import.meta.url)(bundle) as { main: Main }).main(argv);
  }
  const { main, save } = compileWithCache(bundle, codeCacheDir());
  const code = await main(argv);
  save();
  return code;
}

/**
 * V8 checks that a code cache comes from the same V8 and flags, but not (in release builds) that its bytes
 * are intact, and code restored from damaged bytes could crash the process. So each file starts with the
 * CRC-32 of the rest, and a file that does not match is compiled afresh and replaced.
 */
const crc32 = (data: Buffer): number => (zlib().crc32 as Zlib['crc32'])(data);

function withChecksum(data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc32(data));
  return Buffer.concat([head, data]);
}

function verified(file: Buffer): Buffer | undefined {
  if (file.length < 4) return undefined;
  const data = file.subarray(4);
  return file.readUInt32BE(0) === crc32(data) ? data : undefined;
}

/** A short key for the Node and V8 options of this process, empty without any (FNV-1a: no node:crypto here). */
function flagsKey(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  if (flags === '') return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return `-o${(h >>> 0).toString(36)}`;
}

function compileWithCache(bundle: string, dir: string): { main: Main; save: () => void } {
  const source = readFileSync(bundle, 'utf8');
  const { size, mtimeMs } = statSync(bundle);
  // V8 also rejects code compiled under other flags: runs with other Node options get a file of their own,
  // instead of replacing each other's at every start.
  const suffix = `-${process.version}-${process.arch}${flagsKey()}.v8`;
  const name = `${BUILD_ID}-${size}-${Math.trunc(mtimeMs)}${suffix}`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = verified(readFileSync(path.join(dir, name)));
  } catch {
    cachedData = undefined; // not made yet, or unreadable: compiled from source
  }
  // The wrapper is Node's own for CommonJS, on the bundle's first line (its banner), so stack traces keep their
  // lines. Code restored from a code cache cannot call import() (Node loses its callback), so the bundle is
  // given this module's import() for the one ES module it loads, pdf-parse (documents/extract.ts).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __kualifikasiImport) {${source}\n})`, { filename: bundle, cachedData });
  const exports = {};
  const mod = { exports, filename: bundle };
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...a: unknown[]) => void)(exports, createRequire(bundle), mod, bundle, path.dirname(bundle), importModule);
  const save = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(tmp, withChecksum(script.createCachedData()));
      renameSync(tmp, path.join(dir, name));
      // Only the newest few builds' code is kept for this Node (two installs on one machine do not evict each other).
      const stale = readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .map((f) => ({ f, at: statSync(path.join(dir, f)).mtimeMs }))
        .sort((a, b) => b.at - a.at)
        .slice(KEPT_BUILDS);
      for (const { f } of stale) rmSync(path.join(dir, f), { force: true });
    } catch {
      // a read-only or full disk: the next start compiles again
    }
  };
  return { main: (mod.exports as { main: Main }).main, save };
}
