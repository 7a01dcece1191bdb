// "Bukti bahwa yang diberikan kuasa merupakan pegawai tetap (apabila dikuasakan)" with the real rules: not
// asked when the director signs in person, left to the pokja when a proxy signs, and never satisfied by the
// surat kuasa itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, BundleDocument } from '../../src/documents/bundle.js';
import { evaluateBundle } from '../../src/evaluate/evaluate.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { buildTender } from '../../src/tender/load.js';

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

const LINES = ['Surat Kuasa (apabila dikuasakan)', 'Bukti bahwa yang diberikan kuasa merupakan pegawai tetap (apabila dikuasakan)'];

function statuses(docs: Array<[string, string, Record<string, string>]>): Record<string, string> {
  const documents: BundleDocument[] = docs.map(([file, docType, fields]) => ({
    file,
    sha256: null,
    bytes: 1,
    pages: 1,
    docType,
    classification: null,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, raw: value, page: 1, snippet: value })),
    problems: [],
  }));
  const bundle: Bundle = { path: 'b', bidder: { name: 'PT Contoh', form: 'pt', source: 'manifest' }, documents };
  const tender = buildTender(
    't.yaml',
    new TextEncoder().encode('t'),
    {
      tender: { name: 'Paket', procurement_type: 'konsultansi', announced: '2024-09-09', deadline: '2024-09-23' },
      requirements: LINES.map((text, i) => ({ id: String(i + 1), text })),
    },
    () => 1,
    ruleset,
  );
  const results = evaluateBundle(tender, bundle, { ruleset, asOf: '2024-09-09', deadline: '2024-09-23' });
  return Object.fromEntries(results.map((r) => [r.kind, r.status]));
}

const akta: [string, string, Record<string, string>] = ['akta.pdf', 'akta', { director: 'Rudi Hartono' }];

describe('proof that the attorney is a permanent employee', () => {
  it('is not applicable, like the surat kuasa, when the director signs in person', () => {
    expect(statuses([akta, ['pakta.pdf', 'pakta_integritas', { signatory_name: 'Rudi Hartono', signatory_role: 'Direktur' }]])).toEqual({
      surat_kuasa: 'not_applicable',
      bukti_pegawai_tetap: 'not_applicable',
    });
  });

  it('is review when a proxy signs, and a surat kuasa does not make it pass', () => {
    const pakta: [string, string, Record<string, string>] = [
      'pakta.pdf',
      'pakta_integritas',
      { signatory_name: 'Dewi Lestari', signatory_role: 'Manajer Pemasaran' },
    ];
    expect(statuses([akta, pakta, ['kuasa.pdf', 'surat_kuasa', { attorney_name: 'Dewi Lestari' }]])).toEqual({
      surat_kuasa: 'pass',
      bukti_pegawai_tetap: 'review',
    });
    // Without the surat kuasa, the missing surat kuasa is the fail; the employment proof stays the pokja's question.
    expect(statuses([akta, pakta])).toEqual({ surat_kuasa: 'fail', bukti_pegawai_tetap: 'review' });
  });

  it('is review when the signatory cannot be told', () => {
    expect(statuses([akta, ['pakta.pdf', 'pakta_integritas', { signatory_name: 'Rudi Hartono' }]]).bukti_pegawai_tetap).toBe('review');
  });
});
