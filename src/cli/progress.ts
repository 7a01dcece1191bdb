// A one-line progress display on stderr, for long runs on a terminal only: never in pipes, files, CI logs
// or machine-readable output. The line itself is drawn by report/formatters/progress-text.ts.
import { progressClear, progressLine } from '../report/formatters/progress-text.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

/** Redraws at most every 80 ms; the time left is estimated once a few documents are done. */
export function terminalProgress(
  total: number,
  stream: Pick<NodeJS.WriteStream, 'write'>,
  lang: 'id' | 'en',
  now: () => number = Date.now,
): Progress {
  const started = now();
  let n = 0;
  let last = 0;
  return {
    tick(label) {
      n += 1;
      const t = now();
      if (t - last < 80 && n < total) return;
      last = t;
      const left = n >= 5 && n < total ? ((t - started) / n) * (total - n) : undefined;
      stream.write(progressLine(n, total, label, left, lang));
    },
    done() {
      if (n > 0) stream.write(progressClear);
    },
  };
}

/** Progress only where a person is watching: a TTY on stderr, not CI, and only for runs worth showing. */
export function wantProgress(env: NodeJS.ProcessEnv, stderr: Pick<NodeJS.WriteStream, 'isTTY'>, total: number): boolean {
  return Boolean(stderr.isTTY) && !env.CI && env.TERM !== 'dumb' && total >= 20;
}
