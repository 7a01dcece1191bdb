// `lint --format json`: the tender's findings with messages in the run's language (schemaVersion 1).
import { gapText } from '../../evaluate/evaluate.js';
import type { Lang } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { LintReport } from '../../lint/lint.js';

export function lintJson(report: LintReport, lang: Lang, tender: { file: string; sha256: string }): string {
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      asOf: report.asOf,
      law: { ...report.law, gaps: report.law.gaps.map((g) => ({ ...g, message: say(gapText(g), lang) })) },
      tender,
      requirements: report.requirements.map((r) => ({
        id: r.id,
        text: r.text,
        kind: r.kind,
        line: r.line,
        ...(r.page ? { page: r.page } : {}),
        findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: say(f.message, lang), citations: f.citations })),
      })),
    },
    null,
    2,
  )}\n`;
}
