// A saved SPSE page ("Informasi Tender", "Persyaratan Kualifikasi") as the text the LDK reader takes:
// block elements become lines, table cells "|"-separated cells, "<th>Label</th><td>value</td>" a
// "Label : value" line. Scripts, styles and comments are dropped; entities decoded.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    // A two-cell row whose first cell is a header is a label and its value.
    .replace(
      /<tr\b[^>]*>\s*<th\b[^>]*>((?:(?!<\/?t[dhr]\b|<table\b)[\s\S])*)<\/th>\s*<td\b[^>]*>((?:(?!<\/?t[dhr]\b|<table\b)[\s\S])*)<\/td>\s*<\/tr>/gi,
      '\n$1 : $2\n',
    )
    .replace(/<\/(td|th)>\s*(?=<(td|th)\b)/gi, ' | ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(
      /<\/?(p|div|tr|table|thead|tbody|ul|ol|h[1-6]|section|article|header|footer|li|dt|dd|dl|caption|form|fieldset|legend|title)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
