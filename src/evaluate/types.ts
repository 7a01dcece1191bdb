// The values evaluation produces: a status per requirement with its reason, citations and evidence.

import { type Message, msg } from '../i18n/messages.js';
import type { LawAt } from '../rules/at.js';
import type { Citation } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';
import type { Localized, RequirementKind } from '../rules/schema.js';
import type { KindExpr } from '../tender/infer.js';
import type { Requirement } from '../tender/load.js';

export { evidenceText } from '../i18n/messages.js';
export type { Citation } from '../rules/cite.js';

export type Status = 'pass' | 'fail' | 'review' | 'waived' | 'not_applicable';

export interface Evidence {
  file: string;
  page: number;
  docType: string;
  /** The field read (ruleset field name), or null when the document itself (its title) is the evidence. */
  field: string | null;
  /** What was read: the field's label, or the document type's name. */
  label: Localized;
  /** The value as normalised (identifiers, ISO dates), or the title as printed. */
  value: string;
  /** Set when the value was read by OCR from a scanned page: tesseract's confidence (0-100) on its line. */
  ocr?: { confidence: number };
}

/** The outcome for one requirement kind; a composite requirement has one per kind. */
export interface KindResult {
  kind: string;
  status: Status;
  /** Why, as a code with its data; the catalogue (i18n/messages.ts) says it in either language. */
  reason: Message;
  citations: Citation[];
  evidence: Evidence[];
  /** The equivalence, waiver or exemption that decided the status, if any. */
  via?: string;
  remedy?: Message;
}

export interface RequirementResult extends KindResult {
  id: string;
  text: string;
  kindSource: Requirement['kindSource'];
  /** The kind expression the requirement was read as: a composite's parts combine by its operator. */
  expr: KindExpr;
  parts?: KindResult[];
}

export interface EvaluationContext {
  ruleset: Ruleset;
  /** Selects the law in force (equivalences, waivers, exemptions). */
  asOf: string;
  /** Batas akhir pemasukan penawaran: documents must be valid on this date. */
  deadline: string;
  /** The law in force on asOf; evaluateBundle sets it from ruleset.at(asOf). */
  law?: LawAt;
  /** The wording of every requirement of the tender (the KBLI of the work may be named in another line). */
  tenderTexts?: readonly string[];
}

/** The law in force on the context's date. */
export function lawOf(ctx: EvaluationContext): LawAt {
  return ctx.law ?? ctx.ruleset.at(ctx.asOf);
}

/** The kind's remedy from the rules, as a message. */
export function remedyOf(kind: RequirementKind): Message {
  return msg('remedy.rules', { text: kind.remedy });
}
