// `lint` output: the findings on a tender in text and JSON, the law applied, the notices and the note on a
// missing announcement date. Expected strings are written out and were checked against the code's rules.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { lawApplied, lawGapRows, lawGaps } from '../../../src/report/formatters/law-text.js';
import { lintJson } from '../../../src/report/formatters/lint-json.js';
import { lintNoticesText } from '../../../src/report/formatters/lint-notices-text.js';
import { lintAnnouncementNote, lintText } from '../../../src/report/formatters/lint-text.js';
import { expectGolden } from './golden.js';
import { lint } from './sample.js';

const plain = new Chalk({ level: 0 });

describe('lint formatters', () => {
  it('text: every requirement, each finding in full with its citations, and the counts', () => {
    expect(lintText(lint, 'en', plain)).toBe(
      [
        "Checks on the tender's requirements",
        'Law applied (2019-10-01): Perpres 16/2018; PP 24/2018† († date of effect not verified)',
        "COVERAGE WARNING: the reference date 2019-10-01 is after the rules' review date (2019-06-30); later regulations may have changed the law.",
        '  1. Memiliki TDP',
        '     understood as: tdp',
        '  2. SPT Tahunan tahun pajak 2019',
        '     understood as: spt_tahunan',
        '     ERROR [tax-year-not-due] The 2019 return is not yet due on 1 October 2019. Ask for the 2018 return.',
        '       Legal basis: UU KUP, Pasal 3 *',
        'Findings: 1 error, 0 warnings, 0 notes',
        '',
      ].join('\n'),
    );
  });

  it('text in Indonesian: nouns do not inflect; in a check header only the findings, first sentence', () => {
    expect(lintText(lint, 'id', plain).split('\n').at(-2)).toBe('Temuan: 1 tidak sesuai ketentuan, 0 peringatan, 0 catatan');
    expect(lintText(lint, 'id', plain, true)).toBe(
      [
        'Pemeriksaan persyaratan tender',
        '  2. SPT Tahunan tahun pajak 2019',
        '     dipahami sebagai: spt_tahunan',
        '     TIDAK SESUAI KETENTUAN [tax-year-not-due] SPT 2019 belum wajib disampaikan pada 1 Oktober 2019.',
        'Temuan: 1 tidak sesuai ketentuan, 0 peringatan, 0 catatan',
        '',
      ].join('\n'),
    );
  });

  it('json', () => expectGolden('lint-json.id.json', lintJson(lint, 'id', { file: 'tender.yaml', sha256: 'cd'.repeat(32) })));

  it('the law applied and its gaps', () => {
    expect(lawApplied(lint.law, 'id')).toBe(
      'Peraturan yang diterapkan (2019-10-01): Perpres 16/2018; PP 24/2018† († tanggal berlaku belum diverifikasi)',
    );
    expect(lawGaps({ ...lint.law, gaps: [] }, 'en')).toEqual([]);
    expect(lawGapRows(lint.law, 'en')).toEqual([
      [
        'Coverage warning',
        "the reference date 2019-10-01 is after the rules' review date (2019-06-30); later regulations may have changed the law.",
      ],
    ]);
  });

  it('notices on stderr, nothing when there are none', () => {
    expect(lintNoticesText(['ldk.txt:4: Lain-lain'], 'id')).toBe(
      'Baris yang tidak dapat dikaitkan ke butir persyaratan mana pun (periksa):\n  ldk.txt:4: Lain-lain\n',
    );
    expect(lintNoticesText([], 'en')).toBe('');
  });

  it('the note on an unknown announcement date', () => {
    expect(lintAnnouncementNote('2024-03-05', 'en', plain)).toBe(
      "Announcement date unknown: the law in force on 5 March 2024 is applied (give --announced for the tender's date).\n",
    );
    expect(lintAnnouncementNote('2024-03-05', 'id', plain)).toBe(
      'Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada 5 Maret 2024 (berikan --announced untuk tanggal tender).\n',
    );
  });
});
