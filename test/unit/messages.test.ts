// The message catalogue: every code says something in both languages, and the codes src uses are the
// codes it has. The type system already refuses a msg() with an unknown code or wrong data, and a catalogue
// without an entry (or a language) for a code; these tests hold at run time what tsc cannot see.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, type Code, type Message, msg, type Params, say } from '../../src/i18n/messages.js';

const doc = { id: 'Nomor Induk Berusaha (NIB)', en: 'Business Identification Number (NIB)' };
const label = { id: 'Nomor', en: 'Number' };
const explain = { id: 'Penjelasan hukum.', en: 'The legal explanation.' };
const inner = msg('check.not_found', { docs: [doc, { id: 'TDP', en: 'TDP' }] });
const ev = msg('evidence.value', { label, value: '8120114180194', confidence: 61 });
const signer = { name: 'Budi', role: 'Manajer', file: 'pakta.pdf' };
const row = { code: '62019', level: 'menengah_tinggi' as const };

/** Sample data for each code, with every optional part present. */
const SAMPLES: { [C in Code]: Params[C] } = {
  'waiver.applies': { explain },
  'exemption.applies': { explain },
  'remedy.rules': { text: explain },
  'evidence.value': { label, value: '123', confidence: 80 },
  'evidence.issued_late': { doc, file: 'nib.pdf', issuedOn: '2024-09-01', deadline: '2024-08-20' },
  'check.expired': { doc, file: 'a.pdf', validUntil: '2024-01-01', deadline: '2024-08-20' },
  'check.field_unreadable': { doc, file: 'a.pdf', field: label, raw: '81 2O' },
  'check.not_found': { docs: [doc] },
  'check.found': { doc, file: 'a.pdf', page: 2, evidence: ev, validUntil: '2030-01-01' },
  'check.status': { doc, file: 'kswp.pdf', value: 'VALID' },
  'check.manual': {},
  'spt.wanted_year': { year: 2023 },
  'spt.wanted_last': { lastDue: 2023 },
  'spt.year_not_due': { year: 2024, filingDeadline: '2025-04-30', deadline: '2024-08-20' },
  'spt.found': {
    year: 2024,
    file: 'spt.pdf',
    page: 1,
    wanted: msg('spt.wanted_year', { year: 2024 }),
    due: msg('spt.year_not_due', { year: 2024, filingDeadline: '2025-04-30', deadline: '2024-08-20' }),
  },
  'spt.wrong_year': {
    years: [2021, 2022],
    wanted: msg('spt.wanted_last', { lastDue: 2023 }),
    due: msg('spt.year_not_due', { year: 2024, filingDeadline: '2025-04-30', deadline: '2024-08-20' }),
  },
  'spt.missing_not_due': {
    reason: inner,
    due: msg('spt.year_not_due', { year: 2024, filingDeadline: '2025-04-30', deadline: '2024-08-20' }),
  },
  'poa.found': { file: 'kuasa.pdf', page: 1 },
  'poa.proxied_employee': { attorney: { file: 'kuasa.pdf', page: 1 } },
  'tender_exemption.failed': {
    base: inner,
    item: 'B.2',
    page: 7,
    conditions: [msg('tender_exemption.value.exceeds', { hps: 2_000_000_000, max: 1_000_000_000 })],
  },
  'tender_exemption.unknown': { item: 'B.2', page: 7, conditions: [msg('tender_exemption.founding.unread')] },
  'tender_exemption.waived': { item: 'B.2', page: 7, conditions: [msg('tender_exemption.scale.small')] },
  'tender_exemption.founding.unread': {},
  'tender_exemption.founding.conflict': { dates: ['2023-01-02', '2023-02-03'] },
  'tender_exemption.founding.young': { founded: '2023-01-02', years: 3 },
  'tender_exemption.founding.old': { founded: '2019-01-02', years: 3 },
  'tender_exemption.founding.between': {
    founded: '2021-07-20',
    years: 3,
    until: '2024-07-20',
    announced: '2024-07-10',
    deadline: '2024-07-25',
  },
  'tender_exemption.scale.unread': {},
  'tender_exemption.scale.small': {},
  'tender_exemption.scale.larger': { values: ['menengah'] },
  'tender_exemption.scale.unclear': { values: ['mikro'] },
  'tender_exemption.value.unbounded': {},
  'tender_exemption.value.unread': {},
  'tender_exemption.value.hps_unknown': { max: 1_000_000_000 },
  'tender_exemption.value.within': { hps: 800_000_000, max: 1_000_000_000 },
  'tender_exemption.value.exceeds': { hps: 2_000_000_000, max: 1_000_000_000 },
  'poa.proxy_without_attorney': { byRole: [signer], byDeed: [{ file: 'x.pdf' }], directors: ['Ani', 'Joko'] },
  'poa.signed_in_person': { signers: [signer] },
  'poa.signer_unreadable': {},
  'codes.not_licensed': { doc, file: 'nib.pdf', label, codes: ['62019'] },
  'codes.found': { doc, file: 'nib.pdf', label, oneOf: ['62019', '62090'], shown: [{ code: '62019', page: 3 }] },
  'codes.list_unreadable': { doc, label, wanted: ['62019'] },
  'codes.absent': { doc, file: 'nib.pdf', label, absent: ['62019'], listed: ['46512'] },
  'risk_certificate.found': { doc, file: 'ss.pdf', page: 1 },
  'risk_certificate.not_needed': { doc, codes: ['81210'], file: 'nib.pdf' },
  'risk_certificate.unclear': { doc, nibFile: 'nib.pdf' },
  'requirement.unknown': { closest: ['nib', 'npwp'], saysMore: [{ kind: 'surat_pernyataan', words: 'tidak akan menuntut', explain }] },
  'requirement.composite': {
    parts: [
      { kind: 'nib', reason: inner },
      { kind: 'npwp', reason: ev },
    ],
  },
  'requirement.remedies': { remedies: [msg('remedy.rules', { text: explain }), msg('remedy.full_nib')] },
  'law.no_verdict': { gaps: [msg('law.gap.past_review_date', { date: '2031-01-01', reviewBy: '2030-12-31' })], date: '2031-01-01' },
  'law.gap.before_first_instrument': { date: '2017-01-01', first: '2018-07-01' },
  'law.gap.replaced_not_encoded': { instrument: 'PerLKPP 9/2018', endedOn: '2021-06-01', replacedBy: 'PerLKPP 12/2021' },
  'law.gap.past_review_date': { date: '2031-01-01', reviewBy: '2030-12-31' },
  'equivalence.found': { missing: [{ id: 'TDP', en: 'TDP' }], doc, file: 'nib.pdf', page: 1, evidence: ev, explain },
  'nib_risk.unread': { file: 'nib.pdf', work: ['81210'] },
  'nib_risk.levels_unread': { file: 'nib.pdf', codes: ['81210'] },
  'nib_risk.work_not_listed': { file: 'nib.pdf', work: ['81210'], read: ['62019'] },
  'nib_risk.licensed': { file: 'nib.pdf', page: 1, evidence: ev, rows: [row], explain },
  'nib_risk.needs_licence': { file: 'nib.pdf', rows: [row], unmet: [{ ...row, needs: [doc] }], unsure: true },
  'remedy.full_nib': {},
  'remedy.nib_with_kbli': { work: ['81210'] },
  'remedy.upload_licences': { unmet: [{ ...row, needs: [doc] }] },
  'missing.exemption_unverified': { wanted: [doc], explain },
  'missing.form_unknown': { wanted: [doc], explain },
  'missing.unread_files': { wanted: [doc], files: ['scan.pdf'] },
  'missing.lookalike': { reason: inner, file: 'izin.pdf', as: doc, wanted: [doc] },
  'missing.fail': { reason: inner, substitutes: [doc], notYetAccepted: [doc], asOf: '2019-10-01' },
  'ocr.pass_low_confidence': { reason: inner, pages: [{ file: 'ktp.pdf', page: 1, confidence: 61 }] },
  'ocr.fail_on_scan': { reason: inner, pages: [{ file: 'spt.pdf', page: 2 }] },
  'consistency.clarify': { reason: inner, findings: [msg('consistency.npwp_format')] },
  'consistency.company_name_differs': {
    variants: [
      { value: 'PT A', files: ['nib.pdf'] },
      { value: 'PT B', files: ['akta.pdf'] },
    ],
  },
  'consistency.company_name_form': {},
  'consistency.npwp_differs': { readings: [{ value: '01.234', file: 'a.pdf' }] },
  'consistency.npwp_format': {},
  'consistency.address_differs': { file: 'sewa.pdf', value: 'Jl. A 1', registered: 'Jl. B 2' },
  'consistency.signatory_unauthorised': { name: 'Budi', file: 'pakta.pdf' },
  'consistency.ktp_holder_unrelated': { file: 'ktp.pdf', name: 'Siti' },
  'lint.not_understood': { closest: ['nib'], saysMore: [{ kind: 'surat_pernyataan', words: 'tidak akan menuntut', explain }] },
  'lint.cannot_be_required': { explain },
  'lint.obsolete_document': { kind: doc, substitutes: [doc], explain },
  'lint.obsolete_wording': { explain },
  'lint.exemption_ignored': { forms: ['perorangan'], explain },
  'lint.tax_year_not_due': { year: 2024, individual: '2025-03-31', entity: '2025-04-30', deadline: '2024-08-20', lastDue: 2023 },
  'lint.tax_year_outdated': { year: 2021, deadline: '2024-08-20', lastDue: 2023 },
  'lint.validity_before_deadline': { raw: '31 Desember 2019', iso: '2019-12-31', deadline: '2020-02-01' },
  'lint.kbli_format': { code: '6201' },
  'lint.template_note': {},
  'lint.needs_deadline': { year: 2024 },
};

const sample = (code: Code): Message => ({ code, params: SAMPLES[code] }) as Message;
const BROKEN = /undefined|\[object Object\]|NaN|null|\$\{/;

describe('the message catalogue', () => {
  it('has sample data for every code it holds, and no sample for a code it lacks', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)('%s renders in both languages, with no hole in the text', (code) => {
    const id = say(sample(code), 'id');
    const en = say(sample(code), 'en');
    expect(id.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(id).not.toMatch(BROKEN);
    expect(en).not.toMatch(BROKEN);
    // A code whose English is its Indonesian is a missing translation.
    expect(en).not.toBe(id);
  });

  it('renders with optional data left out, without holes', () => {
    const lean: Message[] = [
      msg('check.found', { doc, file: 'a.pdf', page: 1, evidence: msg('evidence.value', { label, value: 'x' }) }),
      msg('check.field_unreadable', { doc, file: 'a.pdf', field: label }),
      msg('missing.fail', { reason: inner, asOf: '2019-10-01' }),
      msg('risk_certificate.unclear', { doc }),
      msg('lint.needs_deadline', {}),
      msg('law.no_verdict', { gaps: [], date: '2031-01-01' }),
      msg('poa.proxy_without_attorney', { byRole: [], byDeed: [signer], directors: [] }),
    ];
    for (const m of lean) for (const lang of ['id', 'en'] as const) expect(say(m, lang)).not.toMatch(BROKEN);
    expect(say(lean[0] as Message, 'en')).toBe('Found: Business Identification Number (NIB) (a.pdf, p. 1: Number: x).');
  });

  it('says names from the rules in the chosen language, and lists of them as alternatives', () => {
    const m = msg('check.not_found', { docs: [doc, { id: 'Tanda Daftar Perusahaan', en: 'Company Registration' }] });
    expect(say(m, 'id')).toBe('Tidak ditemukan Nomor Induk Berusaha (NIB) atau Tanda Daftar Perusahaan dalam berkas penawaran.');
    expect(say(m, 'en')).toBe('No Business Identification Number (NIB) or Company Registration was found in the bundle.');
  });
});

describe('the codes src uses', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  const used = new Set(
    files('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bmsg\(\s*'([a-z_.]+)'/g)].map((m) => m[1] as string)),
  );

  it('are all in the catalogue', () => {
    expect([...used].filter((c) => !CODES.some((k) => k === c))).toEqual([]);
  });

  it('cover the catalogue: no code is left unused', () => {
    expect(CODES.filter((c) => !used.has(c))).toEqual([]);
  });
});

describe('evaluate, consistency and lint decide without prose', () => {
  const sources = ['src/evaluate', 'src/lint'].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(d, f)),
  );
  // A string literal of three words or more, outside comments, is a sentence (rule data from YAML is not in src).
  const sentence = /(['`"])(?:(?!\1).)*\b[\p{L}]+ [\p{L}]+ [\p{L}]+\b(?:(?!\1).)*\1/u;

  it.each(sources)('%s holds no sentence', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\/\/|\/\*|\*)/.test(l))
      .map((l) => l.replace(/\/\/.*$/, ''));
    expect(code.filter((l) => sentence.test(l))).toEqual([]);
  });
});
