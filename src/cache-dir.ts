// Where kualifikasi keeps what it can recompute: extracted text and recognised documents.
// KUALIFIKASI_CACHE_DIR overrides the platform's per-user cache directory.
import envPaths from 'env-paths';

export function defaultCacheDir(): string {
  return process.env.KUALIFIKASI_CACHE_DIR || envPaths('kualifikasi', { suffix: '' }).cache;
}
