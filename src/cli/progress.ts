// A one-line progress display on stderr, for long runs on a terminal only: never in pipes, files, CI logs
// or machine-readable output.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

export function terminalProgress(total: number, stream: NodeJS.WriteStream, lang: 'id' | 'en'): Progress {
  let n = 0;
  let last = 0;
  const width = 24;
  return {
    tick(label) {
      n += 1;
      const now = Date.now();
      if (now - last < 80 && n < total) return;
      last = now;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${lang === 'en' ? 'documents' : 'dokumen'} ${name}`);
    },
    done() {
      if (n > 0) stream.write(`\r\x1b[2K`);
    },
  };
}

/** Progress only where a person is watching: a TTY on stderr, not CI, and only for runs worth showing. */
export function wantProgress(env: NodeJS.ProcessEnv, stderr: NodeJS.WriteStream, total: number): boolean {
  return Boolean(stderr.isTTY) && !env.CI && env.TERM !== 'dumb' && total >= 20;
}
