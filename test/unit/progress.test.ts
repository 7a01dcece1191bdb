import { describe, expect, it } from 'vitest';
import { terminalProgress, wantProgress } from '../../src/cli/progress.js';

describe('progress on stderr', () => {
  it('is drawn only on a terminal, outside CI, for runs of 20 documents or more', () => {
    const tty = { isTTY: true };
    expect(wantProgress({}, tty, 400)).toBe(true);
    expect(wantProgress({}, { isTTY: false }, 400)).toBe(false);
    expect(wantProgress({ CI: 'true' }, tty, 400)).toBe(false);
    expect(wantProgress({ TERM: 'dumb' }, tty, 400)).toBe(false);
    expect(wantProgress({}, tty, 19)).toBe(false);
  });

  it('draws a bar with the count and the time left, redraws at most every 80 ms, and clears its line at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const p = terminalProgress(100, { write: (s: string) => (written.push(s), true) }, 'id', () => clock);
    for (let i = 1; i <= 100; i++) {
      clock = i * 50; // 50 ms per document
      p.tick(`peserta-${i}/01-nib.pdf`);
    }
    // Every other tick (80 ms apart) plus the last one.
    expect(written.length).toBeGreaterThanOrEqual(50);
    expect(written.length).toBeLessThanOrEqual(52);
    const halfway = written.find((w) => w.includes(' 50/100 '));
    expect(halfway).toMatch(/\[#{12}\.{12}\] 50\/100 dokumen · sisa ± 3 dtk peserta-50\/01-nib\.pdf$/);
    expect(written.at(-1)).toMatch(/\] 100\/100 dokumen peserta-100/); // no estimate once done
    p.done();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('speaks English with --lang en, and minutes for long runs', () => {
    const written: string[] = [];
    let clock = 0;
    const p = terminalProgress(1000, { write: (s: string) => (written.push(s), true) }, 'en', () => clock);
    for (let i = 1; i <= 10; i++) {
      clock = i * 1000; // 1 s per document: 990 s left after 10
      p.tick('a.pdf');
    }
    expect(written.at(-1)).toContain('10/1000 documents · about 16 min 30 s left a.pdf');
  });
});
