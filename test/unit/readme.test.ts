// The README matches the code: its command lines, options, counts and links are checked against the CLI,
// run in process (no process needed to read help).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../e2e/run-cli.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'kualifikasi', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

/** The synopsis lines of "Using it": `kualifikasi <command> ...`, with their continuation lines. */
function synopsis(): Array<{ command: string[]; options: string[]; line: string }> {
  const block = /## Using it\s+```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
  const entries: Array<{ command: string[]; text: string }> = [];
  for (const raw of block.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '');
    const m = /^kualifikasi ((?:[a-z]+ ?)+)/.exec(line);
    if (m)
      entries.push({
        command: (m[1] as string)
          .trim()
          .split(' ')
          .filter((w) => /^[a-z]+$/.test(w)),
        text: line,
      });
    else if (entries.length > 0 && line.trim()) (entries[entries.length - 1] as { text: string }).text += ` ${line}`;
  }
  return entries.map((e) => ({ command: e.command, options: [...new Set(e.text.match(/--[a-z][a-z-]*/g) ?? [])], line: e.text }));
}

describe('README', () => {
  it('names every command of the CLI, and every option it shows exists on that command', async () => {
    const lines = synopsis();
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const top = (await run('--help', '--lang', 'en')).stdout;
    const commands = [...top.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(new Set(lines.map((l) => l.command[0]))).toEqual(new Set(commands));
    for (const { command, options, line } of lines) {
      // "rules validate [DIR]": the words after the command that are themselves subcommands.
      const path = command[0] === 'rules' ? command.slice(0, 2) : command.slice(0, 1);
      const help = await run(...path, '--help', '--lang', 'en');
      expect(help.code, line).toBe(0);
      const known = new Set(help.stdout.match(/--[a-z][a-z-]*/g) ?? []);
      expect(
        options.filter((o) => !known.has(o)),
        `${line}\n${help.stdout}`,
      ).toEqual([]);
    }
  });

  it('lists the choices the CLI offers for --format and for schema', async () => {
    const check = (await run('check', '--help', '--lang', 'en')).stdout.replace(/\s+/g, ' ');
    const formats = /--format <format> report format \(choices: ([^)]*?), default/.exec(check)?.[1]?.replace(/"/g, '').split(', ');
    expect(README).toContain(`[--format ${formats?.join('|')}]`);
    const schema = (await run('schema', '--help', '--lang', 'en')).stdout.replace(/\s+/g, ' ');
    const what = /\(choices: ([^)]*)\)/.exec(schema)?.[1]?.replace(/"/g, '').split(', ');
    expect(README).toContain(`kualifikasi schema ${what?.join('|')}`);
    // The description names the report schema too.
    expect(schema).toContain('the JSON report');
  });

  it('counts what is shipped: tenders, bundles, rule coverage', async () => {
    const words = [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
    ];
    const tenders = readdirSync(path.join(ROOT, 'fixtures', 'tenders')).filter((f) => f.endsWith('.yaml')).length;
    const bundles = readdirSync(path.join(ROOT, 'fixtures', 'bundles')).length;
    expect(README).toContain(`\`fixtures/tenders/\` holds ${words[tenders]} tenders`);
    expect(README).toContain(`\`fixtures/bundles/\` holds ${words[bundles]} bidders`);
    const table = (/\| bundle \| what it shows \|\n\|---\|---\|\n((?:\|.*\n)+)/.exec(README)?.[1] ?? '').trim().split('\n');
    expect(table.map((l) => l.split(' | ')[0]?.slice(2)).sort()).toEqual(readdirSync(path.join(ROOT, 'fixtures', 'bundles')).sort());
    const test = await run('rules', 'test', '--lang', 'en');
    const coverage = /\((\d+\/\d+)\)/.exec(test.stdout.split('\n').filter(Boolean).at(-1) ?? '')?.[1];
    expect(README).toContain(`(${coverage})`);
  });

  it('every relative link points at a file inside the repository', () => {
    const links = [...README.matchAll(/\]\(([^)#\s]+)\)|^\[[^\]]+\]: (\S+)$/gm)]
      .map((m) => m[1] ?? m[2])
      .filter((l): l is string => !!l && !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    // Inside the repository: a clone has nothing beside it.
    const broken = links.filter((l) => path.relative(ROOT, path.resolve(ROOT, l)).startsWith('..') || !existsSync(path.join(ROOT, l)));
    expect(broken).toEqual([]);
  });
});
