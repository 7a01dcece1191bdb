// Which build of the tool is running, for cache entries that depend on our code (recognised documents).
// scripts/bundle.mjs sets it to a hash of the sources it bundles. Unbundled code (tests, tsx) gets one per process, so nothing it caches is reused by another version of the code.
declare const __KUALIFIKASI_BUILD__: string | undefined;

export const BUILD_ID: string =
  typeof __KUALIFIKASI_BUILD__ === 'string' ? __KUALIFIKASI_BUILD__ : `unbundled-${process.pid.toString(36)}-${Date.now().toString(36)}`;
