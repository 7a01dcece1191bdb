// `rules diff` as text: the two rulesets, then every flipped verdict or status with its cause.
import type { Flip, RulesDiff } from '../../golden/run.js';
import type { Lang } from '../../i18n/labels.js';

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

export function rulesDiffText(d: RulesDiff, lang: Lang): string {
  const { base, head } = d;
  const lines = [
    t(
      lang,
      `Aturan dasar: ${base.name} ${base.version} (${base.spec}); aturan baru: ${head.name} ${head.version} (${head.spec}); ${d.cases} kasus.`,
      `Base rules: ${base.name} ${base.version} (${base.spec}); head rules: ${head.name} ${head.version} (${head.spec}); ${d.cases} cases.`,
    ),
  ];
  if (base.sha256 === head.sha256) lines.push(t(lang, 'Kedua aturan identik.', 'The two rulesets are identical.'));
  for (const f of d.flips) lines.push(flipLine(f, lang));
  for (const e of d.errors) lines.push(`  ${t(lang, 'KESALAHAN', 'ERROR')} ${e}`);
  lines.push(
    d.flips.length === 0
      ? t(lang, 'Tidak ada hasil yang berubah.', 'No verdict changes.')
      : t(
          lang,
          `${d.flips.length} perubahan, ${d.unannounced} tidak diumumkan di changelog.`,
          `${d.flips.length} changes, ${d.unannounced} not announced in the changelog.`,
        ),
  );
  return `${lines.join('\n')}\n`;
}

function flipLine(f: Flip, lang: Lang): string {
  const where = f.requirement ? `${f.case} #${f.requirement} [${f.kind}]` : `${f.case} (${t(lang, 'hasil', 'verdict')})`;
  const why = f.cause ? ` — ${t(lang, 'karena', 'because of')} ${f.cause}` : '';
  const note = f.announced ? ` (${t(lang, 'diumumkan di changelog', 'announced in the changelog')})` : '';
  return `  ${where}: ${f.base} → ${f.head}${why}${note}`;
}
