// The registry of output formats: adding one is a new file and one line here.
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export type { FormatOptions, Formatter } from './types.js';
