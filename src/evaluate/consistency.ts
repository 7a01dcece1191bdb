// Cross-document consistency within one bundle: the company's name and NPWP as each document prints them,
// and the people who sign against the deed's directors and the KTPs. A difference of form only (case,
// "PT"/"Perseroan Terbatas", titles such as Ir. or Dr., punctuation, NPWP 15 vs 16 digits) is a note; a
// real difference asks for clarification: the requirements resting on those documents become `review`.
import type { Bundle, BundleDocument } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import { type Message, msg } from '../i18n/messages.js';
import type { Ruleset } from '../rules/load.js';
import type { Localized } from '../rules/schema.js';
import { parseNpwp, sameNpwp } from '../text/ids.js';

export interface Reading {
  file: string;
  page: number;
  docType: string;
  field: string;
  label: Localized;
  /** As printed. */
  value: string;
}

export interface ConsistencyFinding {
  subject: 'company_name' | 'npwp' | 'signatory' | 'ktp_holder' | 'address';
  /** `mismatch`: a real difference, needs clarification. `format`: the same value written differently. */
  severity: 'mismatch' | 'format';
  message: Message;
  readings: Reading[];
  /** The files in question: those that disagree with the legal-identity documents (NIB, akta), else all. */
  involved: string[];
}

const COMPANY_FIELDS = ['company_name'];
const TAXPAYER_DOCS = new Set(['npwp', 'spt_tahunan', 'kswp']);

export function checkConsistency(bundle: Bundle, ruleset: Ruleset): ConsistencyFinding[] {
  // Documents that establish who the bidder is (rules/law.yaml): the others are compared against them.
  const identityDocs = new Set(ruleset.law.identity_documents);
  const readings = (pick: (d: BundleDocument, f: Field) => boolean): Reading[] =>
    bundle.documents.flatMap((d) =>
      d.fields
        .filter((f) => f.value !== null && pick(d, f))
        .map((f) => ({
          file: d.file,
          page: f.page,
          docType: d.docType ?? 'unknown',
          field: f.name,
          label: (d.docType ? ruleset.documents.get(d.docType)?.fields.find((s) => s.name === f.name)?.label : undefined) ?? {
            id: f.name,
            en: f.name,
          },
          value: f.raw.trim() || (f.value as string),
        })),
    );
  const findings: ConsistencyFinding[] = [];
  const isPerson = bundle.bidder.form === 'perorangan';

  // The company's name: on the NIB, deed, licences, pakta, and (for a firm) as the taxpayer.
  if (!isPerson) {
    const names = readings((d, f) => COMPANY_FIELDS.includes(f.name) || (f.name === 'taxpayer_name' && TAXPAYER_DOCS.has(d.docType ?? '')));
    findings.push(...compareNames(names, identityDocs));
  }

  // The NPWP: one number, whichever of its two formats a document prints.
  const npwps = readings((_d, f) => f.name === 'npwp').flatMap((r) => {
    const n = parseNpwp(r.value);
    return n ? [{ r, n }] : [];
  });
  const [first] = npwps;
  if (first && npwps.some((x) => !sameNpwp(x.n, first.n))) {
    // The NPWP the NIB or akta prints is the reference; without one, no side can be preferred.
    const reference = npwps.find((x) => identityDocs.has(x.r.docType));
    const inQuestion = reference ? npwps.filter((x) => !sameNpwp(x.n, reference.n)) : npwps;
    findings.push({
      subject: 'npwp',
      severity: 'mismatch',
      message: msg('consistency.npwp_differs', { readings: npwps.map((x) => ({ value: x.r.value, file: x.r.file })) }),
      readings: npwps.map((x) => x.r),
      involved: [...new Set(inQuestion.map((x) => x.r.file))],
    });
  } else if (new Set(npwps.map((x) => x.r.value.replace(/\D/g, ''))).size > 1) {
    findings.push({
      subject: 'npwp',
      severity: 'format',
      message: msg('consistency.npwp_format'),
      readings: npwps.map((x) => x.r),
      involved: [],
    });
  }

  // The office: the lease or deed of ownership must be for the address the NIB registers (domain edge case 4).
  const registered = readings((d, f) => f.name === 'address' && d.docType === 'nib');
  const premises = readings((d, f) => f.name === 'address' && (d.docType === 'sewa_kantor' || d.docType === 'bukti_kepemilikan'));
  const office = registered[0] ? parseAddress(registered[0].value) : null;
  if (office && registered[0]) {
    for (const p of premises) {
      const other = parseAddress(p.value);
      if (!other) continue;
      const differs =
        other.street !== office.street ||
        other.number !== office.number ||
        (other.floor !== undefined && office.floor !== undefined && other.floor !== office.floor);
      if (!differs) continue;
      findings.push({
        subject: 'address',
        severity: 'mismatch',
        message: msg('consistency.address_differs', { file: p.file, value: p.value, registered: registered[0].value }),
        readings: [p, registered[0]],
        involved: [p.file],
      });
    }
  }

  // People: whoever signs must be a director in the deed or hold a power of attorney.
  const directors = readings((_d, f) => f.name === 'director');
  const attorneys = readings((_d, f) => f.name === 'attorney_name');
  const signers = readings((_d, f) => f.name === 'signatory_name');
  const known = [...directors, ...attorneys];
  if (!isPerson && directors.length > 0) {
    for (const s of signers) {
      if (known.some((k) => samePerson(k.value, s.value))) continue;
      findings.push({
        subject: 'signatory',
        severity: 'mismatch',
        message: msg('consistency.signatory_unauthorised', { name: s.value, file: s.file }),
        readings: [s, ...known],
        involved: [s.file],
      });
    }
  }
  // The KTP must be that of someone who signs or directs the company.
  const holders = readings((d, f) => f.name === 'holder_name' && d.docType === 'ktp');
  const people = [...known, ...signers];
  if (people.length > 0) {
    for (const h of holders) {
      if (people.some((p) => samePerson(p.value, h.value))) continue;
      findings.push({
        subject: 'ktp_holder',
        severity: 'mismatch',
        message: msg('consistency.ktp_holder_unrelated', { file: h.file, name: h.value }),
        readings: [h, ...people],
        involved: [h.file],
      });
    }
  }
  return findings;
}

/** The company's name as each document prints it: a real difference, one of form only, or none. */
function compareNames(rs: Reading[], identityDocs: ReadonlySet<string>): ConsistencyFinding[] {
  if (rs.length < 2) return [];
  const subject = 'company_name';
  const groups = new Map<string, Reading[]>();
  for (const r of rs) groups.set(normaliseCompany(r.value), [...(groups.get(normaliseCompany(r.value)) ?? []), r]);
  if (groups.size > 1) {
    const variants = [...groups.values()].map((g) => ({ value: g[0]?.value ?? '', files: g.map((r) => r.file) }));
    // The NIB and the deed establish who the bidder is: when they agree, the documents that differ are in question.
    const identity = [...groups.values()].filter((g) => g.some((r) => identityDocs.has(r.docType)));
    const involved = identity.length === 1 ? rs.filter((r) => !identity[0]?.includes(r)) : rs;
    return [
      {
        subject,
        severity: 'mismatch',
        message: msg('consistency.company_name_differs', { variants }),
        readings: rs,
        involved: [...new Set(involved.map((r) => r.file))],
      },
    ];
  }
  // Capitals and spacing are how a form prints, not a difference worth a note.
  if (new Set(rs.map((r) => r.value.toUpperCase().replace(/\s+/g, ' '))).size > 1) {
    return [{ subject, severity: 'format', message: msg('consistency.company_name_form'), readings: rs, involved: [] }];
  }
  return [];
}

/** "PT. Sinar Data Nusantara", "SINAR DATA NUSANTARA, PT" and "Perseroan Terbatas Sinar Data Nusantara" are one name. */
export function normaliseCompany(name: string): string {
  let s = name
    .toUpperCase()
    .replace(/\bPERSEROAN\s+TERBATAS\b/g, ' PT ')
    .replace(/\b(PERSEKUTUAN\s+KOMANDITER|COMMANDITAIRE\s+VENNOOTSCHAP)\b/g, ' CV ')
    .replace(/\bP\s*\.\s*T\s*\.?/g, ' PT ')
    .replace(/\bC\s*\.\s*V\s*\.?/g, ' CV ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bTBK\b/g, ' ')
    .trim();
  const form = /^(PT|CV|FA|UD|KOPERASI)\s+|\s+(PT|CV|FA|UD)$/.exec(s);
  if (form) s = `${form[1] ?? form[2]} ${s.replace(form[0], ' ').trim()}`;
  return s.replace(/\s+/g, ' ');
}

const TITLES = new Set([
  'IR',
  'DR',
  'DRS',
  'DRA',
  'H',
  'HJ',
  'PROF',
  'TUAN',
  'TN',
  'NY',
  'NYONYA',
  'BAPAK',
  'BPK',
  'IBU',
  'SDR',
  'SDRI',
  'ST',
  'SE',
  'SH',
  'MM',
  'MKN',
  'SKOM',
  'MSI',
  'SSOS',
  'MT',
  'SPD',
  'MBA',
  'ME',
  'SSI',
  'AMD',
  'MH',
  'MSC',
  'PHD',
]);

/** Names compared without titles, degrees, case or punctuation: "Ir. Budi Santoso, M.T." is "BUDI SANTOSO". */
export function normalisePerson(name: string): string {
  return name
    .toUpperCase()
    .replace(/\b([A-Z])\.(?=[A-Z]\.?)/g, '$1')
    .split(/[^\p{L}]+/u)
    .filter((t) => t !== '' && !TITLES.has(t))
    .join(' ');
}

export function samePerson(a: string, b: string): boolean {
  return normalisePerson(a) === normalisePerson(b);
}

/** Street, number and floor of an Indonesian address, the parts that identify the premises; null when unclear. */
export function parseAddress(raw: string): { street: string; number: string; floor?: string } | null {
  const s = ` ${raw.toUpperCase()} `
    .replace(/\bJALAN\b|\bJL\b\.?/g, ' JL ')
    .replace(/\bNOMOR\b|\bNO\b\.?/g, ' NO ')
    .replace(/\bLANTAI\b|\bLT\b\.?/g, ' LT ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const street = /\bJL ((?:(?!NO\b|LT\b)[\p{L}\p{N}]+ ?)+)/u.exec(s)?.[1]?.trim();
  const number = /\bNO (\d+[A-Z]?)\b/.exec(s)?.[1];
  if (!street || !number) return null;
  const floor = /\bLT (\d+)\b/.exec(s)?.[1];
  return { street: street.replace(/ /g, ''), number, ...(floor ? { floor } : {}) };
}
