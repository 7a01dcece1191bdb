// Bundles the CLI, its launcher and the extractor worker into one file each (run after tsc by `npm run build`).
// Node resolves and compiles one file instead of ~150 modules, which is most of a command's start-up.
// pdf-parse and tesseract.js stay outside: only the workers load them, and only when a PDF is not in the cache
// (tesseract.js also starts its own worker thread from its package folder).
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
  target: 'node20',
  external: ['pdf-parse', 'tesseract.js'],
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __KUALIFIKASI_BUILD__: JSON.stringify(await buildId()) },
};

// The CLI and its launcher are CommonJS: Node starts it faster than an ES module graph, and a CommonJS file
// can be compiled with V8's code cache on Node 20 (src/cli/launch.ts). Commands' modules stay lazy: esbuild
// runs a module's body only when its command imports it. The bundle sits at tsc's depth, so paths resolved
// from import.meta.url (rules/, package.json, the worker) still hold.
// commander requires node:child_process at load, for executable sub-commands, which kualifikasi has none of.
// Loading it (and net, dgram and the streams it pulls in) is ~3 ms of every start: it is loaded when first used.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// chalk probes the terminal at load (supports-color: tty, os, the environment) for its default instance. We
// never use that instance: io.ts decides on colour and gives every Chalk its level. The probe is left out.
const noColorProbe = {
  name: 'no-color-probe',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

const commonjs = {
  ...common,
  plugins: [lazyChildProcess, noColorProbe],
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { ...common.define, 'import.meta.url': '__kualifikasiUrl' },
  banner: { js: "'use strict'; const __kualifikasiUrl = require('node:url').pathToFileURL(__filename).href;" },
};
for (const f of await readdir('dist/cli')) if (f.startsWith('chunk-') || f.startsWith('bundle.js')) await rm(`dist/cli/${f}`);
await build({ ...commonjs, entryPoints: { bundle: 'src/cli/main.ts', launch: 'src/cli/launch.ts' }, outdir: 'dist/cli' });
// Replaces tsc's output of the worker entry, which only the pool starts (cli/pool.ts). It loads pdf-parse's
// ES module build, as before.
await build({
  ...common,
  format: 'esm',
  // CommonJS dependencies call require(); give the ES module one.
  banner: { js: "import { createRequire as __kualifikasiRequire } from 'node:module'; const require = __kualifikasiRequire(import.meta.url);" },
  entryPoints: { 'extract-worker': 'src/cli/extract-worker.ts' },
  outdir: 'dist/cli',
  allowOverwrite: true,
});
