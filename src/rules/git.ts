// The rules folder at a git revision, exported with `git archive` into a temporary folder, for `rules diff`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';

/** Temporary folders exported for one run; `remove` deletes them all. */
export class RevisionExports {
  private readonly dirs: string[] = [];

  /** A rules folder as given, or the rules folder (`defaultDir`'s place in the repository) at a git revision. */
  async resolve(spec: string, defaultDir: string): Promise<string> {
    if (
      await stat(spec).then(
        (s) => s.isDirectory(),
        () => false,
      )
    )
      return spec;
    try {
      return this.export(spec, defaultDir);
    } catch (e) {
      const stderr = e instanceof Error && 'stderr' in e && Buffer.isBuffer(e.stderr) ? e.stderr.toString().trim().split('\n')[0] : '';
      throw new KualifikasiError('GIT_REVISION', { rev: spec, detail: stderr || (e instanceof Error ? e.message : String(e)) });
    }
  }

  remove(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }

  private export(rev: string, defaultDir: string): string {
    const git = (args: string[], cwd: string) =>
      execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    const root = git(['rev-parse', '--show-toplevel'], defaultDir).toString().trim();
    const rel = path.relative(root, path.resolve(defaultDir)).split(path.sep).join('/');
    const out = mkdtempSync(path.join(tmpdir(), 'kualifikasi-rules-'));
    this.dirs.push(out);
    const tar = path.join(out, 'rules.tar');
    writeFileSync(tar, git(['archive', '--format=tar', rev, '--', rel], root));
    execFileSync('tar', ['-xf', tar, '-C', out], { stdio: 'ignore' });
    return path.join(out, rel);
  }
}
