// `cache` as text: where the cache is, what each part holds, and how to clear it.
import type { CacheUsage } from '../../documents/cache.js';
import type { Lang } from '../../i18n/labels.js';

export function cacheText(u: CacheUsage, cleared: boolean, lang: Lang): string {
  const number = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${number(bytes / 1024)} KB` : `${number(bytes / 1024 / 1024)} MB`);
  const { documents: d } = u.parts;
  const lines =
    lang === 'en'
      ? [
          `${cleared ? 'Cache cleared' : 'Cache'}: ${u.dir}`,
          `  documents (PDF text and what the rules recognised): ${files(d.files)}, ${size(d.bytes)}`,
          cleared
            ? 'The next check reads every PDF again.'
            : "Clear it with `kualifikasi cache --clear`: only the next check's speed is lost. KUALIFIKASI_CACHE_DIR moves it.",
        ]
      : [
          `${cleared ? 'Cache dihapus' : 'Cache'}: ${u.dir}`,
          `  dokumen (teks PDF dan hasil pengenalannya): ${d.files} berkas, ${size(d.bytes)}`,
          cleared
            ? 'Pemeriksaan berikutnya membaca ulang setiap PDF.'
            : 'Hapus dengan `kualifikasi cache --clear`: yang hilang hanya kecepatan pemeriksaan berikutnya. KUALIFIKASI_CACHE_DIR memindahkannya.',
        ];
  return `${lines.join('\n')}\n`;
}
