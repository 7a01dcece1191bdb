// Person names and addresses as deeds and forms print them after a label.

// Words that stand before a name in deeds and forms: honorifics, then titles (abbreviated or spelt out, as
// notaries write them: "Tuan Insinyur Haji BUDI", "Nyonya Doktoranda SITI").
const HONORIFIC = String.raw`(?:tuan|tn|nyonya|ny|nona|nn|sdr|sdri|saudara|saudari|bapak|bpk|ibu)\.?`;
const TITLE_BEFORE = String.raw`(?:ir|drs|dra|dr|prof|h|hj|haji|hajah|hajjah|insinyur|doktorandus|doktoranda|doktor|profesor|professor)\.?`;
const LEADING_WORDS = new RegExp(String.raw`^(?:(?:${HONORIFIC}|${TITLE_BEFORE})(?:\s+|$))+`, 'iu');
/** Where a name stops: the deed's "tersebut", a comma before degrees ("…, Sarjana Hukum"), a bracket, a clause,
 * the dashes notaries pad lines with. */
const NAME_END = /\s*(?:[,;:(]|-{2,}|\btersebut\b|\blahir\b|\bselaku\b|\bsebagai\b|\bbertempat\b|\bpemegang\b|\bwarga\b).*$/isu;
/** Words that show the text is a clause or a label, not a person ("yang", "dan": a name is not cut there, as
 * "LIM YANG" would lose half of itself; the whole reading is refused instead). */
const NOT_A_NAME =
  /^(?:direktur|direksi|komisaris|persero|perseroan|sekutu|pasal|akta|notaris|nomor|no|jabatan|nama|untuk|dengan|adalah|diangkat|anggota|dewan|pengurus|utama|wakil|saksi|yang|dan|atau|selanjutnya|disebut|dalam|akan|oleh)$/iu;
/** "Label :" at the start of a line: the next field, so not a value carried over from the line above. */
export const LABEL_LINE = /^[\p{L}][\p{L} .()/-]{1,50}[ \t]*[:：]/u;

/**
 * A person's name as deeds and forms print it after a label: honorifics and titles dropped, degrees after a
 * comma dropped, "tersebut" and anything after it dropped. When the label's line holds only an honorific
 * ("Direktur : Tuan" / "HENDRA WIJAYA") or nothing, the name is taken from the next line, unless that line is
 * another label. null when what is there does not look like a name (words of letters only, 1-6 of them).
 */
export function parsePersonName(raw: string): string | null {
  return readPersonName(raw).name;
}

/** parsePersonName, and how many lines of `raw` it read (to show just those). */
export function readPersonName(raw: string): { name: string | null; lines: number } {
  const lines = raw.split('\n').slice(0, 4);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const none = { name: null, lines: i + 1 };
    if (i > 0 && LABEL_LINE.test(line)) return { name: null, lines: i };
    const name = line.replace(NAME_END, '').replace(LEADING_WORDS, '').trim();
    if (name === '') {
      // Only an honorific or title (or nothing) before the break: the name follows. A clause does not.
      const rest = line.replace(LEADING_WORDS, '');
      if (rest.replace(/^[\s,;:-]*/, '') === '') continue;
      return none;
    }
    const words = name.replace(/\.$/, '').split(/\s+/);
    const nameLike = words.length <= 6 && words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w)) && words.some((w) => /\p{L}{2}/u.test(w));
    if (!nameLike || words.some((w) => NOT_A_NAME.test(w.replace(/\.$/, '')))) return none;
    // A capitalised name with nothing closing it, and a capitalised word opening the next line: the name may
    // go on there ("Tuan RUDI" / "HARTONO tersebut;"). Half a name would not match the KTP, so read none.
    const next = lines[i + 1]?.trim() ?? '';
    const closed = NAME_END.test(line) || /[.;]$/.test(line);
    if (!closed && name === name.toUpperCase() && /^\p{Lu}{2,}\b/u.test(next) && !LABEL_LINE.test(next))
      return { name: null, lines: i + 2 };
    return { name: words.join(' ').replace(/\.$/, ''), lines: i + 1 };
  }
  return { name: null, lines: lines.length };
}

/** An address as printed, with OCR's readings of "Jl." ("JI.", "J1.", "J.") put back; whitespace normalised. */
export function normaliseAddress(raw: string): string | null {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s,])(?:JI|J1|J\|)(\.?)(?=\s+\p{L})/gu, '$1Jl$2')
    .replace(/^J\.(?=\s+\p{Lu})/u, 'Jl.')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
  return s.length > 0 ? s : null;
}
