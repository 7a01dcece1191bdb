// What `sanggah` tells the user around the letter, in the run's language (the letter itself is Indonesian).
import { formatDatesIn, type Lang } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { SanggahCase } from '../../sanggah/sanggah.js';
import { STATUS_LABEL } from '../labels.js';

const reasons = (c: SanggahCase, lang: Lang) => c.deciding.map((d) => formatDatesIn(say(d.reason, lang), lang)).join(' ');
const remedies = (c: SanggahCase, lang: Lang) =>
  c.deciding
    .map((d) => (d.remedy ? say(d.remedy, lang) : undefined))
    .filter((x): x is string => !!x)
    .join(' ');

/** The tool's answer: the verdict on the requirement and what follows from it. */
export function sanggahVerdict(c: SanggahCase, lang: Lang): string {
  const r = c.requirement;
  const status = STATUS_LABEL[lang][c.status];
  const remedy = remedies(c, lang);
  const lines =
    lang === 'en'
      ? {
          draft: [
            `The tool finds requirement ${r.id} ("${r.text}"): ${status}. The pokja's reason "${c.reason}" can be objected to; a draft sanggah was written.`,
          ],
          agree: [
            `The tool agrees with the pokja: requirement ${r.id} ("${r.text}") is not met. No sanggah was drafted.`,
            `Reason: ${reasons(c, lang)}`,
            ...(remedy ? [`What can be done: ${remedy}`] : []),
          ],
          review: [
            `The tool cannot decide requirement ${r.id} ("${r.text}"): ${status}. No sanggah was drafted.`,
            `To clarify: ${reasons(c, lang)}`,
            ...(remedy ? [`What to provide: ${remedy}`] : []),
          ],
        }
      : {
          draft: [
            `Menurut alat, persyaratan ${r.id} ("${r.text}"): ${status}. Alasan Pokja Pemilihan "${c.reason}" dapat disanggah; draf sanggah disusun.`,
          ],
          agree: [
            `Menurut alat, Pokja Pemilihan benar: persyaratan ${r.id} ("${r.text}") tidak terpenuhi. Sanggah tidak disusun.`,
            `Alasan: ${reasons(c, lang)}`,
            ...(remedy ? [`Yang dapat dilakukan: ${remedy}`] : []),
          ],
          review: [
            `Alat tidak dapat memutus persyaratan ${r.id} ("${r.text}"): ${status}. Sanggah tidak disusun.`,
            `Yang perlu diperjelas: ${reasons(c, lang)}`,
            ...(remedy ? [`Yang perlu disiapkan: ${remedy}`] : []),
          ],
        };
  return `${lines[c.outcome].join('\n')}\n`;
}

/** Warnings next to a draft: other requirements not met, a deadline that could not be computed. */
export function sanggahNotes(c: SanggahCase, lang: Lang, output?: string): string {
  const en = lang === 'en';
  const out: string[] = [];
  if (output) out.push(en ? `Draft sanggah written to ${output}.` : `Draf sanggah ditulis ke ${output}.`);
  if (c.others.length > 0) {
    const list = c.others.map((o) => `  ${o.id}. ${o.text} (${STATUS_LABEL[lang][o.status]})`).join('\n');
    out.push(
      en
        ? `Note: the tool does not find these other requirements met either, so a sanggah on this reason alone may not change the result:\n${list}`
        : `Perhatian: menurut alat, persyaratan berikut juga belum terpenuhi, sehingga sanggah atas alasan ini saja mungkin tidak mengubah hasil:\n${list}`,
    );
  }
  if (c.filing.state === 'no_date') {
    out.push(
      en
        ? 'The announcement date of the result was not given: the filing deadline is not computed. Give it with --diumumkan YYYY-MM-DD.'
        : 'Tanggal pengumuman hasil tidak diberikan: batas waktu sanggah tidak dihitung. Berikan dengan --diumumkan TTTT-BB-HH.',
    );
  }
  if (c.filing.state === 'no_law')
    out.push(
      en
        ? 'The rules hold no sanggah provision in force on that date: the filing deadline is not computed.'
        : 'Aturan tidak memuat ketentuan masa sanggah yang berlaku pada tanggal itu: batas waktu sanggah tidak dihitung.',
    );
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
