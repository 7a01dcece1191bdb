// The remaining renderers: inspect (text, JSON), explain, cache (text, JSON), errors, schema and the progress
// line. inspect and explain read the shipped rules (document type names, the law of a kind on a date).
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleDocument } from '../../../src/documents/bundle.js';
import { KualifikasiError } from '../../../src/errors/catalogue.js';
import { cacheJson } from '../../../src/report/formatters/cache-json.js';
import { cacheText } from '../../../src/report/formatters/cache-text.js';
import { errorLine, errorText } from '../../../src/report/formatters/error-text.js';
import { explainTenderText } from '../../../src/report/formatters/explain-tender-text.js';
import { explainText } from '../../../src/report/formatters/explain-text.js';
import { inspectJson } from '../../../src/report/formatters/inspect-json.js';
import { inspectText } from '../../../src/report/formatters/inspect-text.js';
import { progressLine } from '../../../src/report/formatters/progress-text.js';
import { schemaJson } from '../../../src/report/formatters/schema-json.js';
import { findKind } from '../../../src/rules/find.js';
import { loadRuleset, type Ruleset } from '../../../src/rules/load.js';
import { expectGolden } from './golden.js';

const plain = new Chalk({ level: 0 });
let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

const nib: BundleDocument = {
  file: 'nib.pdf',
  sha256: 'ef'.repeat(32),
  bytes: 2048,
  pages: 3,
  docType: 'nib',
  classification: {
    docType: 'nib',
    ambiguous: false,
    candidates: [
      { docType: 'nib', score: 5, cues: [{ kind: 'title', pattern: 'NOMOR INDUK BERUSAHA', page: 1, text: 'NOMOR INDUK BERUSAHA' }] },
      { docType: 'izin_usaha', score: 1, cues: [], excludedBy: { kind: 'exclude', pattern: 'NIB', page: 1, text: 'NIB' } },
    ],
  },
  fields: [
    { name: 'nib', value: '8120114180194', raw: '8120114180194', page: 1, snippet: 'NIB: 8120114180194' },
    { name: 'issued_on', value: null, raw: '31 Februari 2018', page: 3, snippet: 'Diterbitkan 31 Februari 2018' },
  ],
  problems: [{ code: 'timeout', detail: '30 s' }],
  ocr: [{ page: 3, confidence: 91, lines: [] }],
};

describe('inspect', () => {
  it('text: type and why, where the text came from, every field with its page, the fields not found, problems', () => {
    expectGolden('inspect-text.en.txt', inspectText([nib], ruleset, 'en', plain));
  });
  it('json: the documents as read', () => {
    expect(JSON.parse(inspectJson([nib]))).toEqual({ schemaVersion: 1, documents: [nib] });
  });
});

describe('explain', () => {
  it('the domicile letter on 2019-10-01, from the shipped rules', () => {
    expectGolden('explain-surat_domisili.en.txt', explainText(ruleset, findKind(ruleset, 'surat_domisili'), '2019-10-01', 'en'));
  });
});

describe('explain of a tender', () => {
  it('each requirement with its kind and page, then the law of each kind, from the shipped rules', async () => {
    const { parseLdkText } = await import('../../../src/tender/ldk-text.js');
    const { buildTender } = await import('../../../src/tender/load.js');
    const parse = parseLdkText('1. Memiliki Surat Keterangan Domisili\n2. Rumusan yang tidak dikenal aturan');
    const tender = buildTender(
      'dokmil.pdf',
      new Uint8Array(),
      {
        tender: { name: 'Paket Uji', procurement_type: 'barang', announced: '2019-10-01', deadline: '2019-10-15' },
        requirements: parse.requirements.map((r) => ({ id: r.id, text: r.text })),
      },
      () => 1,
      ruleset,
    );
    tender.requirements[0] = { ...(tender.requirements[0] as (typeof tender.requirements)[0]), page: 8 };
    const read = {
      tender: { ...tender, pages: { announced: 5 } },
      format: 'pdf' as const,
      missing: [],
      notices: [],
      unknown: { announced: false, deadline: true },
    };
    const text = explainTenderText(read, ruleset, undefined, 'en');
    expect(
      text.startsWith(
        'Paket Uji\nAnnounced: 2019-10-01 (p. 5); deadline: ?\n\n1 (p. 8): Memiliki Surat Keterangan Domisili\n  → surat_domisili\n2: Rumusan yang tidak dikenal aturan\n  → not understood',
      ),
    ).toBe(true);
    expectGolden('explain-tender.en.txt', text);
  });
});

describe('cache', () => {
  const usage = {
    dir: '/home/u/.cache/kualifikasi',
    parts: { documents: { files: 1, bytes: 2560 } },
  };
  it("text in both languages, sizes in the language's number format", () => {
    expect(cacheText(usage, false, 'id')).toBe(
      [
        'Cache: /home/u/.cache/kualifikasi',
        '  dokumen (teks PDF dan hasil pengenalannya): 1 berkas, 2,5 KB',
        'Hapus dengan `kualifikasi cache --clear`: yang hilang hanya kecepatan pemeriksaan berikutnya. KUALIFIKASI_CACHE_DIR memindahkannya.',
        '',
      ].join('\n'),
    );
    expect(cacheText(usage, true, 'en')).toBe(
      [
        'Cache cleared: /home/u/.cache/kualifikasi',
        '  documents (PDF text and what the rules recognised): 1 file, 2.5 KB',
        'The next check reads every PDF again.',
        '',
      ].join('\n'),
    );
  });
  it('json', () => expect(JSON.parse(cacheJson(usage, true))).toEqual({ ...usage, cleared: true }));
});

describe('errors', () => {
  it('message, the lines at fault (at most 20), the hint; a stack only when given', () => {
    const problems = Array.from({ length: 22 }, (_, i) => ({
      file: 't.yaml',
      line: i + 1,
      column: 3,
      message: 'bad',
      text: { id: 'salah', en: 'wrong' },
    }));
    const out = errorText(new KualifikasiError('TENDER_INVALID', { file: 't.yaml' }, problems), 'en').split('\n');
    expect(out.slice(0, 2)).toEqual(['kualifikasi: The tender file t.yaml is not valid.', '  t.yaml:1:3: wrong']);
    expect(out.slice(-3)).toEqual([
      '  ... (+2)',
      'Fix the lines named above; fixtures/tenders/ has correct examples, and `kualifikasi schema tender` prints the schema for editors.',
      '',
    ]);
    expect(out).toHaveLength(24);
    expect(errorText(new KualifikasiError('BAD_DATE', { option: '--as-of', value: 'x' }), 'id', 'Error: at f')).toBe(
      'kualifikasi: Tanggal --as-of "x" tidak sah.\nTulis tanggal sebagai TTTT-BB-HH, misalnya 2019-10-01.\nError: at f\n',
    );
    expect(errorLine(new KualifikasiError('BUNDLE_NO_PDF', { path: 'b', skipped: 'a.docx' }), 'en')).toBe(
      'kualifikasi: There is no PDF in b; files skipped: a.docx.\n',
    );
  });
});

describe('schema and progress', () => {
  it('schema: indented JSON and a newline', () => expect(schemaJson({ type: 'object' })).toBe('{\n  "type": "object"\n}\n'));
  it('progress: the bar, the count, the time left once estimated, a long name shortened from the left', () => {
    expect(progressLine(6, 24, 'pt-a/nib.pdf', 95_000, 'id')).toBe(
      '\r\x1b[2K[######..................] 6/24 dokumen · sisa ± 1 mnt 35 dtk pt-a/nib.pdf',
    );
    expect(progressLine(24, 24, `${'x'.repeat(45)}.pdf`, undefined, 'en')).toBe(
      `\r\x1b[2K[########################] 24/24 documents …${'x'.repeat(35)}.pdf`,
    );
  });
});
