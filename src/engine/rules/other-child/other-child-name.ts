import type { Rule } from "../../rule";

const NOTE =
  "A child's record must tell that child's story; another child's name is their private information and must not be disclosed when this record is shared or requested.";
const SOURCE = "Ofsted, 'Recording: what good looks like' (Yvette Stanley, 2019); Data Protection Act 2018, Schedule 2 (third-party data)";

const RELATION = /^(?:called|described as) ([a-z -]+)$/;
// Relations that are relative to the subject child ("her brother"); "son" or "baby" describe the
// child's tie to someone else, so they give no safe wording.
const SUBJECT_RELATIONS = new Set([
  "brother", "sister", "half-brother", "half-sister", "halfbrother", "halfsister", "stepbrother", "stepsister",
  "step-brother", "step-sister", "sibling", "twin", "cousin", "friend", "best friend", "classmate", "foster sibling",
  "foster brother", "foster sister", "boyfriend", "girlfriend",
]);

/** "her brother" when the record says how the child is related to the subject, then a neutral label. */
function suggestionsFor(reasons: string[], possessive: string): string[] {
  for (const r of reasons) {
    const m = RELATION.exec(r);
    const relation = m ? m[1].replace(/([^s])s$/, "$1") : "";
    if (SUBJECT_RELATIONS.has(relation)) return [`${possessive} ${relation}`, "another child"];
  }
  return ["another child"];
}

/** Every mention of a child who is not the subject: found from kinship, age and context, then spread. */
export const otherChildName: Rule = {
  meta: {
    id: "other-child-name",
    category: "other-child",
    description: "Names of children other than the subject child, including children nobody listed.",
  },
  check(ctx) {
    const people = ctx.people;
    // One message and one list of suggestions per child, shared by all its mentions.
    const byId = new Map(
      people.children.map((c) => {
        const why = c.reasons[0];
        return [
          c.id,
          {
            message: `This names another child${why ? ` (${why})` : ""}; refer to them by their relationship or a label such as "Child A" instead.`,
            confidence: c.reasons.length > 1 ? 0.9 : 0.75,
            suggestions: suggestionsFor(c.reasons, ctx.profile.pronouns?.possessive ?? "their"),
          },
        ];
      }),
    );
    for (const m of people.childMentions) {
      const child = byId.get(m.entity);
      ctx.report({
        start: m.start,
        end: m.end,
        message: child?.message ?? "This names another child; refer to them by their relationship or a label such as \"Child A\" instead.",
        severity: "error",
        confidence: child?.confidence ?? 0.75,
        suggestions: child?.suggestions ?? ["another child"],
        note: NOTE,
        source: SOURCE,
        data: { childId: m.entity, mentionKind: "name", possessive: m.possessive },
      });
    }
  },
};

/** Identifying details of other children: date of birth, school, address, court reference. */
export const otherChildDetail: Rule = {
  meta: {
    id: "other-child-detail",
    category: "other-child",
    description: "Another child's date of birth, school, address or reference number.",
  },
  check(ctx) {
    for (const d of ctx.people.childDetails) {
      ctx.report({
        start: d.start,
        end: d.end,
        message: `This is another child's ${d.kind}; it identifies them and should not be in this child's record.`,
        severity: "error",
        confidence: 0.8,
        suggestions: [`[${d.kind}]`],
        note: NOTE,
        source: SOURCE,
        data: { childId: d.entity, mentionKind: "detail" },
      });
    }
  },
};
