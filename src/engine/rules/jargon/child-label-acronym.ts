import type { Rule } from "../../rule";
import { wordingSuppression } from "../../filters/wording-context";
import { findAcronyms, quotedAlone, shortExpansion } from "./acronyms";
import { fitReplacements, replacementsForForm } from "./replacements";
import { quotedFromRecord } from "./unexplained-acronym";

/** LAC, CLA, CIN, UASC, NEET label a child by a service or status: flagged even after they are written out. */
export const childLabelAcronym: Rule = {
  meta: {
    id: "child-label-acronym",
    category: "jargon",
    description: "Acronyms that label a child by a service or status (LAC, CLA, CIN, UASC, NEET), even when written out.",
  },
  check(ctx) {
    for (const hit of findAcronyms(ctx)) {
      const entry = hit.entry;
      if (!entry?.childLabel) continue;
      const suppressed = wordingSuppression(ctx, hit.start, hit.end, { ignoreNegation: true, terms: [entry.acronym, ...entry.forms] });
      // Words quoted from a written record ("The log reads: "… the LAC was returned …"") are the record's label for the
      // child, as for any other abbreviation; the child's or a parent's speech stays theirs, and the letters quoted
      // alone are settled by quotedAlone ("his plan say he does not want to be called "LAC"" is about the word).
      const extract = () => !/["“‘']$/.test(ctx.text.slice(hit.start - 1, hit.start)) && quotedFromRecord(ctx, hit.start);
      if (suppressed && !(suppressed === "quoted" && (quotedAlone(ctx.text, hit.start, hit.end) || extract()))) continue;
      const text = ctx.text.slice(hit.start, hit.end);
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: `"${text}" labels a child by the care system; use their name or write "${shortExpansion(entry)}".`,
        severity: "warning",
        confidence: entry.confidence,
        suggestions: fitReplacements(ctx, hit.start, hit.end, replacementsForForm(entry, text, entry.forms)),
        advice: entry.advice,
        note: entry.why,
        source: entry.source,
      });
    }
  },
};
