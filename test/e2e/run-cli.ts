// Runs the built CLI (bin/kualifikasi.cjs → dist/) as a real process, as a user or CI would.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonReport } from '../../src/report/schema.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'kualifikasi.cjs');
export const fixture = (...parts: string[]) => path.join(ROOT, 'fixtures', ...parts);

/** The tests never read or write the user's own cache; they share one (test/global-setup.ts). */
const CACHE_DIR = process.env.KUALIFIKASI_TEST_CACHE_DIR ?? mkdtempSync(path.join(tmpdir(), 'kualifikasi-test-cache-'));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, NO_COLOR: '1', KUALIFIKASI_CACHE_DIR: CACHE_DIR, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs the CLI's main() in this process: the same commands, options and output as the binary, without a
 * process start. For tests that are about a command's output, not about the launcher or the process.
 */
export async function runInProcess(args: string[]): Promise<CliResult> {
  process.env.KUALIFIKASI_CACHE_DIR = CACHE_DIR;
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    isTTY: false,
    env: { ...process.env, NO_COLOR: '1' },
  };
  const code = await main(['node', 'kualifikasi', ...args], io);
  return { code, stdout, stderr };
}

/** Runs `check --format json` and returns the parsed report. */
export async function checkJson(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string; stdout: string }> {
  const r = await runCli(['check', ...args, '--format', 'json']);
  const report = JSON.parse(r.stdout) as unknown;
  // Every report the tests see must match the published schema exactly (unknown keys included).
  jsonReport.parse(report);
  return { code: r.code, report: report as JsonReport, stderr: r.stderr, stdout: r.stdout };
}

export interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  law: {
    date: string;
    instruments: Array<{ id: string; short: string; amendedBy: Array<{ name: string }> }>;
    gaps: Array<{ code: string; message: string }>;
  };
  ruleset: { version: string; sha256: string };
  asOf: string;
  tender: Record<string, unknown>;
  tenderFindings: Array<{ id: string; kind: string; findings: Array<{ code: string; severity: string }> }>;
  bundles: Array<{
    path: string;
    bidder: { name: string | null; form: string | null; source: string };
    verdict: 'pass' | 'fail' | 'review';
    requirements: Array<{
      id: string;
      text: string;
      kind: string;
      status: string;
      reason: string;
      reasonCode?: string;
      via?: string;
      citations: Array<{ instrument: string; provision: string; text: string; verified: boolean; ref: string }>;
      evidence: Array<{ file: string; page: number; docType: string; value: string }>;
    }>;
    documents: Array<{ file: string; sha256: string | null; pages: number; docType: string | null; problems: Array<{ code: string }> }>;
  }>;
}

/** requirement id → status, for exact assertions. */
export function statuses(report: JsonReport, bundle = 0): Record<string, string> {
  return Object.fromEntries((report.bundles[bundle]?.requirements ?? []).map((r) => [r.id, r.status]));
}

/**
 * Logs every socket connect, DNS lookup and fetch. Loaded with --require, which (unlike --import) also runs
 * in worker threads: tesseract.js reads the page in one.
 */
export function networkHook(dir: string): { hook: string; log: string } {
  const log = path.join(dir, 'net.log');
  const hook = path.join(dir, 'no-net.cjs');
  writeFileSync(
    hook,
    [
      "const net = require('node:net'); const dns = require('node:dns'); const fs = require('node:fs'); const { threadId } = require('node:worker_threads');",
      `const hit = (what) => fs.appendFileSync(${JSON.stringify(log)}, what + '\\n');`,
      'const connect = net.Socket.prototype.connect;',
      "net.Socket.prototype.connect = function (...a) { hit('connect'); return connect.apply(this, a); };",
      "for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) { const f = dns[k]; dns[k] = function (...a) { hit('dns ' + k); return f.apply(this, a); }; }",
      "if (globalThis.fetch) { const f = globalThis.fetch; globalThis.fetch = function (...a) { hit('fetch ' + String(a[0])); return f.apply(this, a); }; }",
      "hit('loaded ' + process.pid + ' thread ' + threadId);",
    ].join('\n'),
  );
  return { hook, log };
}
