// `kualifikasi sanggah` as a bidder runs it: the pokja's reason matched to a requirement, the same evaluation
// as `check`, a draft letter only when the tool finds the requirement met, waived or not applicable.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'kualifikasi-sanggah-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const T2026 = fixture('tenders', '2026-03-jasa-kebersihan.yaml');
const T2019 = fixture('tenders', '2019-10-barang-komputer.yaml');
const sanggah = (tender: string, bundle: string, ...args: string[]) => runCli(['sanggah', tender, fixture('bundles', bundle), ...args]);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the seed\'s case: NIB only, a domicile letter required, disqualified for "tidak melampirkan SKDP"', () => {
  it('drafts the sanggah citing the domicile waiver, with each citation marked unverified and the deadline', async () => {
    const r = await sanggah(
      T2026,
      'cv-nib-saja',
      '--alasan',
      'tidak melampirkan SKDP',
      '--diumumkan',
      '2026-03-20',
      '--pokja',
      'Pokja Pemilihan 7 UKPBJ Kota Contoh',
    );
    expect(r.code).toBe(0);
    const letter = r.stdout;
    // The tender's identity, the requirement and the pokja's reason.
    for (const s of [
      '# DRAF SANGGAH',
      '| Kode Tender | 91230126 |',
      'Jasa Kebersihan Gedung Kantor Bappeda Tahun Anggaran 2026',
      'Pokja Pemilihan Pokja Pemilihan 7 UKPBJ Kota Contoh',
      'dengan alasan: "tidak melampirkan SKDP"',
      'persyaratan A.5 pada Lembar Data Kualifikasi: "Memiliki Surat Keterangan Domisili Usaha (SKDU)"',
    ]) {
      expect(letter).toContain(s);
    }
    // Why it cannot be required: the waiver's reasoning and its citations, each with its status.
    expect(letter).toContain('Persyaratan tersebut tidak dapat dijadikan dasar untuk menggugurkan peserta.');
    expect(letter).toContain('Sejak SE Mendagri 503/6491/SJ tanggal 17 Juli 2019');
    expect(letter).toMatch(/\| 1 \| SE Mendagri 503\/6491\/SJ, [^|]+\| [^|]+\| BELUM TERVERIFIKASI/);
    expect(letter).toMatch(/\| 2 \| PerLKPP 12\/2021, [^|]+\| [^|]+\| BELUM TERVERIFIKASI/);
    // What the bid held: the NIB is there.
    expect(letter).toContain('| nib-oss-rba.pdf | Nomor Induk Berusaha (NIB) | 2 |');
    // The deadline: 5 calendar days after the announcement, on an unverified basis, SPSE's schedule deciding.
    expect(letter).toContain('paling lambat 25 Maret 2026, yaitu 5 hari kalender setelah pengumuman hasil pemilihan pada 20 Maret 2026');
    expect(letter).toContain('Perpres 16/2018, Ketentuan sanggah (pasal belum diverifikasi) * (BELUM TERVERIFIKASI');
    expect(letter).toContain('Ini draf yang disusun dengan bantuan kualifikasi, bukan pendapat hukum.');
    expect(r.stderr).toContain('Menurut alat, persyaratan A.5 ("Memiliki Surat Keterangan Domisili Usaha (SKDU)"): Tidak Dipersyaratkan.');
  });

  it('under --lang en the messages are English and the letter stays Indonesian', async () => {
    const r = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'tidak melampirkan SKDP', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('The tool finds requirement A.5');
    expect(r.stderr).toContain(
      'The announcement date of the result was not given: the filing deadline is not computed. Give it with --diumumkan YYYY-MM-DD.',
    );
    expect(r.stdout).toContain('Persyaratan tersebut tidak dapat dijadikan dasar untuk menggugurkan peserta.');
    expect(r.stdout).toContain('Tanggal pengumuman hasil tidak diketahui, sehingga tanggal terakhirnya tidak dapat dihitung.');
    expect(r.stdout).not.toMatch(/\b(the|cannot|Since|requirement)\b/);
  });

  it('a reason met by another document ("Tidak memiliki TDP"): the NIB is shown as evidence, file, page and value', async () => {
    const r = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'Tidak memiliki TDP', '--diumumkan', '2026-03-20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kami telah memenuhi persyaratan tersebut');
    expect(r.stdout).toContain('| nib-oss-rba.pdf | 1 | NIB | 2203230004512 |');
    expect(r.stdout).toMatch(/\| PP 28\/2025, Pasal 220 ayat \(2\) \| [^|]+\| terverifikasi pada sumber sekunder \|/);
  });
});

describe("the seed's case from the published Dokumen Pemilihan PDF", () => {
  it('reads the tender from the PDF, ties "tidak melampirkan SKDU" to the licence-table row, and drafts with its page', async () => {
    const r = await sanggah(
      fixture('dokmil', 'dokmil-2023-jasa-lainnya.pdf'),
      'cv-nib-saja',
      '--alasan',
      'tidak melampirkan SKDU',
      '--diumumkan',
      '2023-07-28',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'pada Lembar Data Kualifikasi (hlm. 8): "SKDU Memiliki Surat Keterangan Domisili Usaha (SKDU) dari kelurahan"',
    );
    expect(r.stdout).toContain('SE Mendagri 503/6491/SJ');
    expect(r.stdout).toContain('paling lambat 2 Agustus 2023');
    expect(r.stdout).toContain('BELUM TERVERIFIKASI');
  });
});

describe('no draft when the tool does not side with the bidder', () => {
  it('exit 1 when the pokja was right: said plainly with the reason, no file written', async () => {
    const out = path.join(TMP, 'tidak-ada.md');
    const r = await sanggah(T2019, 'pt-spt-salah-tahun', '--alasan', 'SPT tahun 2018 tidak ada', '--output', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Menurut alat, Pokja Pemilihan benar: persyaratan 5');
    expect(r.stdout).toContain('Sanggah tidak disusun.');
    expect(r.stdout).toContain('SPT Tahunan yang diunggah adalah untuk tahun pajak 2017, sedangkan yang diminta tahun pajak 2018.');
    expect(existsSync(out)).toBe(false);
  });

  it('exit 3 when it is review: says what to clarify', async () => {
    const r = await sanggah(T2019, 'pt-nama-beda', '--alasan', 'NPWP tidak sesuai', '--lang', 'en');
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('The tool cannot decide requirement 4 ("Memiliki Nomor Pokok Wajib Pajak (NPWP)")');
    expect(r.stdout).toContain('To clarify:');
    expect(r.stdout).toContain('"PT NUSANTARA DATA PERSADA" (03-npwp.pdf, 04-spt-tahunan.pdf)');
    expect(r.stdout).not.toContain('DRAF');
  });

  it('a draft still warns when other requirements are not met', async () => {
    const r = await sanggah(T2019, 'pt-tanpa-nib', '--alasan', 'tidak melampirkan SKDP');
    expect(r.code).toBe(0);
    expect(squash(r.stderr)).toContain(
      'persyaratan berikut juga belum terpenuhi, sehingga sanggah atas alasan ini saja mungkin tidak mengubah hasil: 2. Memiliki Tanda Daftar Perusahaan (TDP) (Tidak Memenuhi)',
    );
  });
});

describe('bad input: exit 2 with one clear paragraph', () => {
  it('a reason tied to no requirement lists the requirements', async () => {
    const r = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'dokumen tidak lengkap');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Alasan "dokumen tidak lengkap" tidak dapat dikaitkan dengan persyaratan tender mana pun.');
    expect(r.stderr).toContain('A.5 "Memiliki Surat Keterangan Domisili Usaha (SKDU)" [surat_domisili]');
    expect(r.stderr).toContain('--persyaratan <id>');
    expect(r.stdout).toBe('');
  });

  it('a reason naming a document the tender does not ask for', async () => {
    const r = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'tidak melampirkan SBU', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names sbu, which no requirement of the tender asks for');
  });

  it('an ambiguous reason names the candidates; --persyaratan settles it', async () => {
    const r = await sanggah(T2019, 'pt-spt-salah-tahun', '--alasan', 'NPWP dan SPT tidak ada');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cocok dengan lebih dari satu persyaratan: 4 "Memiliki Nomor Pokok Wajib Pajak (NPWP)" [npwp]; 5 ');
    const chosen = await sanggah(T2019, 'pt-spt-salah-tahun', '--alasan', 'NPWP dan SPT tidak ada', '--persyaratan', '5');
    expect(chosen.code).toBe(1);
    const unknown = await sanggah(T2019, 'pt-spt-salah-tahun', '--alasan', 'NPWP', '--persyaratan', 'Z.9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Tender tidak memiliki persyaratan "Z.9".');
  });

  it('a folder of several bidders is refused before any PDF is read', async () => {
    const r = await runCli(['sanggah', T2026, fixture('bundles'), '--alasan', 'tidak melampirkan SKDP', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/A sanggah is drafted for one bidder, but .*bundles holds \d+ bidders' bundles\./);
  });

  it('a bad --diumumkan date and a missing --alasan', async () => {
    const bad = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'SKDP', '--diumumkan', '20-03-2026');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tanggal --diumumkan "20-03-2026" tidak sah.');
    const missing = await sanggah(T2026, 'cv-nib-saja');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--alasan');
  });
});

const has = (cmd: string, arg = '--version') => {
  try {
    execFileSync(cmd, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!has('chromium') || !has('pdfinfo', '-v'))('the HTML draft prints on A4 (headless Chromium)', () => {
  it('prints whole: tender, reason, citations with status, deadline, page numbers', async () => {
    const html = path.join(TMP, 'sanggah.html');
    const pdf = path.join(TMP, 'sanggah.pdf');
    const r = await sanggah(
      T2026,
      'cv-nib-saja',
      '--alasan',
      'tidak melampirkan SKDP',
      '--diumumkan',
      '2026-03-20',
      '--format',
      'html',
      '--output',
      html,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Draf sanggah ditulis ke ${html}.`);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${path.join(TMP, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeLessThanOrEqual(3);
    const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-']).toString());
    for (const s of [
      'DRAF SANGGAH',
      '91230126',
      '"tidak melampirkan SKDP"',
      'SE Mendagri 503/6491/SJ',
      'BELUM TERVERIFIKASI',
      '25 Maret 2026',
      'nib-oss-rba.pdf',
      `Hal. ${pages} dari ${pages}`,
    ]) {
      expect(text).toContain(s);
    }
  });
});

describe('the README shows real output', () => {
  it("every line of the Sanggah section's output blocks is printed by the command it names", async () => {
    const readme = readFileSync(fixture('..', 'README.md'), 'utf8');
    const section = /## Sanggah: a draft objection for a bidder\n([\s\S]*?)\n## (?!\d)/.exec(readme)?.[1] ?? '';
    const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] !== 'sh').map((m) => m[2] as string);
    expect(blocks).toHaveLength(3);
    const seed = await sanggah(T2026, 'cv-nib-saja', '--alasan', 'tidak melampirkan SKDP', '--diumumkan', '2026-03-20');
    const right = await sanggah(T2019, 'pt-spt-salah-tahun', '--alasan', 'SPT tahun 2018 tidak ada');
    const printed = [seed.stdout, seed.stderr, right.stdout].join('\n').split('\n');
    const shown = blocks.flatMap((b) => b.split('\n')).filter((l) => l !== '' && l !== '...' && !l.startsWith('$ '));
    expect(shown.length).toBeGreaterThan(15);
    expect(shown.filter((l) => !printed.includes(l))).toEqual([]);
  });
});
