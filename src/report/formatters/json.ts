// The published JSON report (schemaVersion 1). Reasons are rendered in the chosen language; everything
// else is language-neutral. Key order is fixed so the same inputs give byte-identical output.

import { gapText, type RequirementResult } from '../../evaluate/evaluate.js';
import { say } from '../../i18n/messages.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = (report, { lang }) => {
  const pages = report.tender.pages;
  const requirement = (r: Omit<RequirementResult, 'expr'>): unknown => ({
    id: r.id,
    text: r.text,
    ...(pages?.requirements?.[r.id] ? { page: pages.requirements[r.id] } : {}),
    kind: r.kind,
    kindSource: r.kindSource,
    status: r.status,
    reason: say(r.reason, lang),
    reasonCode: r.reason.code,
    ...(r.via ? { via: r.via } : {}),
    citations: r.citations.map((c) => ({
      instrument: c.instrument,
      provision: c.provision,
      text: c.text,
      verified: c.verified,
      ref: c.ref,
    })),
    evidence: r.evidence.map((e) => ({
      file: e.file,
      page: e.page,
      docType: e.docType,
      field: e.field,
      label: e.label[lang],
      value: e.value,
      ...(e.ocr ? { ocr: e.ocr } : {}),
    })),
    ...(r.remedy ? { remedy: say(r.remedy, lang) } : {}),
    ...(r.parts ? { parts: r.parts.map((p) => requirement({ ...p, id: r.id, text: r.text, kindSource: r.kindSource })) } : {}),
  });
  return `${JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      ruleset: report.ruleset,
      asOf: report.asOf,
      law: {
        date: report.law.date,
        instruments: report.law.instruments.map((i) => ({
          id: i.id,
          short: i.short,
          title: i.title,
          role: i.role,
          from: i.from,
          fromVerified: i.fromVerified,
          amendedBy: i.amendedBy,
        })),
        gaps: report.law.gaps.map((g) => ({ ...g, message: say(gapText(g), lang) })),
      },
      tender: {
        ...report.tender,
        ...(pages
          ? {
              pages: {
                ...(pages.announced ? { announced: pages.announced } : {}),
                ...(pages.deadline ? { deadline: pages.deadline } : {}),
              },
            }
          : {}),
      },
      tenderFindings: report.tenderFindings.requirements
        .filter((r) => r.findings.length > 0)
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: say(f.message, lang), citations: f.citations })),
        })),
      bundles: report.bundles.map((b) => ({
        path: b.path,
        bidder: b.bidder,
        verdict: b.verdict,
        requirements: b.requirements.map(requirement),
        documents: b.documents,
        consistency: b.consistency.map((f) => ({
          subject: f.subject,
          severity: f.severity,
          message: say(f.message, lang),
          readings: f.readings.map((r) => ({ file: r.file, page: r.page, field: r.field, value: r.value })),
        })),
      })),
    },
    null,
    2,
  )}\n`;
};
