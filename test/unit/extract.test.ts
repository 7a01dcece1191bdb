// pdf.js's legacy build brings core-js, which swaps some built-ins for slower JavaScript versions on Node 20.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const push = Array.prototype.push;
const parse = JSON.parse;

describe('extractPdf and the built-ins', () => {
  it('leaves Array.prototype.push and JSON.parse native after pdf.js has loaded and read a document', async () => {
    const { extractPdf } = await import('../../src/documents/extract.js');
    const result = await extractPdf(readFileSync(new URL('../../fixtures/bundles/pt-lengkap/01-nib.pdf', import.meta.url)));
    expect(result.ok).toBe(true);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    // ...and pdf.js still works with them: a second document reads the same.
    expect(await extractPdf(readFileSync(new URL('../../fixtures/bundles/pt-lengkap/01-nib.pdf', import.meta.url)))).toEqual(result);
  });
});
