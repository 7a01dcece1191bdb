// `npm run accuracy:independent`: scores `inspect --format json` over fixtures/independent (documents laid out
// by someone who had not read the field readers) against its expected.json. The set is kept out of tuning:
// run it to measure, never to adjust a reader to it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.argv[2] ?? path.join(ROOT, 'bin', 'kualifikasi.cjs');
const dir = process.argv[3] ?? path.join(ROOT, 'fixtures', 'independent');
const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-independent-'));
const expected: Record<string, { type: string; fields: Record<string, unknown> }> = JSON.parse(
  readFileSync(path.join(dir, 'expected.json'), 'utf8'),
);
const inspectDir = (d: string) =>
  (
    JSON.parse(
      execFileSync(process.execPath, [bin, 'inspect', d, '--format', 'json'], {
        maxBuffer: 256 << 20,
        env: { ...process.env, KUALIFIKASI_CACHE_DIR: cache },
      }).toString(),
    ).documents as Array<{ file: string }>
  ).map((x) => ({ ...x, file: path.join(d, x.file) }));
const docs = inspectDir(dir).filter((x) => x.file.endsWith('.pdf')) as unknown as Array<{
  file: string;
  docType: string | null;
  fields: Array<{ name: string; value: string | null }>;
}>;
// Where the corpus and the rules name the same thing differently.
const RENAME: Record<string, string> = { 'akta.issued_on': 'deed_date', 'spt_tahunan.issued_on': 'filed_on' };
const defined = new Map<string, Set<string>>();
{
  const { loadRuleset } = await import(path.resolve(path.dirname(bin), '..', 'dist', 'rules', 'load.js')).catch(() => ({
    loadRuleset: null as never,
  }));
  if (loadRuleset) {
    const rs = await loadRuleset(path.resolve(path.dirname(bin), '..', 'rules'));
    for (const t of rs.documents.values()) defined.set(t.id, new Set(t.fields.map((f: { name: string }) => f.name)));
  }
}
const npwp16 = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.length === 15 ? `0${d}` : d.slice(0, 16);
};
const norm = (field: string, v: unknown): string => {
  if (field === 'kbli_risk' && v && typeof v === 'object' && !Array.isArray(v))
    return JSON.stringify(
      Object.entries(v as Record<string, string>)
        .map(([c, l]) => `${c}:${l.toLowerCase().replace(/\s+/g, '_')}`)
        .sort(),
    );
  if (Array.isArray(v)) return JSON.stringify(v.map(String).sort());
  if (field === 'npwp' && typeof v === 'string') return npwp16(v);
  return String(v);
};
const rows: Record<string, Record<string, [number, number]>> = {};
const add = (set: string, key: string, ok: boolean) => {
  rows[set] ??= {};
  rows[set][key] ??= [0, 0];
  rows[set][key][1]++;
  if (ok) rows[set][key][0]++;
};
const misses: string[] = [];
for (const d of docs) {
  const key = path.relative(dir, d.file).replace(/\.pdf$/, '');
  const want = expected[key];
  if (!want) {
    misses.push(`no expectation for ${key}`);
    continue;
  }
  const set = key.startsWith('scans/') ? 'scans' : 'text';
  const typeOk = d.docType === want.type;
  add(`${set}:type`, want.type, typeOk);
  if (!typeOk) misses.push(`${key}: type ${d.docType ?? 'nothing'}, expected ${want.type}`);
  for (const [name, v] of Object.entries(want.fields)) {
    const ours = RENAME[`${want.type}.${name}`] ?? name;
    if (!defined.get(want.type)?.has(ours)) {
      add(`${set}:undefined`, `${want.type}.${name}`, false);
      continue;
    }
    const readings = d.fields.filter((f) => f.name === ours);
    const got =
      typeof v === 'object' && v !== null
        ? norm(
            name,
            readings.map((f) => f.value),
          )
        : (readings.find((f) => f.value !== null)?.value ?? null);
    const gotN =
      got === null
        ? null
        : typeof v === 'object' && v !== null
          ? name === 'kbli_risk'
            ? JSON.stringify(readings.map((f) => String(f.value)).sort())
            : got
          : norm(name, got);
    const ok = gotN === norm(name, v);
    add(`${set}:field`, `${want.type}.${name}`, ok);
    if (!ok) misses.push(`${key}: ${name} read as ${gotN ?? 'nothing'}, expected ${norm(name, v)}`);
  }
}
const table = (title: string, r: Record<string, [number, number]> = {}) => {
  const all = Object.values(r).reduce((a, [o, n]) => [a[0] + o, a[1] + n], [0, 0]);
  console.log(`\n${title}\n\n| | right |\n|---|---|`);
  for (const [k, [o, n]] of Object.entries(r).sort()) console.log(`| ${k} | ${o}/${n} |`);
  console.log(`| **all** | ${all[0]}/${all[1]}${all[1] ? ` (${((100 * all[0]) / all[1]).toFixed(1)} %)` : ''} |`);
};
for (const set of ['text', 'scans']) {
  table(`${set}: document type`, rows[`${set}:type`]);
  table(`${set}: fields the rules define`, rows[`${set}:field`]);
  const u = rows[`${set}:undefined`] ?? {};
  console.log(
    `\n${set}: expected fields the rules do not define (not scored): ${Object.entries(u)
      .map(([k, [, n]]) => `${k} ${n}`)
      .join(', ')}`,
  );
}
console.log(`\nMisses:\n${misses.map((m) => `- ${m}`).join('\n')}`);
