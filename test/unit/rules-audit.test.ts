// `rules audit` reads the ruleset through the loader: an invalid instrument file stops it with that file's
// problems (it used to be skipped in silence), and a valid ruleset is audited instrument by instrument.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KualifikasiError } from '../../src/errors/catalogue.js';
import { auditRules } from '../../src/rules/audit.js';
import { defaultRulesDir } from '../../src/rules/load.js';

describe('rules audit', () => {
  it('reports an invalid instrument file, with its file and line, instead of skipping it', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-audit-')), 'rules');
    cpSync(defaultRulesDir(), dir, { recursive: true });
    const file = path.join(dir, 'instruments', 'pp-24-2018.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/in_force_from_verified: (true|false)/, 'in_force_from_verified: perhaps'));
    const err = await auditRules(dir, { asOf: '2026-01-01', strict: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KualifikasiError);
    expect(err instanceof KualifikasiError && err.code).toBe('RULES_INVALID');
    expect(err instanceof KualifikasiError && err.problems.map((p) => p.file)).toContain(file);
  });

  it('audits every instrument the loader read, each finding at a line of its own file', async () => {
    const audit = await auditRules(defaultRulesDir(), { asOf: '2026-01-01', strict: true });
    const files = new Set(audit.findings.map((f) => path.basename(f.file)));
    expect(files).toContain('pp-24-2018.yaml');
    expect(audit.findings.every((f) => f.line >= 1)).toBe(true);
    expect(audit.exitCode).toBe(audit.findings.length > 0 ? 1 : 0);
  });
});
