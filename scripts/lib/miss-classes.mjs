// Classes of an annotated set's misses and false findings, never their text (scripts/miss-classes.mjs).
// Each class is made of the span's shape, the context before it, for wording whether the engine knows the
// span alone, and for other children where the person was placed and the engine's reason templates with
// every quoted part and capitalised word blanked, so a blind set can be counted without being read.

export const CATEGORY_OF_TAG = { oc: "other-child", pid: "identifier", jar: "jargon", jud: "judgemental", mix: "mix-up" };
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The shape of a span, never its text. */
export function shape(text) {
  if (/^[A-Z]{2,}s?$/.test(text)) return "acronym";
  if (/^[A-Z][a-z]/.test(text) && !/\s/.test(text)) return "capitalised word";
  if (/^[A-Z][a-z]/.test(text)) return "capitalised phrase";
  if (/^(he|she|him|her|his|hers|they|them|their|himself|herself)$/i.test(text)) return "pronoun";
  if (/\d/.test(text)) return "with digits";
  return /\s/.test(text) ? "lower-case phrase" : "lower-case word";
}

const LETTER = /\p{L}/u;

/**
 * Whether a quotation is open at `end`, reading from `from`: curly marks open and close, straight marks toggle,
 * and an apostrophe between letters ("Reuben's", "don't") is not a quote mark.
 */
export function insideQuote(plain, from, end) {
  let open = false;
  for (let i = from; i < end; i++) {
    const ch = plain[i];
    const apostrophe = (ch === "'" || ch === "’") && LETTER.test(plain[i - 1] ?? "") && LETTER.test(plain[i + 1] ?? "");
    if (apostrophe) continue;
    if (ch === "“" || ch === "‘") open = true;
    else if (ch === "”" || ch === "’") open = false;
    else if (ch === '"' || ch === "'") open = !open;
  }
  return open;
}

/**
 * Where the quotation open at `end` began, reading its paragraph (the text since the last line break) from
 * the start; -1 when none is open. Double marks (“ ” and a straight " that toggles) and single marks are kept
 * apart, so a quote inside a quote does not close the outer one. A straight single mark opens only at a word's
 * start and closes only at a word's end, so "the boys' room" opens nothing; an apostrophe between letters is
 * not a mark.
 */
export function quotationStart(plain, end) {
  let double = -1;
  let single = -1;
  for (let i = plain.lastIndexOf("\n", end - 1) + 1; i < end; i++) {
    const ch = plain[i];
    const letterBefore = LETTER.test(plain[i - 1] ?? "");
    const letterAfter = LETTER.test(plain[i + 1] ?? "");
    if (ch === "“") double = i;
    else if (ch === "”") double = -1;
    else if (ch === '"') double = double < 0 ? i : -1;
    else if ((ch === "'" || ch === "’") && letterBefore && letterAfter) continue;
    else if (ch === "‘" || (ch === "'" && !letterBefore && /\S/.test(plain[i + 1] ?? " "))) single = single < 0 ? i : single;
    else if (ch === "’" || ch === "'") single = -1;
  }
  if (double < 0) return single;
  return single < 0 ? double : Math.min(double, single);
}

/**
 * Context classes read from the 60 characters before a span, and "inside a long quotation" when a quotation
 * opened earlier in the paragraph than those 60 characters is still open at the span.
 */
export function context(plain, start) {
  const before = plain.slice(Math.max(0, start - 60), start);
  const classes = [];
  if (insideQuote(plain, Math.max(0, start - 60), start)) classes.push("quoted");
  else {
    const opened = quotationStart(plain, start);
    if (opened >= 0 && opened < start - 60) classes.push("inside a long quotation");
  }
  // "independent reviewing officer (IRO)": a span opening a bracket, such as an acronym after its own expansion.
  if (/\(\s*$/.test(before)) classes.push("bracketed");
  if (/\b(not|never|no|n't|nor|without|rather than|instead of)\b[^.;]*$/i.test(before)) classes.push("negation before");
  if (/\b(said|says|described|describ\w+|called|calls|wrote|writes|recorded|labelled|labels?|referred|term|word|phrase)\b[^.;]*$/i.test(before)) classes.push("attribution before");
  return classes.length ? classes.join("+") : "plain";
}

/** A person's reasons with quoted parts and capitalised words blanked: only the engine's templates remain. */
export const reasonTemplates = (person) =>
  (person?.reasons ?? []).map((r) =>
    r
      .replace(/["“][^"”]*["”]/g, "…")
      .replace(/'[^']*'/g, "…")
      .replace(/\b[A-Z][a-z]+\b/g, "X")
      .slice(0, 70),
  );

/**
 * The class keys of one document's misses and false findings. `report` is the engine's report on `plain`;
 * `knownAlone(text, category)` says whether the engine reports that category on the span by itself.
 */
export function classesOf(doc, plain, spans, report, knownAlone) {
  const keys = [];
  const people = report.people ?? [];
  const personAt = (span) => people.find((p) => p.mentions.some((m) => overlaps(m, span)));
  for (const [tag, category] of Object.entries(CATEGORY_OF_TAG)) {
    const gold = spans.filter((s) => s.tag === tag);
    const found = report.findings.filter((f) => f.category === category);
    for (const g of gold) {
      if (found.some((f) => overlaps(f, g))) continue;
      let cls = `${shape(g.text)} | ${context(plain, g.start)}`;
      if (category === "other-child") {
        const person = personAt(g);
        const inReview = (report.review ?? []).some((r) => overlaps(r, g));
        cls = `${shape(g.text)} | ${inReview ? "put to review" : person ? `placed as ${person.role}` : "no person found"}`;
        if (person && !inReview) for (const r of reasonTemplates(person)) keys.push(`other-child  missed-reason  ${r}`);
      } else if (category === "judgemental" || category === "jargon") {
        cls += knownAlone(g.text, category) ? " | known alone (context suppressed it)" : " | not known alone (vocabulary)";
      }
      keys.push(`${category.padEnd(12)} missed  ${cls}`);
    }
    for (const f of found) {
      if (gold.some((g) => overlaps(f, g))) continue;
      const other = spans.find((s) => overlaps(s, f));
      if (category === "other-child") for (const r of reasonTemplates(personAt(f))) keys.push(`other-child  false-reason  ${r}`);
      keys.push(`${category.padEnd(12)} false   ${f.ruleId} | ${shape(plain.slice(f.start, f.end))} | gold ${other ? other.tag : "none"} | ${context(plain, f.start)}`);
    }
  }
  for (const [key, gold] of Object.entries(doc.quality ?? {})) {
    const value = report.quality?.[key]?.value;
    if (value !== gold) keys.push(`quality      ${key} gold ${gold} engine ${value}`);
  }
  return keys;
}

/** Counts of class keys, sorted, one printable line each. */
export function countLines(keys) {
  const counts = new Map();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${String(n).padStart(3)}  ${k}`);
}
