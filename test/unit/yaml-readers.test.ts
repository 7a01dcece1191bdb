// parseYaml reads a valid file with js-yaml and everything else with `yaml` (positions, alias limits). Both
// must read the same data: every YAML file the project ships is read by both and compared.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parseYaml } from '../../src/yaml/source.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(ROOT, dir, f));

describe('the two YAML readers', () => {
  const files = [...yamlFiles('rules'), ...yamlFiles('fixtures/tenders'), ...yamlFiles('fixtures/dokmil')];

  it('read every shipped rule and tender file to the same data', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(load(text, { schema: CORE_SCHEMA }), file).toEqual(parseDocument(text, { schema: 'core' }).toJS());
    }
  });

  it('a valid file still names the line of any path asked for', () => {
    const parsed = parseYaml('t.yaml', 'a: 1\nb:\n  - x\n  - y\n', z.object({ a: z.number(), b: z.array(z.string()) }));
    expect(parsed.ok && parsed.lineOf(['b', 1])).toBe(4);
  });

  it('an alias bomb never reaches the fast reader: the full one refuses it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const parsed = parseYaml('bomb.yaml', bomb, z.unknown());
    expect(parsed.ok).toBe(false);
  });
});
