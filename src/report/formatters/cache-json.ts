// `cache --format json`: the folder, each part's files and bytes, and whether it was just cleared.
import type { CacheUsage } from '../../documents/cache.js';

export function cacheJson(u: CacheUsage, cleared: boolean): string {
  return `${JSON.stringify({ ...u, cleared }, null, 2)}\n`;
}
