// Bundles the CLI and the extractor worker (run after tsc by `npm run build`): Node resolves a few files
// instead of ~150 modules. ES modules with code splitting: what a command imports lazily (the PDF reader, the
// reports, the rule commands) is a chunk of its own, read only when that command runs. pdf-parse and
// tesseract.js stay outside: only the workers load them (tesseract.js starts its own worker thread from its
// package folder). Output sits at tsc's depth, so paths resolved from import.meta.url (rules/, package.json,
// the worker) still hold.

import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

/** The build's identity (src/build-id.ts): a hash of every source file and of the locked dependencies. */
async function buildId() {
  const hash = createHash('sha256');
  const sources = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of [...sources.map((f) => `src/${f}`), 'package-lock.json'])
    hash
      .update(f)
      .update('\0')
      .update(await readFile(f))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

// Outputs of earlier builds (chunks are named by their hash; older layouts had a CommonJS bundle and launcher).
for (const f of await readdir('dist/cli')) if (/^(chunk-|bundle\.|launch\.)/.test(f)) await rm(`dist/cli/${f}`);
// The worker entry replaces tsc's output of it, which only the pool starts (cli/pool.ts).
await build({
  entryPoints: { bundle: 'src/cli/main.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
  outdir: 'dist/cli',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdf-parse', 'tesseract.js'],
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __KUALIFIKASI_BUILD__: JSON.stringify(await buildId()) },
  // CommonJS dependencies (commander) call require(); give the ES modules one.
  banner: {
    js: "import { createRequire as __kualifikasiRequire } from 'node:module'; const require = __kualifikasiRequire(import.meta.url);",
  },
});
