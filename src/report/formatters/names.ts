// The output format names, apart from the formatters themselves, so the CLI can offer them without loading any.
export const FORMAT_NAMES = ['text', 'json', 'markdown', 'html', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
