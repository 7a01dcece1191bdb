// Digits as PDF text and OCR print them: separators, OCR's letter-for-digit readings. No imports: src/text is the
// bottom layer that documents, tender and lint all read from.

/** Keeps only the digits of a string. */
export function digitsOnly(raw: string): string {
  return raw.replace(/\D/g, '');
}

/**
 * Digits separated by at most one separator (space, dot or hyphen, optionally space-padded): what PDF text and OCR make of
 * printed numbers ("9 1 2 0 …", "93.421.295.2 - 609.000"). Anything else (letters, slashes, doubled dots) is not a number.
 */
const SEPARATED_DIGITS = /^\d(?:(?: ?[.-] ?| )?\d)*$/;

export function separatedDigits(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  return SEPARATED_DIGITS.test(s) ? digitsOnly(s) : null;
}

/**
 * OCR reads 0 as O and 1 as I or l, and glues table borders to numbers ("|46599"). Inside a token that is mostly
 * digits, letters that look like digits are read back as digits; a border next to a digit becomes a space.
 * Words are left alone: a token needs as many real digits as letters, or one letter more once it has two ("82llO").
 * `repaired` says a letter was changed.
 */
export function ocrDigits(raw: string): { text: string; repaired: boolean } {
  let repaired = false;
  const text = raw
    .replace(/\|(?=\s*[\dOIl])|(?<=[\dOIl]\s*)\|/g, ' ')
    .replace(/(?<![\p{L}\d])[\dOoIl](?:[\dOoIl]|[.,\-/](?=[\dOoIl]))*(?![\p{L}\d])/gu, (token) => {
      const digits = token.replace(/\D/g, '').length;
      const letters = token.replace(/[^OoIl]/g, '').length;
      if (letters === 0 || digits === 0 || letters > (digits >= 2 ? digits + 1 : digits)) return token;
      repaired = true;
      return token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    })
    .replace(/ {2,}/g, ' ')
    .trim();
  return { text, repaired };
}

/** Text with every "rn" read as "m" (OCR's reading of "m": "Nornor", "Narna"), and for each of its characters the index it came from. */
export function withoutRn(text: string): { variant: string; original: number[] } {
  let variant = '';
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === 'rn' || pair === 'RN') {
      variant += pair === 'rn' ? 'm' : 'M';
      original.push(i);
      i++;
    } else {
      variant += text[i];
      original.push(i);
    }
  }
  return { variant, original };
}
