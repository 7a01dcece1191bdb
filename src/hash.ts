// sha256, with node:crypto loaded on first use. Loading it costs ~4 ms (it brings every cipher with it), which
// is a tenth of `lint`'s start; `lint` on a saved ruleset, with text output, needs no hash at all.
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

export interface Sha256 {
  update(data: string | Uint8Array): Sha256;
  digest(encoding: 'hex'): string;
}

export function sha256(): Sha256 {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256');
}

export const sha256Hex = (data: string | Uint8Array): string => sha256().update(data).digest('hex');
