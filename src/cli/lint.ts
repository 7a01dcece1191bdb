// `kualifikasi lint`: the tender's own requirements, checked before anyone is disqualified. Reads any tender
// (tender/read.ts: YAML, LDK text, Dokumen Pemilihan PDF, saved SPSE page) plus flags for the metadata it
// lacks; `--emit-yaml` prints (or writes) the tender file it understood.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { KualifikasiError } from '../errors.js';
import { formatDate, type Lang } from '../i18n/labels.js';
import { lintTender, withoutDeadline, worstSeverity } from '../lint/lint.js';
import { lintJson, lintText } from '../report/lint-format.js';
import type { Ruleset } from '../rules/load.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import { readTender } from '../tender/read.js';
import { withTenderReader } from './tender-reader.js';

export interface LintOptions extends LdkMetaOverrides {
  format: 'text' | 'json';
  lang: Lang;
  asOf?: string;
  /** true: print the tender YAML understood instead of linting; a file name: write it there, and lint. */
  emitYaml: boolean | string;
  ocr?: boolean;
  /** The cache folder for tenders already read (tender/cache.ts); none with --no-cache. */
  cacheDir?: string | undefined;
}

export interface LintOutput {
  text: string;
  exitCode: number;
  /** Lines of the plain text that could not be attributed to a requirement, for stderr. */
  notices: string[];
}

export async function runLint(file: string, opts: LintOptions, ruleset: Ruleset, color: ChalkInstance): Promise<LintOutput> {
  const printYaml = opts.emitYaml === true;
  const read = await withTenderReader(opts.ocr ?? true, (reader) => readTender(file, ruleset, { ...opts, missingDates: 'stand-in', reader }));
  const { tender, notices, unknown } = read;
  if (printYaml || typeof opts.emitYaml === 'string') {
    // A tender file for reuse needs the real metadata; linting alone does not.
    if (read.yaml === undefined) throw new KualifikasiError('LDK_META_MISSING', { file, missing: read.missing.map((m) => `--${m}`).join(', ') });
    if (printYaml) return { text: read.yaml, exitCode: 0, notices };
    await writeEmitted(opts.emitYaml as string, read.yaml, file);
  }
  const full = lintTender(tender, ruleset, opts.asOf ?? tender.meta.announced);
  const report = unknown.deadline ? withoutDeadline(full, tender) : full;
  let text = opts.format === 'json' ? lintJson(report, opts.lang, { file: tender.file, sha256: tender.sha256 }) : lintText(report, opts.lang, color);
  if (unknown.announced && opts.format === 'text' && !opts.asOf) {
    const day = formatDate(report.asOf, opts.lang);
    text = `${color.dim(opts.lang === 'id' ? `Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada ${day} (berikan --announced untuk tanggal tender).` : `Announcement date unknown: the law in force on ${day} is applied (give --announced for the tender's date).`)}\n${text}`;
  }
  return { text, exitCode: worstSeverity(report) === 'error' ? 1 : 0, notices };
}

/** Writes the tender YAML understood (`--emit-yaml FILE`); never over the tender itself. */
export async function writeEmitted(file: string, yaml: string, tender: string): Promise<void> {
  if (path.resolve(file) === path.resolve(tender)) throw new KualifikasiError('OUTPUT_UNWRITABLE', { file, detail: 'it is the tender file itself' });
  try {
    await writeFile(file, yaml);
  } catch (e) {
    throw new KualifikasiError('OUTPUT_UNWRITABLE', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** The heading of the lines of the qualification section that belong to no requirement (stderr). */
export function unplacedHead(lang: Lang): string {
  return lang === 'en' ? 'Lines not attributed to any requirement (check them):' : 'Baris yang tidak dapat dikaitkan ke butir persyaratan mana pun (periksa):';
}
