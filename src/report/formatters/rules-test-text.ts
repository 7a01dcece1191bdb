// `rules test` as text: one line per golden case, its unmet expectations, then the rule coverage.
import type { GoldenRun } from '../../golden/run.js';
import type { Lang } from '../../i18n/labels.js';

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

export function rulesTestText(run: GoldenRun, lang: Lang): string {
  const lines: string[] = [];
  for (const o of run.outcomes) {
    lines.push(
      `${o.failures.length === 0 ? 'ok   ' : t(lang, 'GAGAL', 'FAIL ')} ${o.case.data.case} (${t(lang, 'hasil', 'verdict')}: ${o.verdict})`,
    );
    for (const f of o.failures)
      lines.push(
        `      ${o.case.file}:${f.line}: ${f.requirement ? `${t(lang, 'persyaratan', 'requirement')} ${f.requirement}: ` : ''}${f.text[lang]}`,
      );
  }
  const passed = run.outcomes.filter((o) => o.failures.length === 0).length;
  const { percent, covered, total, missing } = run.coverage;
  lines.push('');
  lines.push(
    t(
      lang,
      `${passed} dari ${run.outcomes.length} kasus lulus. Cakupan aturan: ${percent}% (${covered}/${total}).`,
      `${passed} of ${run.outcomes.length} cases pass. Rule coverage: ${percent}% (${covered}/${total}).`,
    ),
  );
  if (missing.length > 0) lines.push(`${t(lang, 'Belum diuji oleh kasus mana pun', 'Not exercised by any case')}: ${missing.join(', ')}`);
  if (run.belowCoverage)
    lines.push(t(lang, `Cakupan di bawah --min-coverage ${run.minCoverage}%.`, `Coverage is below --min-coverage ${run.minCoverage}%.`));
  if (run.outcomes.length === 0) lines.push(t(lang, `Tidak ada kasus uji di ${run.casesDir}.`, `No test cases in ${run.casesDir}.`));
  return `${lines.join('\n')}\n`;
}
