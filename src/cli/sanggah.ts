// `sanggah`: the check pipeline on one bundle, the pokja's reason matched to a requirement, and a draft
// objection when the tool's verdict on it is pass, waived or not applicable. Wiring only: the decision is
// src/sanggah, the words are src/report/formatters/sanggah-*.
import { expandBundleArgs } from '../documents/sources.js';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Lang } from '../i18n/labels.js';
import { sanggahHtml } from '../report/formatters/sanggah-html.js';
import { sanggahMarkdown } from '../report/formatters/sanggah-markdown.js';
import { sanggahNotes, sanggahVerdict } from '../report/formatters/sanggah-messages.js';
import { defaultRulesDir, loadRuleset, type Ruleset } from '../rules/load.js';
import { filingDeadline } from '../sanggah/deadline.js';
import { matchReason } from '../sanggah/match.js';
import { type Outcome, sanggahCase } from '../sanggah/sanggah.js';
import { kindText } from '../tender/infer.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import type { Tender } from '../tender/load.js';
import { readTender } from '../tender/read.js';
import { checkBundles } from './check.js';
import type { Io } from './io.js';
import { writeOutput } from './output.js';
import { withTenderReader } from './tender-reader.js';

export interface SanggahOptions extends LdkMetaOverrides {
  alasan: string;
  format: 'markdown' | 'html';
  lang: Lang;
  output?: string;
  asOf?: string;
  rules?: string;
  /** The day the result was announced: the filing deadline counts from it. */
  diumumkan?: string;
  pokja?: string;
  /** A requirement id, when the reason alone does not say which. */
  persyaratan?: string;
  jobs?: number;
  cache: boolean;
  ocr: boolean;
}

const EXIT: Record<Outcome, number> = { draft: 0, agree: 1, review: 3 };
const FORMAT = { markdown: sanggahMarkdown, html: sanggahHtml };

export async function runSanggah(
  tenderFile: string,
  bundleDir: string,
  opts: SanggahOptions,
  io: Io,
  tool: { name: string; version: string },
): Promise<number> {
  // The reason and the bundle are checked before any bundle PDF is read: a bad input fails at once.
  const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir());
  const read = await withTenderReader(opts.ocr, (reader) => readTender(tenderFile, ruleset, { ...opts, missingDates: 'require', reader }));
  const match = matchedRequirement(opts, read.tender, ruleset);
  const sources = await expandBundleArgs([bundleDir]);
  if (sources.length !== 1) throw new KualifikasiError('SANGGAH_ONE_BIDDER', { path: bundleDir, count: String(sources.length) });
  const report = await checkBundles(
    tenderFile,
    [bundleDir],
    { ...opts, format: 'json', also: [], color: false, output: undefined },
    io,
    tool,
    read.tender,
  );
  const c = sanggahCase({
    report,
    bundle: report.bundles[0] as (typeof report.bundles)[0],
    requirement: match.requirement,
    kinds: match.kinds,
    reason: opts.alasan,
    pokja: opts.pokja,
    filing: filingDeadline(ruleset, opts.diumumkan, read.tender.meta.announced),
  });
  if (c.outcome !== 'draft') {
    io.stdout(sanggahVerdict(c, opts.lang));
    return EXIT[c.outcome];
  }
  const letter = FORMAT[opts.format](c);
  if (opts.output) await writeOutput(opts.output, letter);
  else io.stdout(letter);
  io.stderr(`${sanggahVerdict(c, opts.lang)}${sanggahNotes(c, opts.lang, opts.output)}`);
  return EXIT.draft;
}

/** The requirement the pokja's reason is about, or a catalogued error naming the tender's requirements. */
function matchedRequirement(opts: SanggahOptions, tender: Tender, ruleset: Ruleset) {
  const match = matchReason(opts.alasan, tender, ruleset, opts.persyaratan);
  const requirements = listOf(tender);
  switch (match.op) {
    case 'no_such_id':
      throw new KualifikasiError('SANGGAH_NO_SUCH_REQUIREMENT', { id: match.id, requirements });
    case 'unknown':
      throw new KualifikasiError('SANGGAH_REASON_UNKNOWN', { reason: opts.alasan, closest: match.closest.join(', '), requirements });
    case 'not_required':
      throw new KualifikasiError('SANGGAH_REASON_NOT_REQUIRED', { reason: opts.alasan, kinds: match.kinds.join(', '), requirements });
    case 'ambiguous':
      throw new KualifikasiError('SANGGAH_REASON_AMBIGUOUS', {
        reason: opts.alasan,
        kinds: match.kinds.join(', '),
        candidates: listOf({ requirements: match.candidates }),
      });
    default:
      return match;
  }
}

const listOf = (t: Pick<Tender, 'requirements'>) => t.requirements.map((r) => `${r.id} "${r.text}" [${kindText(r.kind)}]`).join('; ');
