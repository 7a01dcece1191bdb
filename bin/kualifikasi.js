#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
// `--version` is answered here, before the CLI and its libraries load, so scripts that probe it stay fast.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // Node 22.1 and later keep V8's compiled code between runs (in the temp dir; NODE_DISABLE_COMPILE_CACHE
  // turns it off), so the bundle is not compiled again at every start. Node 20 has no such cache.
  module.enableCompileCache?.();
  const { main } = await import('../dist/cli/bundle.js');
  process.exitCode = await main(process.argv);
}
