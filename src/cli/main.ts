// Argument wiring: argv, help in both languages, exit codes and the rendering of errors. The commands live
// in check.ts, lint.ts and rules.ts and are imported when they run: `lint` never loads the PDF reader or the reports.
import { Argument, Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { defaultCacheDir } from '../cache-dir.js';
import type { CacheUsage } from '../documents/cache.js';
import { describeError, ERROR_EXIT_CODE, KualifikasiError } from '../errors.js';
import type { Lang } from '../i18n/labels.js';
import { FORMAT_NAMES, type FormatName } from '../report/formatters/names.js';
import { defaultRulesDir, loadRuleset } from '../rules/load.js';
import { isIsoDate } from '../rules/iso-date.js';
import type { CheckOptions, InspectOptions } from './check.js';
import { localiseHelp, usageDetail } from './commander-lang.js';
import { colorFor, defaultIo, type Io } from './io.js';
import type { LintOptions } from './lint.js';
import type { RulesDiffOptions, RulesTestOptions } from './rules.js';
import type { SanggahOptions } from './sanggah.js';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The language for messages printed before options are parsed (usage errors). */
function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'id';
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const debug = argv.includes('--debug');
  let lang = langFromArgv(argv);
  const helpLang = lang;
  const h = (id: string, en: string) => (helpLang === 'en' ? en : id);
  let exitCode = 0;

  const program = new Command()
    .name('kualifikasi')
    .description(
      h(
        'Memeriksa dokumen kualifikasi peserta tender pengadaan barang/jasa pemerintah terhadap persyaratan (LDK), dengan dasar hukum dan bukti.',
        "Checks a bidder's qualification documents against an Indonesian government tender's requirements (LDK), with legal basis and evidence.",
      ),
    )
    .version(toolVersion(), '-V, --version', h('tampilkan versi', 'show the version'))
    .helpOption('-h, --help', h('tampilkan bantuan', 'show help'))
    .option('--debug', h('tampilkan jejak tumpukan (stack trace) untuk kesalahan internal', 'show stack traces of internal errors'))
    .exitOverride()
    // Help asked for by mistake (no command) goes to stderr; commander's own error lines never print: the
    // catalogue renders them in the run's language.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  localiseHelp(program, helpLang);

  program
    .command('check')
    .description(h('memeriksa berkas satu atau beberapa peserta terhadap persyaratan kualifikasi tender', 'check one or more bidders\' bundles against a tender\'s requirements'))
    .argument('<tender-file>', h('berkas YAML tender (persyaratan LDK)', 'tender YAML file (the LDK requirements)'))
    .argument('<bundle-dir...>', h('satu folder (atau zip) PDF per peserta, atau folder berisi folder peserta', 'one folder (or zip) of PDFs per bidder, or a folder of bidder folders'))
    .addOption(new Option('--format <format>', h('format laporan', 'report format')).choices(FORMAT_NAMES).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa laporan', 'language of the report')).choices(['id', 'en']).default('id'))
    .option('--as-of <date>', h('tanggal acuan hukum (YYYY-MM-DD); bawaan: tanggal pengumuman tender', 'date whose law applies (YYYY-MM-DD); default: the tender\'s announcement date'))
    .option('--rules <dir>', h('folder aturan', h('folder aturan', 'rules folder')), undefined)
    .option('--output <file>', h('tulis laporan ke berkas, bukan ke layar', 'write the report to a file instead of standard output'))
    .option('--no-color', h('tanpa warna', 'no colours in text output'))
    .option('--jobs <n>', h('jumlah proses pembaca PDF (bawaan: jumlah inti prosesor)', 'number of PDF reader processes (default: the number of cores)'), (v) => positiveInt(v))
    .option('--no-cache', h('jangan memakai cache (teks PDF, hasil pengenalan dokumen, aturan dan tender yang sudah divalidasi, kode terkompilasi)', 'do not use the cache (PDF text, recognised documents, the validated rules and tender, compiled code)'))
    .option('--no-ocr', h('jangan membaca halaman hasil pindai (tanpa lapisan teks) dengan OCR', 'do not read scanned pages (without a text layer) by OCR'))
    .option(
      '--also <format=file>',
      h('tulis juga laporan dalam format lain ke berkas, mis. --also junit=hasil.xml (boleh berulang)', 'also write the report in another format to a file, e.g. --also junit=results.xml (repeatable)'),
      (value: string, previous: Array<{ format: FormatName; file: string }>) => [...previous, alsoOutput(value)],
      [] as Array<{ format: FormatName; file: string }>,
    )
    .action(async (tenderFile: string, bundleDirs: string[], opts: CheckOptions) => {
      lang = opts.lang;
      checkDate(opts.asOf);
      const { runCheck } = await import('./check.js');
      exitCode = await runCheck(tenderFile, bundleDirs, opts, io, { name: 'kualifikasi', version: toolVersion() });
    });

  program
    .command('sanggah')
    .description(h('menyusun draf sanggah atas alasan pokja menggugurkan peserta, bila alat menilai persyaratan itu terpenuhi atau tidak dapat disyaratkan', "draft a sanggah (objection) against the pokja's reason for disqualifying a bidder, when the tool finds that requirement met or not requirable"))
    .argument('<tender-file>', h('berkas tender', 'tender file'))
    .argument('<bundle-dir>', h('folder (atau zip) PDF satu peserta', "one bidder's folder (or zip) of PDFs"))
    .requiredOption('--alasan <text>', h('alasan pokja seperti tertulis di SPSE, mis. "tidak melampirkan SKDP"', 'the pokja\'s reason as SPSE shows it, e.g. "tidak melampirkan SKDP"'))
    .option('--persyaratan <id>', h('id persyaratan LDK yang dimaksud, bila alasan cocok dengan lebih dari satu', 'the LDK requirement id meant, when the reason fits more than one'))
    .option('--diumumkan <date>', h('tanggal pengumuman hasil (YYYY-MM-DD), untuk menghitung batas waktu sanggah', 'date the result was announced (YYYY-MM-DD), to compute the filing deadline'))
    .option('--pokja <name>', h('nama Pokja Pemilihan untuk alamat surat', 'name of the Pokja Pemilihan, for the address'))
    .addOption(new Option('--format <format>', h('format draf', 'draft format')).choices(['markdown', 'html']).default('markdown'))
    .addOption(new Option('--lang <lang>', h('bahasa pesan (surat tetap berbahasa Indonesia)', 'language of the messages (the letter stays Indonesian)')).choices(['id', 'en']).default('id'))
    .option('--output <file>', h('tulis draf ke berkas, bukan ke layar', 'write the draft to a file instead of standard output'))
    .option('--as-of <date>', h('tanggal acuan hukum (YYYY-MM-DD); bawaan: tanggal pengumuman tender', "date whose law applies (YYYY-MM-DD); default: the tender's announcement date"))
    .option('--rules <dir>', h('folder aturan', 'rules folder'))
    .option('--jobs <n>', h('jumlah proses pembaca PDF', 'number of PDF reader processes'), (v) => positiveInt(v))
    .option('--no-cache', h('jangan memakai cache', 'do not use the cache'))
    .option('--no-ocr', h('jangan membaca halaman hasil pindai dengan OCR', 'do not read scanned pages by OCR'))
    .action(async (tenderFile: string, bundleDir: string, opts: SanggahOptions) => {
      lang = opts.lang;
      checkDate(opts.asOf);
      if (opts.diumumkan !== undefined && !isIsoDate(opts.diumumkan)) throw new KualifikasiError('BAD_DATE', { option: '--diumumkan', value: opts.diumumkan });
      const { runSanggah } = await import('./sanggah.js');
      exitCode = await runSanggah(tenderFile, bundleDir, opts, io, { name: 'kualifikasi', version: toolVersion() });
    });

  program
    .command('inspect')
    .description(h('menampilkan jenis setiap dokumen, alasannya, dan setiap isian yang terbaca beserta halamannya', 'show what each document is recognised as, why, and every field read with its page'))
    .argument('<file-or-bundle>', h('sebuah PDF atau folder berkas peserta', 'a PDF or a bundle folder'))
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .option('--rules <dir>', h('folder aturan', 'rules folder'))
    .option('--no-color', h('tanpa warna', 'no colours'))
    .option('--no-cache', h('jangan memakai cache (teks PDF, hasil pengenalan dokumen, aturan yang sudah divalidasi, kode terkompilasi)', 'do not use the cache (PDF text, recognised documents, the validated rules, compiled code)'))
    .option('--no-ocr', h('jangan membaca halaman hasil pindai (tanpa lapisan teks) dengan OCR', 'do not read scanned pages (without a text layer) by OCR'))
    .action(async (target: string, opts: InspectOptions) => {
      lang = opts.lang;
      const { runInspect } = await import('./check.js');
      await runInspect(target, opts, io);
      exitCode = 0;
    });

  program
    .command('explain')
    .description(h('menjelaskan dasar hukum suatu jenis persyaratan (atau kesetaraan/pengesampingan/pengecualian) pada suatu tanggal', 'the legal reasoning for a requirement kind (or an equivalence/waiver/exemption id) on a date'))
    .argument('<kind-or-rule-id>', h('misalnya tdp, surat_domisili, nib-sebagai-tdp', 'e.g. tdp, surat_domisili, nib-sebagai-tdp'))
    .option('--as-of <date>', h('tanggal acuan hukum (YYYY-MM-DD); bawaan: hari ini', 'date whose law applies (YYYY-MM-DD); default: today'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .option('--rules <dir>', h('folder aturan', 'rules folder'))
    .action(async (id: string, opts: { asOf?: string; lang: Lang; rules?: string }) => {
      lang = opts.lang;
      const asOf = checkDate(opts.asOf) ?? new Date().toISOString().slice(0, 10);
      const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir(), saved());
      const { explainText, findKind } = await import('../report/explain.js');
      const kind = findKind(ruleset, id);
      if (!kind) throw new KualifikasiError('UNKNOWN_KIND', { id, kinds: [...ruleset.requirements.keys()].join(', ') });
      io.stdout(explainText(ruleset, kind, asOf, opts.lang));
      exitCode = 0;
    });

  program
    .command('lint')
    .description(h('memeriksa persyaratan tender itu sendiri (YAML, atau teks LDK yang ditempel dari SPSE)', "check the tender's own requirements (YAML, or LDK text pasted from SPSE)"))
    .argument('<tender-file>', h('berkas YAML tender atau teks LDK (.txt)', 'tender YAML file or LDK text (.txt)'))
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .option('--as-of <date>', h('tanggal acuan hukum (YYYY-MM-DD); bawaan: tanggal pengumuman tender', "date whose law applies (YYYY-MM-DD); default: the tender's announcement date"))
    .option('--emit-yaml', h('cetak berkas YAML tender yang dipahami dari teks LDK', 'print the tender YAML understood from the LDK text'), false)
    .option('--announced <date>', h('tanggal pengumuman (untuk teks LDK)', 'announcement date (for LDK text)'))
    .option('--deadline <date>', h('batas akhir pemasukan penawaran (untuk teks LDK)', 'bid submission deadline (for LDK text)'))
    .option('--name <name>', h('nama paket (untuk teks LDK)', 'package name (for LDK text)'))
    .addOption(new Option('--type <type>', h('jenis pengadaan (untuk teks LDK)', 'procurement type (for LDK text)')).choices(['barang', 'konstruksi', 'konsultansi', 'jasa_lainnya']))
    .option('--code <code>', h('kode tender (untuk teks LDK)', 'tender code (for LDK text)'))
    .option('--rules <dir>', h('folder aturan', 'rules folder'))
    .option('--no-color', h('tanpa warna', 'no colours'))
    .option('--no-cache', h('jangan memakai cache (aturan dan tender yang sudah divalidasi, kode terkompilasi)', 'do not use the cache (the validated rules and tender, compiled code)'))
    .action(async (file: string, opts: LintOptions & { rules?: string; color: boolean; cache: boolean }) => {
      lang = opts.lang;
      checkDate(opts.asOf);
      for (const [option, value] of [['--announced', opts.announced], ['--deadline', opts.deadline]] as const) {
        if (value !== undefined && !isIsoDate(value)) throw new KualifikasiError('BAD_DATE', { option, value });
      }
      const cacheDir = opts.cache ? defaultCacheDir() : undefined;
      const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir(), { snapshotDir: cacheDir });
      const { runLint } = await import('./lint.js');
      const out = await runLint(file, { ...opts, cacheDir }, ruleset, colorFor(opts.color, undefined, io));
      if (out.notices.length > 0) {
        const head = opts.lang === 'en' ? 'Lines not attributed to any requirement (check them):' : 'Baris yang tidak dapat dikaitkan ke butir persyaratan mana pun (periksa):';
        io.stderr(`${head}\n${out.notices.map((n) => `  ${n}`).join('\n')}\n`);
      }
      io.stdout(out.text);
      exitCode = out.exitCode;
    });

  const rules = program.command('rules').description(h('mengelola aturan (ruleset)', 'work on the ruleset'));
  rules
    .command('validate')
    .description(h('memvalidasi folder aturan: skema, rujukan, tanggal, pengecualian yang bertabrakan', 'validate a rules folder: schema, references, dates, colliding exceptions'))
    .argument('[dir]', h('folder aturan (bawaan: aturan bawaan alat)', 'rules folder (default: the shipped rules)'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .addOption(new Option('--format <format>', h('format keluaran (sarif untuk anotasi pull request)', 'output format (sarif for pull-request annotations)')).choices(['text', 'sarif']).default('text'))
    .action(async (dir: string | undefined, opts: { lang: Lang; format: 'text' | 'sarif' }) => {
      lang = opts.lang;
      if (opts.format === 'sarif') {
        // SARIF always goes to stdout, also for invalid rules (exit 2), so CI can annotate the lines.
        const problems = await loadRuleset(dir ?? defaultRulesDir()).then(
          () => [],
          (e: unknown) => {
            if (e instanceof KualifikasiError && e.code === 'RULES_INVALID') return e.problems;
            throw e;
          },
        );
        const { sarif } = await import('../report/sarif.js');
        io.stdout(sarif({ name: 'kualifikasi', version: toolVersion() }, 'rules-invalid', 'A rule file breaks the ruleset schema or its references', problems));
        exitCode = problems.length > 0 ? ERROR_EXIT_CODE : 0;
        return;
      }
      const r = await loadRuleset(dir ?? defaultRulesDir());
      const line =
        opts.lang === 'en'
          ? `Rules valid: ${r.name} ${r.version}, ${r.instruments.size} instruments, ${r.provisions.size} provisions, ${r.documents.size} document types, ${r.requirements.size} requirement kinds (sha256 ${r.sha256}).`
          : `Aturan sah: ${r.name} ${r.version}, ${r.instruments.size} instrumen, ${r.provisions.size} ketentuan, ${r.documents.size} jenis dokumen, ${r.requirements.size} jenis persyaratan (sha256 ${r.sha256}).`;
      io.stdout(`${line}\n`);
      exitCode = 0;
    });

  rules
    .command('test')
    .description(h('menjalankan kasus uji emas (golden cases) aturan dan melaporkan cakupan aturan', "run the rules' golden cases and report rule coverage"))
    .argument('[dir]', h('folder aturan (bawaan: aturan bawaan alat)', 'rules folder (default: the shipped rules)'))
    .option('--cases <dir>', h('folder kasus (bawaan: <dir>/tests)', 'cases folder (default: <dir>/tests)'))
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json', 'junit']).default('text'))
    .option('--min-coverage <percent>', h('gagal bila cakupan aturan di bawah persentase ini', 'fail when rule coverage is below this percentage'), (v) => percentage(v))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .action(async (dir: string | undefined, opts: RulesTestOptions) => {
      lang = opts.lang;
      const { rulesTest } = await import('./rules.js');
      const out = await rulesTest(dir ?? defaultRulesDir(), opts);
      io.stdout(out.text);
      exitCode = out.exitCode;
    });
  rules
    .command('diff')
    .description(h('hasil mana yang berubah antara dua versi aturan (folder atau revisi git), dan karena aturan apa', 'which verdicts change between two rulesets (folders or git revisions), and which rule caused it'))
    .argument('<base>', h('folder aturan atau revisi git (misalnya main)', 'rules folder or git revision (e.g. main)'))
    .argument('[head]', h('folder aturan atau revisi git (bawaan: aturan saat ini)', 'rules folder or git revision (default: the current rules)'))
    .option('--cases <dir>', h('folder kasus (bawaan: tests/ pada aturan baru)', "cases folder (default: the head rules' tests/)"))
    .option('--fail-on-change', h('gagal bila ada perubahan hasil yang tidak diumumkan di changelog', 'fail on verdict changes the changelog does not announce'), false)
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .action(async (base: string, head: string | undefined, opts: RulesDiffOptions) => {
      lang = opts.lang;
      const { rulesDiff } = await import('./rules.js');
      const out = await rulesDiff(base, head, defaultRulesDir(), opts);
      io.stdout(out.text);
      exitCode = out.exitCode;
    });
  rules
    .command('audit')
    .description(h('kutipan yang belum diverifikasi, instrumen yang sudah diganti, tinjauan yang terlambat', 'unverified citations, superseded instruments, overdue reviews'))
    .argument('[dir]', h('folder aturan (bawaan: aturan bawaan alat)', 'rules folder (default: the shipped rules)'))
    .option('--strict', h('keluar dengan kode 1 bila ada temuan', 'exit 1 when there is any finding'), false)
    .option('--as-of <date>', h('tanggal pembanding tinjauan (bawaan: hari ini)', 'date to compare review dates with (default: today)'))
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .action(async (dir: string | undefined, opts: { strict: boolean; asOf?: string; format: 'text' | 'json'; lang: Lang }) => {
      lang = opts.lang;
      const asOf = checkDate(opts.asOf) ?? new Date().toISOString().slice(0, 10);
      const { rulesAudit } = await import('./rules.js');
      const out = await rulesAudit(dir ?? defaultRulesDir(), { ...opts, asOf });
      io.stdout(out.text);
      exitCode = out.exitCode;
    });

  program
    .command('cache')
    .description(h('menampilkan letak dan ukuran cache (teks PDF, hasil pengenalan dokumen, aturan dan tender tervalidasi, kode terkompilasi), atau menghapusnya', 'show where the cache is and how large (PDF text, recognised documents, validated rules and tenders, compiled code), or clear it'))
    .option('--clear', h('hapus cache; yang hilang hanya kecepatan pemeriksaan berikutnya', 'clear the cache; only the next check\'s speed is lost'), false)
    .addOption(new Option('--format <format>', h('format keluaran', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', h('bahasa', 'language')).choices(['id', 'en']).default('id'))
    .action(async (opts: { clear: boolean; format: 'text' | 'json'; lang: Lang }) => {
      lang = opts.lang;
      const { cacheUsage, clearCache } = await import('../documents/cache.js');
      const dir = defaultCacheDir();
      if (opts.clear) await clearCache(dir);
      const usage = await cacheUsage(dir);
      io.stdout(opts.format === 'json' ? `${JSON.stringify({ ...usage, cleared: opts.clear }, null, 2)}\n` : cacheText(usage, opts.clear, opts.lang));
      exitCode = 0;
    });

  program
    .command('schema')
    .description(h('mencetak JSON Schema berkas tender, bundle.yaml, berkas aturan (untuk editor), atau laporan JSON', 'print the JSON Schema of a tender file, a bundle.yaml, the rule files (for editors), or the JSON report'))
    .addArgument(new Argument('<what>', h('skema yang diminta', 'which schema')).choices(['tender', 'bundle', 'rules', 'report']))
    .action(async (what: 'tender' | 'bundle' | 'rules' | 'report') => {
      const { jsonSchemaOf } = await import('../report/json-schema.js');
      const schema = jsonSchemaOf(what);
      io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
      exitCode = 0;
    });

  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      // No command given: the help was printed on stderr.
      if (e.code === 'commander.help') return ERROR_EXIT_CODE;
      return reportError(new KualifikasiError('USAGE', { detail: usageDetail(e, lang) }), lang, io, debug);
    }
    return reportError(e, lang, io, debug);
  }
}

/** Commands that only read the rules may use the saved, validated ruleset; `rules validate` never does. */
const saved = () => ({ snapshotDir: defaultCacheDir() });

function cacheText(u: CacheUsage, cleared: boolean, lang: Lang): string {
  const number = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${number(bytes / 1024)} KB` : `${number(bytes / 1024 / 1024)} MB`);
  const { documents: d, rules: r, code: c } = u.parts;
  const lines =
    lang === 'en'
      ? [
          `${cleared ? 'Cache cleared' : 'Cache'}: ${u.dir}`,
          `  documents (PDF text and what the rules recognised): ${files(d.files)}, ${size(d.bytes)}`,
          `  validated rules and tenders: ${files(r.files)}, ${size(r.bytes)}`,
          `  compiled program code (faster start): ${files(c.files)}, ${size(c.bytes)}`,
          cleared ? 'The next check reads every PDF again.' : 'Clear it with `kualifikasi cache --clear`: only the next check\'s speed is lost. KUALIFIKASI_CACHE_DIR moves it.',
        ]
      : [
          `${cleared ? 'Cache dihapus' : 'Cache'}: ${u.dir}`,
          `  dokumen (teks PDF dan hasil pengenalannya): ${d.files} berkas, ${size(d.bytes)}`,
          `  aturan dan tender tervalidasi: ${r.files} berkas, ${size(r.bytes)}`,
          `  kode program terkompilasi (mempercepat awal jalan): ${c.files} berkas, ${size(c.bytes)}`,
          cleared ? 'Pemeriksaan berikutnya membaca ulang setiap PDF.' : 'Hapus dengan `kualifikasi cache --clear`: yang hilang hanya kecepatan pemeriksaan berikutnya. KUALIFIKASI_CACHE_DIR memindahkannya.',
        ];
  return `${lines.join('\n')}\n`;
}

function alsoOutput(value: string): { format: FormatName; file: string } {
  const m = /^([a-z]+)=(.+)$/.exec(value);
  if (!m || !(FORMAT_NAMES as readonly string[]).includes(m[1] as string)) throw new KualifikasiError('USAGE', { detail: `--also "${value}" (expected FORMAT=FILE, FORMAT one of ${FORMAT_NAMES.join(', ')})` });
  return { format: m[1] as FormatName, file: m[2] as string };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new KualifikasiError('USAGE', { detail: `--jobs "${value}" (1-64)` });
  return n;
}

function percentage(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new KualifikasiError('USAGE', { detail: `--min-coverage "${value}" (0-100)` });
  return n;
}

function checkDate(value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new KualifikasiError('BAD_DATE', { option: '--as-of', value });
  return value;
}

function reportError(e: unknown, lang: Lang, io: Io, debug: boolean): number {
  const err = e instanceof KualifikasiError ? e : new KualifikasiError('INTERNAL', { detail: String((e as Error)?.message ?? e) });
  const { message, hint } = describeError(err, lang);
  const lines = [`kualifikasi: ${message}`];
  for (const p of err.problems.slice(0, 20)) lines.push(`  ${p.file}:${p.line}:${p.column}: ${p.text?.[lang] ?? p.message}`);
  if (err.problems.length > 20) lines.push(`  ... (+${err.problems.length - 20})`);
  lines.push(hint);
  if (debug && !(e instanceof KualifikasiError) && e instanceof Error && e.stack) lines.push(e.stack);
  io.stderr(`${lines.join('\n')}\n`);
  return ERROR_EXIT_CODE;
}
