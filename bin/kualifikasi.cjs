#!/usr/bin/env node
'use strict';
// Starts the CLI bundled into dist/ (scripts/bundle.mjs, run by `npm run build` and so by `npm install`).
// `--version` is answered here, from package.json, so that scripts probing it do not load the CLI.
const path = require('node:path');
const { existsSync } = require('node:fs');
const { pathToFileURL } = require('node:url');

const args = process.argv.slice(2);
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'bundle.js');
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (!existsSync(bundle)) {
  process.stderr.write(
    'kualifikasi belum dibangun: jalankan `npm install` (atau `npm run build`) di folder proyek. / kualifikasi is not built: run `npm install` (or `npm run build`) in the project folder.\n',
  );
  process.exitCode = 2; // the exit-code contract (README) has 2 for every error the user can fix
} else {
  import(pathToFileURL(bundle).href)
    .then(({ main }) => main(process.argv))
    .then((code) => {
      process.exitCode = code;
    });
}
