// Merges what scripts/import-lexicon.mjs generates from the lexicon research into the project's data
// files without losing the curation made by hand in them (issue 12): the data files are the source of
// truth. The research owns only the fields it gathered (RESEARCH_FIELDS); everything else in an existing
// entry — the replacement/advice split, `match`, guards, confidence, `enabled`, notes — is kept, and an
// entry keeps the file it was moved to ("disabled-children" from jargon to judgemental). Entries the
// research no longer has, or that were added by hand, stay. New research entries are added as generated.

/** The fields an entry takes from the research as gathered; the rest is curation. */
export const RESEARCH_FIELDS = ["term", "acronym", "variants", "alternatives", "why", "context", "source"];
/** Curation that depends on the research's alternatives: reported for review when they change. */
export const SPLIT_FIELDS = ["replacements", "replacementsByForm", "advice"];

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** One entry: the existing curation, the research's own fields refreshed. */
export function mergeEntry(generated, existing, notes = []) {
  if (!existing) return generated;
  const out = { ...existing };
  for (const f of RESEARCH_FIELDS) if (f in generated) out[f] = generated[f];
  if (!same(existing.alternatives, generated.alternatives) && SPLIT_FIELDS.some((f) => f in existing)) {
    notes.push(`${existing.id ?? "general"}: the research's alternatives changed; check its replacements and advice`);
  }
  return out;
}

/**
 * Several files of entries merged together (an entry may have moved between them): `generated` and
 * `existing` map a file name to its entries; returns the merged entries per file and review notes.
 */
export function mergeFiles(generated, existing) {
  const home = new Map(); // id → the file it lives in now, and its entry
  for (const [file, entries] of Object.entries(existing)) for (const e of entries ?? []) home.set(e.id, { file, entry: e });
  const out = Object.fromEntries(Object.keys({ ...existing, ...generated }).map((f) => [f, []]));
  const notes = [];
  const placed = new Set();
  // Existing entries first, in their own order, so a re-run moves nothing.
  const fresh = new Map();
  for (const entries of Object.values(generated)) for (const e of entries) fresh.set(e.id, e);
  for (const [file, entries] of Object.entries(existing)) {
    for (const e of entries ?? []) {
      const g = fresh.get(e.id);
      out[file].push(g ? mergeEntry(g, e, notes) : e);
      placed.add(e.id);
    }
  }
  for (const [file, entries] of Object.entries(generated)) {
    for (const e of entries) {
      if (placed.has(e.id)) continue;
      out[file].push(e);
      placed.add(e.id);
      notes.push(`${e.id}: new from the research; add its replacements and advice`);
    }
  }
  return { files: out, notes };
}

/** The acronym file: entries merged as above; `general` keeps its advice; `ordinary` groups stay as curated. */
export function mergeAcronymFile(generated, existing) {
  if (!existing) return { file: generated, notes: [] };
  const { files, notes } = mergeFiles({ acronyms: generated.acronyms }, { acronyms: existing.acronyms });
  return {
    file: {
      ...generated,
      ...("//" in existing ? { "//": existing["//"] } : {}),
      general: mergeEntry(generated.general, existing.general, notes),
      acronyms: files.acronyms,
      ordinary: existing.ordinary ?? generated.ordinary,
    },
    notes,
  };
}
