#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/ (by `npm install`, through the prepare script) and started by
// dist/cli/launch.cjs with its compiled code cached. `--version` is answered here, before anything loads, so
// scripts that probe it stay fast. CommonJS, because Node starts a CommonJS entry faster than an ES module.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  let launch;
  try {
    ({ launch } = require('../dist/cli/launch.cjs'));
  } catch (e) {
    if (e && e.code !== 'MODULE_NOT_FOUND') throw e;
    process.stderr.write('kualifikasi belum dibangun: jalankan `npm install` (atau `npm run build`) di folder proyek. / kualifikasi is not built: run `npm install` (or `npm run build`) in the project folder.\n');
    process.exit(2); // the exit-code contract (README) has 2 for every error the user can fix
  }
  launch(process.argv).then((code) => {
    process.exitCode = code;
  });
}
