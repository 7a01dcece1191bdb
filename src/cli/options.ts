// The options several commands share, declared once, and the parsers of option values. Descriptions are in
// the run's language (`h` picks it); a bad value is a catalogued usage error.
import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Lang } from '../i18n/labels.js';
import { FORMAT_NAMES, type FormatName } from '../report/formatters/names.js';
import { isIsoDate } from '../rules/iso-date.js';

/** Picks the Indonesian or the English text of a description. */
export type Words = (id: string, en: string) => string;

export const langOption = (h: Words, what = h('bahasa', 'language')) =>
  new Option('--lang <lang>', what).choices(['id', 'en']).default('id');
export const rulesOption = (h: Words) => new Option('--rules <dir>', h('folder aturan', 'rules folder'));
export const colorOption = (h: Words, what = h('tanpa warna', 'no colours')) => new Option('--no-color', what);
export const ocrOption = (h: Words) =>
  new Option(
    '--no-ocr',
    h('jangan membaca halaman hasil pindai (tanpa lapisan teks) dengan OCR', 'do not read scanned pages (without a text layer) by OCR'),
  );
export const formatOption = (h: Words, choices: readonly string[], what = h('format keluaran', 'output format')) =>
  new Option('--format <format>', what).choices(choices).default('text');
export const asOfOption = (what: string) => new Option('--as-of <date>', what);
export const announcedAsOf = (h: Words) =>
  asOfOption(
    h(
      'tanggal acuan hukum (YYYY-MM-DD); bawaan: tanggal pengumuman tender',
      "date whose law applies (YYYY-MM-DD); default: the tender's announcement date",
    ),
  );
/** `--no-cache`, naming what the command would otherwise reuse. */
export const cacheOption = (h: Words, id: string, en: string) =>
  new Option('--no-cache', h(`jangan memakai cache (${id})`, `do not use the cache (${en})`));
/** What a tender document (PDF, HTML, text) may lack, given on the command line (or to correct what was read). */
export function tenderMetaOptions(cmd: Command, h: Words): Command {
  const lacks = (id: string, en: string) => h(`${id} (bila dokumen tender tidak memuatnya)`, `${en} (when the tender document lacks it)`);
  return cmd
    .option('--announced <date>', lacks('tanggal pengumuman', 'announcement date'))
    .option('--deadline <date>', lacks('batas akhir pemasukan penawaran', 'bid submission deadline'))
    .option('--name <name>', lacks('nama paket', 'package name'))
    .addOption(
      new Option('--type <type>', lacks('jenis pengadaan', 'procurement type')).choices([
        'barang',
        'konstruksi',
        'konsultansi',
        'jasa_lainnya',
      ]),
    )
    .option('--code <code>', lacks('kode tender', 'tender code'));
}
/** The tender argument every command takes: any form tender/read.ts reads. */
export const tenderArgumentText = (h: Words) =>
  h(
    'tender: berkas YAML, Dokumen Pemilihan/LDK (PDF), halaman SPSE yang disimpan (HTML) atau teks LDK',
    'the tender: a YAML file, the Dokumen Pemilihan/LDK (PDF), a saved SPSE page (HTML) or the LDK text',
  );
/** --announced and --deadline, when given, are dates. */
export function checkTenderDates(opts: { announced?: string; deadline?: string }): void {
  checkDate(opts.announced, '--announced');
  checkDate(opts.deadline, '--deadline');
}
export const rulesDirArgument = (h: Words): [string, string] => [
  '[dir]',
  h('folder aturan (bawaan: aturan bawaan alat)', 'rules folder (default: the shipped rules)'),
];

export function toolVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** The language for messages printed before options are parsed (usage errors). */
export function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'id';
}

const isFormatName = (s: string | undefined): s is FormatName => FORMAT_NAMES.some((f) => f === s);

export function alsoOutput(
  value: string,
  previous: Array<{ format: FormatName; file: string }>,
): Array<{ format: FormatName; file: string }> {
  const m = /^([a-z]+)=(.+)$/.exec(value);
  const [format, file] = [m?.[1], m?.[2]];
  if (!isFormatName(format) || !file)
    throw new KualifikasiError('USAGE', { detail: `--also "${value}" (expected FORMAT=FILE, FORMAT one of ${FORMAT_NAMES.join(', ')})` });
  return [...previous, { format, file }];
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new KualifikasiError('USAGE', { detail: `--jobs "${value}" (1-64)` });
  return n;
}

export function percentage(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new KualifikasiError('USAGE', { detail: `--min-coverage "${value}" (0-100)` });
  return n;
}

/** A date option's value, checked: YYYY-MM-DD or a catalogued error naming the option. */
export function checkDate(value: string | undefined, option = '--as-of'): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new KualifikasiError('BAD_DATE', { option, value });
  return value;
}

export const today = (): string => new Date().toISOString().slice(0, 10);
