// Commander speaks English; a run speaks one language. Help titles and notes, and the usage errors,
// in Indonesian by default and English with --lang en.
import { type Command, type CommanderError, Help, type HelpConfiguration } from 'commander';
import type { Lang } from '../i18n/labels.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Arguments:': 'Argumen:',
  'Commands:': 'Perintah:',
  'Global Options:': 'Opsi umum:',
};

const words = (s: string) =>
  s
    .replace(/\[options\]/g, '[opsi]')
    .replace(/\[command\]/g, '[perintah]')
    .replace(/\(choices: /g, '(pilihan: ')
    .replace(/\(default: /g, '(bawaan: ')
    .replace(/, default: /g, ', bawaan: ')
    .replace(/^choices: /, 'pilihan: ')
    .replace(/^default: /, 'bawaan: ');

/** Help in the run's language: set on the program before its subcommands, which inherit it. */
export function localiseHelp(program: Command, lang: Lang): void {
  program.helpCommand('help [command]', lang === 'en' ? 'display help for a command' : 'tampilkan bantuan untuk suatu perintah');
  if (lang === 'en') return;
  const base = Help.prototype;
  const config: HelpConfiguration = {
    styleTitle: (s) => TITLES[s] ?? s,
    commandUsage: (cmd) => words(base.commandUsage.call(new Help(), cmd)),
    subcommandTerm: (cmd) => words(base.subcommandTerm.call(new Help(), cmd)),
    optionDescription: (o) => words(base.optionDescription.call(new Help(), o)),
    argumentDescription: (a) => words(base.argumentDescription.call(new Help(), a)),
  };
  program.configureHelp(config);
}

/** Commander's usage error, as the catalogue's detail in the run's language. */
export function usageDetail(e: CommanderError, lang: Lang): string {
  const msg = e.message.replace(/^error: /, '').replace(/\.$/, '');
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const suggestion = (m: RegExpExecArray | null, i: number) => (m?.[i] ? t(` (maksud Anda ${m[i]}?)`, ` (did you mean ${m[i]}?)`) : '');
  let m: RegExpExecArray | null;
  switch (e.code) {
    case 'commander.missingArgument':
      m = /argument '(.+)'/.exec(msg);
      return t(`argumen <${m?.[1]}> belum diberikan`, `the argument <${m?.[1]}> is missing`);
    case 'commander.optionMissingArgument':
      m = /option '(.+)' argument missing/.exec(msg);
      return t(`opsi ${m?.[1]} memerlukan nilai`, `the option ${m?.[1]} needs a value`);
    case 'commander.missingMandatoryOptionValue':
      m = /option '(.+)' not specified/.exec(msg);
      return t(`opsi ${m?.[1]} wajib diberikan`, `the option ${m?.[1]} is required`);
    case 'commander.unknownOption':
      m = /unknown option '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s.exec(msg);
      return t(`opsi ${m?.[1]} tidak dikenal`, `unknown option ${m?.[1]}`) + suggestion(m, 2);
    case 'commander.unknownCommand':
      m = /unknown command '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s.exec(msg);
      return t(`perintah ${m?.[1]} tidak dikenal`, `unknown command ${m?.[1]}`) + suggestion(m, 2);
    case 'commander.invalidArgument': {
      m =
        /(?:option '(.+?)' argument|command-argument value) '(.+?)' (?:is invalid(?: for argument '(.+?)')?)\.?(?:\s*Allowed choices are (.+?))?$/s.exec(
          msg,
        );
      const what = m?.[1] ?? `<${m?.[3]}>`;
      const choices = m?.[4] ? t(`; pilihan: ${m[4]}`, `; choose one of: ${m[4]}`) : '';
      return t(`nilai "${m?.[2]}" untuk ${what} tidak sah`, `the value "${m?.[2]}" for ${what} is not valid`) + choices;
    }
    case 'commander.excessArguments':
      m = /Expected (\d+) arguments? but got (\d+)/.exec(msg);
      return t(
        `terlalu banyak argumen: diharapkan ${m?.[1]}, diberikan ${m?.[2]}`,
        `too many arguments: expected ${m?.[1]}, got ${m?.[2]}`,
      );
    default:
      return t('perintah tidak dapat dipahami', msg);
  }
}
