// A one-line progress display on stderr, for long runs on a terminal only: never in pipes, files, CI logs
// or machine-readable output.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

/** Redraws at most every 80 ms; the time left is estimated once a few documents are done. */
export function terminalProgress(total: number, stream: Pick<NodeJS.WriteStream, 'write'>, lang: 'id' | 'en', now: () => number = Date.now): Progress {
  const started = now();
  let n = 0;
  let last = 0;
  const width = 24;
  return {
    tick(label) {
      n += 1;
      const t = now();
      if (t - last < 80 && n < total) return;
      last = t;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      const left = n >= 5 && n < total ? ` · ${lang === 'en' ? 'about' : 'sisa ±'} ${duration(((t - started) / n) * (total - n), lang)}${lang === 'en' ? ' left' : ''}` : '';
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${lang === 'en' ? 'documents' : 'dokumen'}${left} ${name}`);
    },
    done() {
      if (n > 0) stream.write(`\r\x1b[2K`);
    },
  };
}

function duration(ms: number, lang: 'id' | 'en'): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} ${lang === 'en' ? 's' : 'dtk'}`;
  return `${Math.floor(s / 60)} ${lang === 'en' ? 'min' : 'mnt'} ${s % 60} ${lang === 'en' ? 's' : 'dtk'}`;
}

/** Progress only where a person is watching: a TTY on stderr, not CI, and only for runs worth showing. */
export function wantProgress(env: NodeJS.ProcessEnv, stderr: Pick<NodeJS.WriteStream, 'isTTY'>, total: number): boolean {
  return Boolean(stderr.isTTY) && !env.CI && env.TERM !== 'dumb' && total >= 20;
}
