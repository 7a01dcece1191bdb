// A check report as JUnit XML: one suite per bundle, one test case per requirement (stable ids), failing
// on `fail` and on `review` (a person must look), passing on pass, waived and not_applicable.
import { say } from '../../i18n/messages.js';
import { STATUS_LABEL } from '../labels.js';
import { junitXml } from './junit-xml.js';
import { lawApplied, lawGaps } from './law-text.js';
import type { Formatter } from './types.js';

export const formatJunit: Formatter = (report, { lang }) =>
  junitXml(
    `kualifikasi ${report.tender.code ?? report.tender.file} · ${lawApplied(report.law, lang)}${lawGaps(report.law, lang)
      .map((g) => ` · ${g}`)
      .join('')}`,
    report.bundles.map((b) => ({
      name: b.bidder.name ?? b.path,
      cases: b.requirements.map((r) => {
        const line = `${STATUS_LABEL[lang][r.status]}: ${say(r.reason, lang)}`;
        const cites = r.citations.map((c) => `${c.instrument}, ${c.provision}`).join('; ');
        const body = cites ? `${line}\n${cites}` : line;
        return {
          classname: `kualifikasi.${b.path}`,
          name: `${r.id}. ${r.text}`,
          ...(r.status === 'fail' || r.status === 'review' ? { failure: { type: r.status, message: line, body } } : { output: body }),
        };
      }),
    })),
  );
