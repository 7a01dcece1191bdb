// Property tests (fast-check) for the loaders: whatever text a person or a file gives, they answer with a
// value or with problems that name a line, and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLdkText } from '../../src/tender/ldk-text.js';
import { tenderYaml } from '../../src/tender/read.js';
import { tenderFile } from '../../src/tender/schema.js';
import { parseYaml } from '../../src/yaml/source.js';

const yamlish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'tender:',
        '  name: x',
        'requirements:',
        '  - id: "1"',
        '    text: NIB',
        ': :',
        '- -',
        '&a [*a]',
        '"',
        "'",
        '\t',
        '{',
        '[',
        'announced: 2019-13-45',
        '  ',
        '#',
      ),
      { maxLength: 30 },
    )
    .map((l) => l.join('\n')),
);

describe('parseYaml', () => {
  it('never throws; problems always name a line of the file', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const r = parseYaml('t.yaml', text, tenderFile);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          const lines = text.split('\n').length;
          for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1), expect(p.line).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseLdkText', () => {
  const wording = fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,10}){1,8}$/);

  it('never throws on arbitrary text, and every item keeps a line of the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const r = parseLdkText(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const item of r.requirements) expect(item.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 300 },
    );
  });

  it('a numbered list round-trips: same ids, same wording, whatever the numbering style', () => {
    fc.assert(
      fc.property(fc.array(wording, { minLength: 1, maxLength: 12 }), fc.constantFrom('1.', '1)'), (items, style) => {
        const text = `Persyaratan Kualifikasi\n${items.map((t, i) => `${style.replace('1', String(i + 1))} ${t}`).join('\n')}\n`;
        const r = parseLdkText(text);
        expect(r.requirements.map((x) => [x.id, x.text])).toEqual(items.map((t, i) => [String(i + 1), t]));
        expect(r.unparsed).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the emitted YAML is a valid tender file with the same requirements', () => {
    fc.assert(
      fc.property(fc.array(wording, { minLength: 1, maxLength: 8 }), (items) => {
        const parse = parseLdkText(items.map((t, i) => `${i + 1}. ${t}`).join('\n'));
        const { yaml, missing } = tenderYaml(
          parse,
          { name: 'Paket', type: 'barang', announced: '2024-01-02', deadline: '2024-01-16' },
          't.txt',
        );
        expect(missing).toEqual([]);
        const back = parseYaml('t.yaml', yaml, tenderFile);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value.requirements.map((r) => r.text)).toEqual(items);
      }),
      { numRuns: 150 },
    );
  });
});
