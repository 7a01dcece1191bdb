// The registry of output formats: adding one is a new file and one line here.
import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export type { FormatOptions, Formatter } from './types.js';
