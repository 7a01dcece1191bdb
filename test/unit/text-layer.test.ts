import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/text is the bottom layer: documents, tender, lint and evaluate read from it, it reads from none of them.
describe('src/text', () => {
  it('imports nothing outside its own folder', () => {
    const dir = join(import.meta.dirname, '../../src/text');
    const outside = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => `${f}: ${m[1]}`))
      .filter((imp) => !/: \.\/[^/]+$/.test(imp));
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
