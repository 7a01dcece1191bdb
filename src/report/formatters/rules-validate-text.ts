// `rules validate` as text: one line naming the valid ruleset, its size and its hash.
import type { Lang } from '../../i18n/labels.js';
import type { Ruleset } from '../../rules/load.js';

/** Only what the line names: a loaded ruleset, or any object with the same counts. */
export type ValidatedRules = Pick<Ruleset, 'name' | 'version' | 'sha256'> &
  Record<'instruments' | 'provisions' | 'documents' | 'requirements', { size: number }>;

export function rulesValidateText(r: ValidatedRules, lang: Lang): string {
  const line =
    lang === 'en'
      ? `Rules valid: ${r.name} ${r.version}, ${r.instruments.size} instruments, ${r.provisions.size} provisions, ${r.documents.size} document types, ${r.requirements.size} requirement kinds (sha256 ${r.sha256}).`
      : `Aturan sah: ${r.name} ${r.version}, ${r.instruments.size} instrumen, ${r.provisions.size} ketentuan, ${r.documents.size} jenis dokumen, ${r.requirements.size} jenis persyaratan (sha256 ${r.sha256}).`;
  return `${line}\n`;
}
