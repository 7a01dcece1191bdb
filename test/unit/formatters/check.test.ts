// The check report in every format, from one small report (sample.ts): the golden files are the contract.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../../src/report/formatters/index.js';
import { jsonReport } from '../../../src/report/schema.js';
import { expectGolden } from './golden.js';
import { report } from './sample.js';

const plain = new Chalk({ level: 0 });

describe('check formatters', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`text (${lang})`, () => expectGolden(`check-text.${lang}.txt`, FORMATTERS.text(report, { lang, color: plain })));
    it(`markdown (${lang})`, () => expectGolden(`check-markdown.${lang}.md`, FORMATTERS.markdown(report, { lang, color: plain })));
  }
  it('json, which also matches the published schema', () => {
    const out = FORMATTERS.json(report, { lang: 'en', color: plain });
    expect(() => jsonReport.parse(JSON.parse(out))).not.toThrow();
    expectGolden('check-json.en.json', out);
  });
  it('junit', () => expectGolden('check-junit.id.xml', FORMATTERS.junit(report, { lang: 'id', color: plain })));
  it('html', () => expectGolden('check-html.en.html', FORMATTERS.html(report, { lang: 'en', color: plain })));
  it('colours only when the chalk instance has them', () => {
    const coloured = FORMATTERS.text(report, { lang: 'en', color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\x1b[');
    expect(stripVTControlCharacters(coloured)).toBe(FORMATTERS.text(report, { lang: 'en', color: plain }));
  });
});
