// The sanggah domain (a reason matched to a requirement, the filing deadline, the outcome) and the golden
// output of its two formatters, on a tender fixture evaluated with the real rules.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/documents/bundle.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { lintTender } from '../../src/lint/lint.js';
import { sanggahHtml } from '../../src/report/formatters/sanggah-html.js';
import { sanggahMarkdown } from '../../src/report/formatters/sanggah-markdown.js';
import { sanggahNotes, sanggahVerdict } from '../../src/report/formatters/sanggah-messages.js';
import { buildReport, bundleReport } from '../../src/report/report.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { filingDeadline } from '../../src/sanggah/deadline.js';
import { matchReason } from '../../src/sanggah/match.js';
import { type SanggahCase, sanggahCase } from '../../src/sanggah/sanggah.js';
import { loadTender, type Tender } from '../../src/tender/load.js';
import { fixture } from '../e2e/run-cli.js';

let ruleset: Ruleset;
let t2026: Tender;
let t2019: Tender;
beforeAll(async () => {
  ruleset = await loadRuleset();
  t2026 = await loadTender(fixture('tenders', '2026-03-jasa-kebersihan.yaml'), ruleset);
  t2019 = await loadTender(fixture('tenders', '2019-10-barang-komputer.yaml'), ruleset);
});

const matched = (reason: string, tender: () => Tender, chosen?: string) => {
  const m = matchReason(reason, tender(), ruleset, chosen);
  return m.op === 'one' ? `one:${m.requirement.id}` : m.op === 'ambiguous' ? `ambiguous:${m.candidates.map((c) => c.id).join(',')}` : m.op;
};

describe('the reason matched to a requirement', () => {
  it('a reason naming a document kind goes to the requirement of that kind', () => {
    expect(matched('tidak melampirkan SKDP', () => t2026)).toBe('one:A.5');
    expect(matched('Tidak memiliki TDP', () => t2026)).toBe('one:A.3');
    expect(matched('SPT tahun 2018 tidak ada', () => t2019)).toBe('one:5');
    expect(matched('NIB tidak mencantumkan KBLI 81210', () => t2026)).toBe('one:A.2');
  });
  it('unknown, not asked for, ambiguous, or an id chosen by the user', () => {
    expect(matched('dokumen tidak lengkap', () => t2026)).toBe('unknown');
    expect(matched('tidak melampirkan SBU', () => t2026)).toBe('not_required');
    expect(matched('NPWP dan SPT tidak ada', () => t2019)).toBe('ambiguous:4,5');
    expect(matched('NPWP dan SPT tidak ada', () => t2019, '5')).toBe('one:5');
    expect(matched('apa saja', () => t2019, 'Z')).toBe('no_such_id');
  });
});

describe('the filing deadline', () => {
  it('5 calendar days after the announcement, across a month end, on an unverified provision', () => {
    const f = filingDeadline(ruleset, '2026-03-30', '2026-03-02');
    expect(f).toMatchObject({ state: 'computed', announced: '2026-03-30', due: '2026-04-04', days: 5 });
    expect(f.state === 'computed' && f.citations.map((c) => [c.ref, c.verified])).toEqual([['perpres-16-2018#sanggah', false]]);
  });
  it('without the announcement date: the rule, no date; before Perpres 16/2018: nothing computed', () => {
    expect(filingDeadline(ruleset, undefined, '2026-03-02').state).toBe('no_date');
    expect(filingDeadline(ruleset, '2017-05-02', '2017-05-01')).toEqual({ state: 'no_law', announced: '2017-05-02' });
  });
});

/** A CV that uploaded an NIB (low-risk KBLI 81210) and nothing about its domicile. */
const NIB_ONLY: Bundle = {
  path: 'cv-contoh',
  bidder: { name: 'CV Contoh Bersih', form: 'cv', source: 'manifest' },
  documents: [
    {
      file: 'nib.pdf',
      sha256: null,
      bytes: 1,
      pages: 2,
      docType: 'nib',
      classification: null,
      fields: Object.entries({ nib: '2203230004512', company_name: 'CV Contoh Bersih', kbli: '81210', kbli_risk: '81210:rendah' }).map(
        ([name, value]) => ({ name, value, raw: value, page: 1, snippet: value }),
      ),
      problems: [],
    },
  ],
};

function caseFor(reason: string, announced?: string): SanggahCase {
  const ctx = { ruleset, asOf: t2026.meta.announced, deadline: t2026.meta.deadline };
  const bundle = bundleReport(NIB_ONLY, evaluate(t2026, NIB_ONLY, ctx), ruleset);
  const report = buildReport({
    tool: { name: 'kualifikasi', version: 'test' },
    ruleset,
    asOf: ctx.asOf,
    tender: t2026,
    lint: lintTender(t2026, ruleset, ctx.asOf),
    bundles: [bundle],
  });
  const m = matchReason(reason, t2026, ruleset);
  if (m.op !== 'one') throw new Error(m.op);
  const c = sanggahCase({
    report,
    bundle,
    requirement: m.requirement,
    kinds: m.kinds,
    reason,
    pokja: 'Pokja Pemilihan 7',
    filing: filingDeadline(ruleset, announced, t2026.meta.announced),
  });
  // The golden files do not change with every edit of the rules: the ruleset's identity is fixed.
  return { ...c, ruleset: { ...c.ruleset, version: '0.0.0', sha256: '0'.repeat(64) } };
}

describe('outcomes', () => {
  it('waived and pass draft; a missing KSWP is the pokja being right', () => {
    expect([caseFor('tidak melampirkan SKDP').outcome, caseFor('Tidak memiliki TDP').outcome, caseFor('KSWP tidak valid').outcome]).toEqual(
      ['draft', 'draft', 'agree'],
    );
    const c = caseFor('tidak melampirkan SKDP');
    expect(c.status).toBe('waived');
    // The bid lacks more than the domicile letter: told to the user, never written in the letter.
    expect(c.others.map((o) => o.id)).toContain('A.4');
    expect(sanggahMarkdown(c)).not.toContain('A.4');
  });
});

describe('the deadline in the letter', () => {
  it('with no sanggah provision in force, the letter says the deadline is not computed and cites nothing for it', () => {
    const c = { ...caseFor('tidak melampirkan SKDP'), filing: { state: 'no_law' as const, announced: '2017-05-02' } };
    const md = sanggahMarkdown(c);
    expect(md).toContain('Aturan alat tidak memuat ketentuan masa sanggah yang berlaku pada tanggal tersebut');
    expect(md).not.toContain('Ketentuan sanggah');
  });
});

describe('golden output', () => {
  it('markdown: the domicile waiver, deadline computed', async () => {
    await expect(sanggahMarkdown(caseFor('tidak melampirkan SKDP', '2026-03-20'))).toMatchFileSnapshot('golden/sanggah-domisili.md');
  });
  it('markdown: TDP met by the NIB, with evidence; no announcement date', async () => {
    await expect(sanggahMarkdown(caseFor('Tidak memiliki TDP'))).toMatchFileSnapshot('golden/sanggah-tdp.md');
  });
  it('html: the domicile waiver', async () => {
    await expect(sanggahHtml(caseFor('tidak melampirkan SKDP', '2026-03-20'))).toMatchFileSnapshot('golden/sanggah-domisili.html');
  });
  it('messages in both languages', async () => {
    const texts = (['id', 'en'] as const).flatMap((lang) => [
      sanggahVerdict(caseFor('tidak melampirkan SKDP'), lang),
      sanggahNotes(caseFor('tidak melampirkan SKDP'), lang, 'draf.md'),
      sanggahVerdict(caseFor('KSWP tidak valid'), lang),
    ]);
    await expect(texts.join('\n---\n')).toMatchFileSnapshot('golden/sanggah-messages.txt');
  });
});
