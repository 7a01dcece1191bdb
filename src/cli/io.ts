// The process as the commands see it: output streams, terminal, environment. Tests pass their own.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Where a progress line may be drawn (stderr when it is a terminal). */
  progress?: NodeJS.WriteStream;
}

export const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  progress: process.stderr,
};

/** Colour only on a terminal, never into a file, and never when NO_COLOR is set (no-color.org). */
export function colorFor(wanted: boolean, output: string | undefined, io: Io): ChalkInstance {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return new Chalk({ level: wanted && !output && io.isTTY && !noColor ? 1 : 0 });
}
