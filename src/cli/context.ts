// What every command's action is given: the process (io), the help language, the tool's name and version,
// and `act`, which runs the command in its language and makes its result the exit code.
import type { Lang } from '../i18n/labels.js';
import type { Io } from './io.js';
import type { Words } from './options.js';

export interface Cli {
  io: Io;
  h: Words;
  tool: { name: string; version: string };
  /** Runs a command: errors are then reported in `lang`, and the number it returns is the exit code. */
  act(lang: Lang, run: () => Promise<number>): Promise<void>;
}
