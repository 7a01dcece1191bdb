import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/labels.js';
import type { Report } from '../report.js';

export interface FormatOptions {
  lang: Lang;
  /** A chalk instance with colour already switched on or off by the CLI (TTY, NO_COLOR). */
  color: ChalkInstance;
}

/** A formatter presents a report; it never re-decides a status, verdict or exit code. */
export type Formatter = (report: Report, options: FormatOptions) => string;
