// `inspect --format json`: every document as read, with its fields, classification and problems.
import type { BundleDocument } from '../../documents/bundle.js';

export function inspectJson(docs: readonly BundleDocument[]): string {
  return `${JSON.stringify({ schemaVersion: 1, documents: docs }, null, 2)}\n`;
}
