// Recognises a document's type from its text alone (never from its file name), and says why:
// which cues matched on which page, which types came close, which were ruled out.

import { rulePattern } from '../rules/pattern.js';
import type { DocumentType } from '../rules/schema.js';
import { withoutRn } from '../text/digits.js';

export interface Cue {
  kind: 'title' | 'keyword' | 'exclude';
  pattern: string;
  page: number;
  text: string;
}

export interface Candidate {
  docType: string;
  score: number;
  cues: Cue[];
  excludedBy?: Cue;
}

export interface Classification {
  /** The recognised type, or null when nothing matched well enough or two types tie. */
  docType: string | null;
  ambiguous: boolean;
  /** Every type with a positive score or an exclusion, best first. */
  candidates: Candidate[];
}

const TITLE = 3;
const TITLE_ON_FIRST_PAGE = 1;
const KEYWORD = 1;
const MIN_SCORE = 4;
/** The winner must lead the runner-up by this much, or the document is ambiguous. */
const MIN_LEAD = 2;

export function classify(pages: readonly string[], types: Iterable<DocumentType>): Classification {
  const all = [...types]; // may be a one-shot iterator
  const direct = classifyText(pages, all);
  if (direct.docType !== null || direct.ambiguous || !pages.some((p) => /rn/i.test(p))) return direct;
  // Nothing recognised: OCR may have read "m" as "rn" ("NORNOR INDUK BERUSAHA"); look again with "m".
  const again = classifyText(
    pages.map((p) => withoutRn(p).variant),
    all,
  );
  return again.docType !== null ? again : direct;
}

function classifyText(pages: readonly string[], types: readonly DocumentType[]): Classification {
  const candidates: Candidate[] = [];
  for (const t of types) {
    const cues: Cue[] = [];
    let score = 0;
    for (const p of t.recognise.titles) {
      const hit = firstMatch(pages, p);
      if (hit) {
        cues.push({ kind: 'title', pattern: p, ...hit });
        score += TITLE + (hit.page === 1 ? TITLE_ON_FIRST_PAGE : 0);
      }
    }
    if (score === 0) continue; // a document must carry at least one of its titles
    for (const p of t.recognise.keywords) {
      const hit = firstMatch(pages, p);
      if (hit) {
        cues.push({ kind: 'keyword', pattern: p, ...hit });
        score += KEYWORD;
      }
    }
    const excluded = t.recognise.exclude.map((p) => ({ p, hit: firstMatch(pages, p) })).find((x) => x.hit);
    if (excluded?.hit) {
      candidates.push({ docType: t.id, score: 0, cues, excludedBy: { kind: 'exclude', pattern: excluded.p, ...excluded.hit } });
      continue;
    }
    candidates.push({ docType: t.id, score, cues });
  }
  candidates.sort((a, b) => b.score - a.score || a.docType.localeCompare(b.docType));
  const [best, second] = candidates;
  if (!best || best.score < MIN_SCORE) return { docType: null, ambiguous: false, candidates };
  if (second && second.score > 0 && best.score - second.score < MIN_LEAD) return { docType: null, ambiguous: true, candidates };
  return { docType: best.docType, ambiguous: false, candidates };
}

function firstMatch(pages: readonly string[], pattern: string): { page: number; text: string } | undefined {
  const re = rulePattern(pattern, 'm');
  for (let i = 0; i < pages.length; i++) {
    const m = re.exec(pages[i] as string);
    if (m) return { page: i + 1, text: m[0].replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
