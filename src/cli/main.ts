// Argument wiring: argv, help in both languages, exit codes and errors. Each command is declared in
// commands.ts or rules.ts; what it runs is imported when it runs, so `lint` never loads the PDF reader.
import { Command, CommanderError } from 'commander';
import { ERROR_EXIT_CODE, KualifikasiError } from '../errors/catalogue.js';
import type { Lang } from '../i18n/labels.js';
import { errorText } from '../report/formatters/error-text.js';
import { localiseHelp, usageDetail } from './commander-lang.js';
import {
  registerCache,
  registerCheck,
  registerExplain,
  registerInspect,
  registerLint,
  registerSanggah,
  registerSchema,
} from './commands.js';
import type { Cli } from './context.js';
import { defaultIo, type Io } from './io.js';
import { langFromArgv, toolVersion } from './options.js';
import { registerRules } from './rules.js';

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const debug = argv.includes('--debug');
  const helpLang = langFromArgv(argv);
  const state = { lang: helpLang, exitCode: 0 };
  const cli: Cli = {
    io,
    h: (id, en) => (helpLang === 'en' ? en : id),
    tool: { name: 'kualifikasi', version: toolVersion() },
    act: async (lang, run) => {
      state.lang = lang;
      state.exitCode = await run();
    },
  };
  const program = buildProgram(cli, helpLang);
  try {
    await program.parseAsync([...argv]);
    return state.exitCode;
  } catch (e) {
    if (!(e instanceof CommanderError)) return reportError(e, state.lang, io, debug);
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
    // No command given: the help was printed on stderr.
    if (e.code === 'commander.help') return ERROR_EXIT_CODE;
    return reportError(new KualifikasiError('USAGE', { detail: usageDetail(e, state.lang) }), state.lang, io, debug);
  }
}

function buildProgram(cli: Cli, helpLang: Lang): Command {
  const { h, io } = cli;
  const program = new Command()
    .name('kualifikasi')
    .description(
      h(
        'Memeriksa dokumen kualifikasi peserta tender pengadaan barang/jasa pemerintah terhadap persyaratan (LDK), dengan dasar hukum dan bukti.',
        "Checks a bidder's qualification documents against an Indonesian government tender's requirements (LDK), with legal basis and evidence.",
      ),
    )
    .version(cli.tool.version, '-V, --version', h('tampilkan versi', 'show the version'))
    .helpOption('-h, --help', h('tampilkan bantuan', 'show help'))
    .option('--debug', h('tampilkan jejak tumpukan (stack trace) untuk kesalahan internal', 'show stack traces of internal errors'))
    .exitOverride()
    // Help asked for by mistake (no command) goes to stderr; commander's own error lines never print: the
    // catalogue renders them in the run's language.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  localiseHelp(program, helpLang);
  for (const register of [
    registerCheck,
    registerSanggah,
    registerInspect,
    registerExplain,
    registerLint,
    registerRules,
    registerCache,
    registerSchema,
  ])
    register(program, cli);
  return program;
}

function reportError(e: unknown, lang: Lang, io: Io, debug: boolean): number {
  const err = e instanceof KualifikasiError ? e : new KualifikasiError('INTERNAL', { detail: e instanceof Error ? e.message : String(e) });
  const stack = debug && !(e instanceof KualifikasiError) && e instanceof Error ? e.stack : undefined;
  io.stderr(errorText(err, lang, stack));
  return ERROR_EXIT_CODE;
}
