// sha256 of rules, tenders and documents, so that a report pins exactly what it was made from.
import { createHash, type Hash } from 'node:crypto';

export const sha256 = (): Hash => createHash('sha256');

export const sha256Hex = (data: string | Uint8Array): string => sha256().update(data).digest('hex');
