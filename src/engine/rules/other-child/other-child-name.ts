import type { Rule } from "../../rule";

const NOTE =
  "A child's record must tell that child's story; another child's name is their private information and must not be disclosed when this record is shared or requested.";
const SOURCE = "Ofsted, 'Recording: what good looks like' (Yvette Stanley, 2019); Data Protection Act 2018, Schedule 2 (third-party data)";

const RELATION = /^(?:called|described as) ([a-z -]+)$/;

/** "her brother" when the record says how the child is related, then a neutral label. */
function suggestionsFor(reasons: string[], possessive: string): string[] {
  for (const r of reasons) {
    const m = RELATION.exec(r);
    if (m && !/^(?:boy|girl|child|children|young person|baby|pupil|peer)$/.test(m[1])) return [`${possessive} ${m[1]}`, "another child"];
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
    const byId = new Map(people.children.map((c) => [c.id, c]));
    for (const m of people.childMentions) {
      const child = byId.get(m.entity);
      const why = child?.reasons[0];
      ctx.report({
        start: m.start,
        end: m.end,
        message: `This names another child${why ? ` (${why})` : ""}; refer to them by their relationship or a label such as "Child A" instead.`,
        severity: "error",
        confidence: child && child.reasons.length > 1 ? 0.9 : 0.75,
        suggestions: suggestionsFor(child?.reasons ?? [], ctx.profile.pronouns?.possessive ?? "their"),
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
