// How the regular expressions written in rules/ are compiled: case-insensitively over normalised text.
//
// The `u` flag costs a great deal in V8: with it, `\b` and case-folding lose their fast paths, and a pattern
// such as `\bnotaris\b` runs ~18× slower over a 30-page deed (0.43 against 0.024 ms per 84,000 characters).
// Without `u`, a pattern differs only in \p{…} and \u{…} escapes, in characters beyond the Basic
// Multilingual Plane, and in how a few rare letters fold (ſ with s, the Kelvin sign with k). So `u` is used
// exactly when the pattern needs it: when it has one of those escapes or characters.
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

/** `flags` without `i` and `u`: both are decided here. */
export function rulePattern(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}i${NEEDS_UNICODE.test(source) ? 'u' : ''}`);
}
