// Bundles the CLI and the extractor worker into one file each (run after tsc by `npm run build`).
// Node resolves and compiles one file instead of ~150 modules, which is most of a command's start-up.
// pdf-parse stays outside: only the workers load it, and only when a PDF is not in the cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';

/** The build's identity (src/build-id.ts): a hash of every source file and of the locked dependencies. */
async function buildId() {
  const hash = createHash('sha256');
  const sources = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of [...sources.map((f) => `src/${f}`), 'package-lock.json']) hash.update(f).update('\0').update(await readFile(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdf-parse'],
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __KUALIFIKASI_BUILD__: JSON.stringify(await buildId()) },
  // CommonJS dependencies (commander) call require(); give the ES module one.
  banner: { js: "import { createRequire as __kualifikasiRequire } from 'node:module'; const require = __kualifikasiRequire(import.meta.url);" },
};

// Commands import their modules when they run; splitting puts each in its own chunk beside the entry, at
// the same depth as tsc's output, so paths resolved from import.meta.url (rules/, package.json) still hold.
for (const f of await readdir('dist/cli')) if (f.startsWith('chunk-')) await rm(`dist/cli/${f}`);
await build({ ...common, entryPoints: { bundle: 'src/cli/main.ts' }, outdir: 'dist/cli', splitting: true, chunkNames: 'chunk-[hash]' });
// Replaces tsc's output of the worker entry, which only the pool starts (cli/pool.ts).
await build({ ...common, entryPoints: { 'extract-worker': 'src/cli/extract-worker.ts' }, outdir: 'dist/cli', allowOverwrite: true });
