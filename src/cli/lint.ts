// `kualifikasi lint`: the tender's own requirements, checked before anyone is disqualified. Reads any tender
// (tender/read.ts: YAML, LDK text, Dokumen Pemilihan PDF, saved SPSE page) plus flags for the metadata it
// lacks; `--emit-yaml` prints (or writes) the tender file it understood.
import type { Lang } from '../i18n/labels.js';
import { type LintReport, lintTender, withoutDeadline, worstSeverity } from '../lint/lint.js';
import type { Ruleset } from '../rules/load.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import { readTender, type TenderRead } from '../tender/read.js';
import { understoodYaml, writeEmitted } from './output.js';
import { withTenderReader } from './tender-reader.js';

/** How lint and explain read a tender: the metadata a document may lack, and what to do with the YAML understood. */
export interface TenderInputOptions extends LdkMetaOverrides {
  asOf?: string;
  /** true: print the tender YAML understood instead of linting; a file name: write it there, and lint. */
  emitYaml: boolean | string;
  ocr?: boolean;
}

export interface LintOptions extends TenderInputOptions {
  format: 'text' | 'json';
  lang: Lang;
}

/** The tender in any form tender/read.ts takes; a PDF is read by the extractor processes, OCR included. */
export async function readLintInput(file: string, opts: TenderInputOptions, ruleset: Ruleset): Promise<TenderRead> {
  const read = await withTenderReader(opts.ocr ?? true, (reader) =>
    readTender(file, ruleset, { ...opts, missingDates: 'stand-in', reader }),
  );
  // A tender file for reuse needs the real metadata; linting alone does not.
  if (opts.emitYaml === true) understoodYaml(read, file);
  if (typeof opts.emitYaml === 'string') await writeEmitted(opts.emitYaml, read, file);
  return read;
}

/** The findings on the tender's requirements; without a known deadline, none that depends on it. */
export function lintInput(input: TenderRead, ruleset: Ruleset, asOf: string | undefined): LintReport {
  const full = lintTender(input.tender, ruleset, asOf ?? input.tender.meta.announced);
  return input.unknown.deadline ? withoutDeadline(full, input.tender) : full;
}

/** 1 when any finding is an error (the tender requires what the law forbids), else 0. */
export const lintExitCode = (report: LintReport): number => (worstSeverity(report) === 'error' ? 1 : 0);
