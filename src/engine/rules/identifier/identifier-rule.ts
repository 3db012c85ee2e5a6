import type { Rule } from "../../rule";
import type { IdentifierKind } from "../../types";
import type { IdentifierMatch } from "./detect";

/** ICO guidance on what counts as personal data: the common source of every identifier rule. */
export const ICO_PERSONAL_DATA =
  "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/what-is-personal-data/what-is-personal-data/";

export type IdentifierWording = {
  id: string;
  kind: IdentifierKind;
  description: string;
  /** One sentence for the worker; may depend on the match (e.g. a failing NHS check digit). */
  message: (match: IdentifierMatch) => string;
  note: string;
  source: string;
};

/** An identifier rule reports the matches of one kind from the shared scan, with its own wording. */
export function identifierRule(w: IdentifierWording): Rule {
  const suggestion = `[${w.kind}]`;
  return {
    meta: { id: w.id, category: "identifier", description: w.description },
    check(ctx) {
      for (const match of ctx.identifiers) {
        if (match.kind !== w.kind) continue;
        ctx.report({
          start: match.start,
          end: match.end,
          message: w.message(match),
          severity: "warning",
          confidence: match.confidence,
          suggestions: [suggestion],
          note: w.note,
          source: w.source,
          data: { identifierKind: w.kind },
        });
      }
    },
  };
}
