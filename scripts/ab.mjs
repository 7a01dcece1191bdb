// `node scripts/ab.mjs N 'command a' 'command b' ...`: runs the commands in turn, N rounds after 3 warm-up
// rounds, and prints each one's median wall time and its ratio to the first. Interleaving matters on a
// noisy machine: the drift of a minute hits every command alike (hyperfine runs one command's rounds in a block).
import { spawnSync } from 'node:child_process';

const [rounds, ...commands] = process.argv.slice(2);
if (!Number(rounds) || commands.length === 0) {
  console.error("usage: node scripts/ab.mjs ROUNDS 'command a' ['command b' ...]");
  process.exit(2);
}
const times = commands.map(() => []);
for (let i = 0; i < Number(rounds) + 3; i++) {
  for (const [j, command] of commands.entries()) {
    const started = process.hrtime.bigint();
    spawnSync('sh', ['-c', `exec ${command} >/dev/null 2>&1`]);
    if (i >= 3) times[j].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const first = median(times[0]);
for (const [j, command] of commands.entries())
  console.log(`${median(times[j]).toFixed(1).padStart(8)} ms ${(median(times[j]) / first).toFixed(2)}x  ${command}`);
