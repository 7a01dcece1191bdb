// Every document type and field the code names by string is listed in rules/law.yaml, which the loader
// checks against the rules: renaming a field in rules/ then fails the load instead of switching a check off.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/rules/load.js';

const SRC = path.resolve(import.meta.dirname, '../../src');
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => path.join(e.parentPath, e.name))
  .filter((f) => /[/\\](evaluate|documents|lint)[/\\]/.test(f));
const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const named = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1] as string))].sort();

describe('names the code uses are declared in rules/law.yaml', () => {
  it('fields', async () => {
    const rules = await loadRuleset();
    const declared = new Set(rules.law.fields.map((f) => f.field));
    const used = named(/\.name === '([a-z_]+)'|fieldOf\([a-z.]+, '([a-z_]+)'\)/g)
      .concat(named(/fieldOf\([a-z.]+, '([a-z_]+)'\)/g))
      .filter(Boolean);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((f) => !declared.has(f))).toEqual([]);
    // bidder identification: value('nib', 'company_name')
    const pairs = [...code.matchAll(/value\('([a-z_]+)', '([a-z_]+)'\)/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(pairs.length).toBeGreaterThan(3);
    const declaredPairs = new Set(rules.law.fields.map((f) => `${f.document}.${f.field}`));
    expect(pairs.filter((p) => !declaredPairs.has(p))).toEqual([]);
  });

  it('document types', async () => {
    const rules = await loadRuleset();
    const used = named(/docType === '([a-z_]+)'/g);
    expect(used.filter((d) => !rules.documents.has(d))).toEqual([]);
  });
});
