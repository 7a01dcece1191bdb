// The registry of output formats: adding one is a new file, one line here and its name in names.ts.
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { FormatName } from './names.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
} satisfies Record<FormatName, Formatter>;

export type { FormatName } from './names.js';
export type { FormatOptions, Formatter } from './types.js';
