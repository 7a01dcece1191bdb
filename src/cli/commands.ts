// The commands: each declares its arguments and options, then parses, calls one function of the domain and
// hands the result to a renderer of report/formatters/. Heavy modules are imported when the command runs.

import { existsSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { defaultCacheDir } from '../cache-dir.js';
import type { Lang } from '../i18n/labels.js';
import { lintNoticesText } from '../report/formatters/lint-notices-text.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import { defaultRulesDir, loadRuleset } from '../rules/load.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import type { CheckOptions, InspectOptions } from './check.js';
import type { Cli } from './context.js';
import { colorFor } from './io.js';
import type { LintOptions } from './lint.js';
import {
  alsoOutput,
  announcedAsOf,
  asOfOption,
  cacheOption,
  checkDate,
  checkTenderDates,
  colorOption,
  formatOption,
  langOption,
  ocrOption,
  positiveInt,
  rulesOption,
  tenderArgumentText,
  tenderMetaOptions,
  today,
  type Words,
} from './options.js';
import type { SanggahOptions } from './sanggah.js';

export function registerCheck(program: Command, cli: Cli): void {
  const { h } = cli;
  const check = program
    .command('check')
    .description(
      h(
        'memeriksa berkas satu atau beberapa peserta terhadap persyaratan kualifikasi tender',
        "check one or more bidders' bundles against a tender's requirements",
      ),
    )
    .argument('<tender-file>', tenderArgumentText(h))
    .argument(
      '<bundle-dir...>',
      h(
        'satu folder (atau zip) PDF per peserta, atau folder berisi folder peserta',
        'one folder (or zip) of PDFs per bidder, or a folder of bidder folders',
      ),
    );
  addCheckOptions(check, h).action((tenderFile: string, bundleDirs: string[], opts: CheckOptions) =>
    cli.act(opts.lang, async () => {
      checkDate(opts.asOf);
      checkTenderDates(opts);
      const { checkBundles, writeReport } = await import('./check.js');
      return writeReport(await checkBundles(tenderFile, bundleDirs, opts, cli.io, cli.tool), opts, cli.io);
    }),
  );
}

function addCheckOptions(check: Command, h: Words): Command {
  const cached = 'teks PDF dan hasil pengenalan dokumen';
  return tenderMetaOptions(check, h)
    .addOption(formatOption(h, FORMAT_NAMES, h('format laporan', 'report format')))
    .addOption(langOption(h, h('bahasa laporan', 'language of the report')))
    .addOption(announcedAsOf(h))
    .addOption(rulesOption(h))
    .option('--output <file>', h('tulis laporan ke berkas, bukan ke layar', 'write the report to a file instead of standard output'))
    .addOption(colorOption(h, h('tanpa warna', 'no colours in text output')))
    .option(
      '--jobs <n>',
      h('jumlah proses pembaca PDF (bawaan: jumlah inti prosesor)', 'number of PDF reader processes (default: the number of cores)'),
      positiveInt,
    )
    .addOption(cacheOption(h, cached, 'PDF text and recognised documents'))
    .addOption(ocrOption(h))
    .option(
      '--emit-yaml <file>',
      h(
        'tulis juga berkas YAML tender yang dipahami dari dokumen tender (PDF, HTML, teks)',
        'also write the tender YAML understood from the tender document (PDF, HTML, text)',
      ),
    )
    .option(
      '--also <format=file>',
      h(
        'tulis juga laporan dalam format lain ke berkas, mis. --also junit=hasil.xml (boleh berulang)',
        'also write the report in another format to a file, e.g. --also junit=results.xml (repeatable)',
      ),
      alsoOutput,
      [],
    );
}

export function registerInspect(program: Command, cli: Cli): void {
  const { h, io } = cli;
  program
    .command('inspect')
    .description(
      h(
        'menampilkan jenis setiap dokumen, alasannya, dan setiap isian yang terbaca beserta halamannya',
        'show what each document is recognised as, why, and every field read with its page',
      ),
    )
    .argument('<file-or-bundle>', h('sebuah PDF atau folder berkas peserta', 'a PDF or a bundle folder'))
    .addOption(formatOption(h, ['text', 'json']))
    .addOption(langOption(h))
    .addOption(rulesOption(h))
    .addOption(colorOption(h))
    .addOption(cacheOption(h, 'teks PDF dan hasil pengenalan dokumen', 'PDF text and recognised documents'))
    .addOption(ocrOption(h))
    .action((target: string, opts: InspectOptions) =>
      cli.act(opts.lang, async () => {
        const [{ inspectDocuments }, { inspectText }, { inspectJson }] = await Promise.all([
          import('./check.js'),
          import('../report/formatters/inspect-text.js'),
          import('../report/formatters/inspect-json.js'),
        ]);
        const { docs, ruleset } = await inspectDocuments(target, opts);
        io.stdout(opts.format === 'json' ? inspectJson(docs) : inspectText(docs, ruleset, opts.lang, colorFor(opts.color, undefined, io)));
        return 0;
      }),
    );
}

export function registerExplain(program: Command, cli: Cli): void {
  const { h } = cli;
  const explain = program
    .command('explain')
    .description(
      h(
        'menjelaskan dasar hukum suatu jenis persyaratan (atau kesetaraan/pengesampingan/pengecualian) pada suatu tanggal',
        'the legal reasoning for a requirement kind (or an equivalence/waiver/exemption id) on a date',
      ),
    )
    .argument(
      '<kind-or-rule-id>',
      h(
        'misalnya tdp, surat_domisili, nib-sebagai-tdp; atau dokumen tender (YAML, PDF, HTML, teks)',
        'e.g. tdp, surat_domisili, nib-sebagai-tdp; or a tender document (YAML, PDF, HTML, text)',
      ),
    )
    .addOption(asOfOption(h('tanggal acuan hukum (YYYY-MM-DD); bawaan: hari ini', 'date whose law applies (YYYY-MM-DD); default: today')))
    .addOption(langOption(h))
    .addOption(rulesOption(h))
    .addOption(ocrOption(h))
    .option(
      '--emit-yaml <file>',
      h('untuk dokumen tender: tulis juga YAML tender yang dipahami', 'for a tender document: also write the tender YAML understood'),
    );
  tenderMetaOptions(explain, h).action((id: string, opts: ExplainOptions) => cli.act(opts.lang, () => runExplain(id, opts, cli)));
}

type ExplainOptions = LdkMetaOverrides & { asOf?: string; lang: Lang; rules?: string; emitYaml?: string; ocr: boolean };

/** A kind or rule id: its legal reasoning. A tender document: each requirement, its kind and page, and the law of each kind. */
async function runExplain(id: string, opts: ExplainOptions, cli: Cli): Promise<number> {
  checkDate(opts.asOf);
  checkTenderDates(opts);
  const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir());
  const { findKind, hasKind } = await import('../rules/find.js');
  if (!hasKind(ruleset, id) && existsSync(id)) {
    const [{ readLintInput }, { explainTenderText }] = await Promise.all([
      import('./lint.js'),
      import('../report/formatters/explain-tender-text.js'),
    ]);
    const read = await readLintInput(id, { ...opts, emitYaml: opts.emitYaml ?? false }, ruleset);
    cli.io.stderr(lintNoticesText(read.notices, opts.lang));
    cli.io.stdout(explainTenderText(read, ruleset, opts.asOf, opts.lang));
    return 0;
  }
  const { explainText } = await import('../report/formatters/explain-text.js');
  cli.io.stdout(explainText(ruleset, findKind(ruleset, id), opts.asOf ?? today(), opts.lang));
  return 0;
}

type LintCommandOptions = LintOptions & { rules?: string; color: boolean; cache: boolean };

export function registerLint(program: Command, cli: Cli): void {
  const { h } = cli;
  const lint = program
    .command('lint')
    .description(
      h(
        'memeriksa persyaratan tender itu sendiri (YAML, Dokumen Pemilihan PDF, halaman SPSE, atau teks LDK)',
        "check the tender's own requirements (YAML, Dokumen Pemilihan PDF, saved SPSE page, or LDK text)",
      ),
    )
    .argument('<tender-file>', tenderArgumentText(h))
    .addOption(formatOption(h, ['text', 'json']))
    .addOption(langOption(h))
    .addOption(announcedAsOf(h))
    .option(
      '--emit-yaml [file]',
      h(
        'cetak (atau tulis ke berkas) YAML tender yang dipahami dari dokumen tender',
        'print (or write to a file) the tender YAML understood from the tender document',
      ),
      false,
    )
    .addOption(ocrOption(h));
  tenderMetaOptions(lint, h)
    .addOption(rulesOption(h))
    .addOption(colorOption(h))
    .addOption(cacheOption(h, 'lint memang tidak memakai cache; diterima demi skrip lama', 'lint uses none; accepted for existing scripts'))
    .action((file: string, opts: LintCommandOptions) => cli.act(opts.lang, () => runLint(file, opts, cli)));
}

async function runLint(file: string, opts: LintCommandOptions, cli: Cli): Promise<number> {
  checkDate(opts.asOf);
  checkTenderDates(opts);
  const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir());
  const lint = await import('./lint.js');
  const input = await lint.readLintInput(file, opts, ruleset);
  cli.io.stderr(lintNoticesText(input.notices, opts.lang));
  if (opts.emitYaml === true) {
    cli.io.stdout(input.yaml ?? '');
    return 0;
  }
  const report = lint.lintInput(input, ruleset, opts.asOf);
  const { lintText, lintAnnouncementNote } = await import('../report/formatters/lint-text.js');
  const color = colorFor(opts.color, undefined, cli.io);
  if (opts.format === 'json')
    cli.io.stdout(
      (await import('../report/formatters/lint-json.js')).lintJson(report, opts.lang, {
        file: input.tender.file,
        sha256: input.tender.sha256,
      }),
    );
  else
    cli.io.stdout(
      (input.unknown.announced && !opts.asOf ? lintAnnouncementNote(report.asOf, opts.lang, color) : '') +
        lintText(report, opts.lang, color),
    );
  return lint.lintExitCode(report);
}

export function registerCache(program: Command, cli: Cli): void {
  const { h } = cli;
  program
    .command('cache')
    .description(
      h(
        'menampilkan letak dan ukuran cache (teks PDF dan hasil pengenalan dokumen), atau menghapusnya',
        'show where the cache is and how large (PDF text and recognised documents), or clear it',
      ),
    )
    .option(
      '--clear',
      h('hapus cache; yang hilang hanya kecepatan pemeriksaan berikutnya', "clear the cache; only the next check's speed is lost"),
      false,
    )
    .addOption(formatOption(h, ['text', 'json']))
    .addOption(langOption(h))
    .action((opts: { clear: boolean; format: 'text' | 'json'; lang: Lang }) =>
      cli.act(opts.lang, async () => {
        const [{ cacheUsage, clearCache }, { cacheText }, { cacheJson }] = await Promise.all([
          import('../documents/cache.js'),
          import('../report/formatters/cache-text.js'),
          import('../report/formatters/cache-json.js'),
        ]);
        if (opts.clear) await clearCache(defaultCacheDir());
        const usage = await cacheUsage(defaultCacheDir());
        cli.io.stdout(opts.format === 'json' ? cacheJson(usage, opts.clear) : cacheText(usage, opts.clear, opts.lang));
        return 0;
      }),
    );
}

export function registerSchema(program: Command, cli: Cli): void {
  const { h } = cli;
  program
    .command('schema')
    .description(
      h(
        'mencetak JSON Schema berkas tender, bundle.yaml, berkas aturan (untuk editor), atau laporan JSON',
        'print the JSON Schema of a tender file, a bundle.yaml, the rule files (for editors), or the JSON report',
      ),
    )
    .addArgument(new Argument('<what>', h('skema yang diminta', 'which schema')).choices(['tender', 'bundle', 'rules', 'report']))
    .action((what: 'tender' | 'bundle' | 'rules' | 'report') =>
      cli.act('id', async () => {
        const [{ jsonSchemaOf }, { schemaJson }] = await Promise.all([
          import('../report/json-schema.js'),
          import('../report/formatters/schema-json.js'),
        ]);
        cli.io.stdout(schemaJson(jsonSchemaOf(what)));
        return 0;
      }),
    );
}

export function registerSanggah(program: Command, cli: Cli): void {
  const { h } = cli;
  const sanggah = program
    .command('sanggah')
    .description(
      h(
        'menyusun draf sanggah atas alasan pokja menggugurkan peserta, bila alat menilai persyaratan itu terpenuhi atau tidak dapat disyaratkan',
        "draft a sanggah (objection) against the pokja's reason for disqualifying a bidder, when the tool finds that requirement met or not requirable",
      ),
    )
    .argument('<tender-file>', tenderArgumentText(h))
    .argument('<bundle-dir>', h('folder (atau zip) PDF satu peserta', "one bidder's folder (or zip) of PDFs"));
  addSanggahOptions(sanggah, h);
  tenderMetaOptions(sanggah, h).action((tenderFile: string, bundleDir: string, opts: SanggahOptions) =>
    cli.act(opts.lang, async () => {
      checkDate(opts.asOf);
      checkDate(opts.diumumkan, '--diumumkan');
      checkTenderDates(opts);
      const { runSanggah } = await import('./sanggah.js');
      return runSanggah(tenderFile, bundleDir, opts, cli.io, cli.tool);
    }),
  );
}

function addSanggahOptions(cmd: Command, h: Words): Command {
  return cmd
    .requiredOption(
      '--alasan <text>',
      h(
        'alasan pokja seperti tertulis di SPSE, mis. "tidak melampirkan SKDP"',
        'the pokja\'s reason as SPSE shows it, e.g. "tidak melampirkan SKDP"',
      ),
    )
    .option(
      '--persyaratan <id>',
      h(
        'id persyaratan LDK yang dimaksud, bila alasan cocok dengan lebih dari satu',
        'the LDK requirement id meant, when the reason fits more than one',
      ),
    )
    .option(
      '--diumumkan <date>',
      h(
        'tanggal pengumuman hasil (YYYY-MM-DD), untuk menghitung batas waktu sanggah',
        'date the result was announced (YYYY-MM-DD), to compute the filing deadline',
      ),
    )
    .option('--pokja <name>', h('nama Pokja Pemilihan untuk alamat surat', 'name of the Pokja Pemilihan, for the address'))
    .addOption(formatOption(h, ['markdown', 'html'], h('format draf', 'draft format')).default('markdown'))
    .addOption(langOption(h, h('bahasa pesan (surat tetap berbahasa Indonesia)', 'language of the messages (the letter stays Indonesian)')))
    .option('--output <file>', h('tulis draf ke berkas, bukan ke layar', 'write the draft to a file instead of standard output'))
    .addOption(announcedAsOf(h))
    .addOption(rulesOption(h))
    .option('--jobs <n>', h('jumlah proses pembaca PDF', 'number of PDF reader processes'), positiveInt)
    .addOption(cacheOption(h, 'teks PDF dan hasil pengenalan dokumen', 'PDF text and recognised documents'))
    .addOption(ocrOption(h));
}
