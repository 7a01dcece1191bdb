// " (hlm. 3)": the page of the tender document (PDF) a requirement or date was read on, for every report.
export function pageNote(page: number | undefined, lang: 'id' | 'en'): string {
  return page ? ` (${lang === 'en' ? 'p.' : 'hlm.'} ${page})` : '';
}
