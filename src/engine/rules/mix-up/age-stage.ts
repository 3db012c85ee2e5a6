// Pasted names betrayed by age: another child's name in a sentence whose content (a cot, nursery,
// Year 5, "is ten") cannot fit that child's known age but fits the subject's. Invented example, in
// 18-month-old Max's record where his sister Freya is 11: "Freya is now crawling everywhere."
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { ageAfter, ageAt, apart, birthFrom, stageOf, Timeline, type Birth } from "./ages";
import { coordinated, opensSentence } from "./clauses";

const CONTENT_LIMIT = 200;
// A stage read for a sentence must miss the named child by more than this many years, and fit the subject within it.
const SLACK = 1;

export function findAgeStagePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const timeline = new Timeline(text);
  // Every age statement, by the mention it follows (one bounded read per mention).
  const births: Array<Birth | undefined> = all.map((m) => (m.role === "adult" || m.inQuote ? undefined : birthFrom(text, m.end, timeline)));
  const byEntity = new Map<string, number[]>();
  all.forEach((m, i) => {
    if (!births[i]) return;
    const list = byEntity.get(m.entity) ?? [];
    list.push(i);
    byEntity.set(m.entity, list);
  });
  const subjectBirths = (byEntity.get("#subject") ?? []).map((i) => births[i]!);
  if (!subjectBirths.length) return [];
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote) continue;
    const known = (byEntity.get(m.entity) ?? []).filter((j) => j !== i).map((j) => births[j]!);
    if (!known.length) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (!opensSentence(text, sentence.start, m.start)) continue;
    const next = all[i + 1];
    if (coordinated(text, m, next)) continue;
    const end = Math.min(sentence.end, next && next.start > m.end ? next.start : sentence.end, m.end + CONTENT_LIMIT);
    const content = text.slice(m.end, end).replace(/^['’]s\b/, "");
    const stage = ageAfter(content) ?? stageOf(content);
    if (!stage) continue;
    const year = timeline.yearAt(m.start);
    if (year === undefined) continue;
    const childCannot = known.every((b) => apart(ageAt(b, year), stage, SLACK));
    const subjectCan = subjectBirths.some((b) => !apart(ageAt(b, year), stage, SLACK));
    if (childCannot && subjectCan) out.push(m);
  }
  return out;
}
