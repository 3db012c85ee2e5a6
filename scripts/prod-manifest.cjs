// The manifest rewriting behind npm run build:prod (scripts/build-prod.mjs), kept apart so tests can load it.
const DEV = "https://localhost:3000";

/** The base URL, checked: https, no query or fragment, ending in "/". */
function baseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--url must be a full address such as https://addins.example.org/clear-record/ (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== "https:") throw new Error("--url must use https: Office loads add-ins only over HTTPS");
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error("--url must be the production host, not localhost");
  if (url.search || url.hash) throw new Error("--url must not have a query or fragment");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** A manifest with every development address replaced: files under `folder`, AppDomain the origin. */
function rewriteManifest(xml, base, folder, version) {
  const origin = new URL(base).origin;
  let out = xml
    // The development note in the opening comment would mislead whoever reads the production manifest.
    .replace(/https:\/\/localhost:3000\s+during development;\s+replace the host for a\s+deployment\./g, `${base}${folder}/ (written by npm run build:prod).`)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(`${DEV}/`, `${base}${folder}/`)
    .replaceAll(DEV, `${base}${folder}`);
  if (version) {
    if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) throw new Error("--version must be four numbers, e.g. 1.0.1.0");
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  if (/localhost/i.test(out)) throw new Error("a localhost address is left in the manifest");
  return out;
}

module.exports = { baseUrl, rewriteManifest };
