// `rules audit --format json`: the findings with their messages in the run's language.
import type { Lang } from '../../i18n/labels.js';
import type { Audit } from '../../rules/audit.js';
import { auditMessage } from './rules-audit-text.js';

export function rulesAuditJson(audit: Audit, lang: Lang): string {
  const findings = audit.findings.map((f) => ({ code: f.code, file: f.file, line: f.line, ref: f.ref, message: auditMessage(f, lang) }));
  return `${JSON.stringify({ ruleset: audit.ruleset, asOf: audit.asOf, findings }, null, 2)}\n`;
}
