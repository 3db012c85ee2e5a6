import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { firstAtOrAfter } from "../text/span";
import type { Phrase } from "./phrases";
import type { ChildDetail, PersonMention } from "./people";
import type { SimpleDate } from "../text/dates";
// ---------------------------------------------------------------------------------------------
// Identifying details of other children: their date of birth, school, address or reference.

export function findChildDetails(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  places: Phrase[],
  ids: Map<string, string>,
  pasted: Set<number>,
  _refDate: SimpleDate,
): ChildDetail[] {
  const details: ChildDetail[] = [];
  const isChild = (m: PersonMention | undefined) => !!m && m.role === "child" && !pasted.has(m.start);
  const starts = all.map((m) => m.start);
  const mentionBefore = (offset: number, from: number): PersonMention | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const m = best >= 0 ? all[best] : undefined;
    return m && m.start >= from ? m : undefined;
  };
  // What a sentence or paragraph says about people, computed once per span (a record with no blank
  // lines is one paragraph, so this must not be recomputed per identifier).
  type Summary = { hasSubject: boolean; firstChild?: PersonMention; onlyChildrenAndAdults: boolean };
  const summaries = new Map<string, Summary>();
  const summarise = (span: Span): Summary => {
    const key = `${span.start}:${span.end}`;
    let sum = summaries.get(key);
    if (sum) return sum;
    sum = { hasSubject: false, onlyChildrenAndAdults: true };
    for (let i = firstAtOrAfter(all, span.start); i < all.length && all[i].start < span.end; i++) {
      const m = all[i];
      if (m.end > span.end) continue;
      if (m.role === "subject") sum.hasSubject = true;
      if (isChild(m)) sum.firstChild ??= m;
      else if (m.role !== "adult") sum.onlyChildrenAndAdults = false;
    }
    summaries.set(key, sum);
    return sum;
  };
  const owner = (offset: number, span: Span): string | undefined => {
    const before = mentionBefore(offset, span.start);
    if (before) return isChild(before) ? ids.get(before.entity) : undefined;
    const sum = summarise(span);
    return sum.firstChild && sum.onlyChildrenAndAdults && !sum.hasSubject ? ids.get(sum.firstChild.entity) : undefined;
  };
  const identifiers = ctx.identifiers;
  // Dates of birth: belong to the nearest person named before them on the same line or sentence.
  for (const id of identifiers) {
    if (id.kind !== "date of birth") continue;
    const who = owner(id.start, ctx.sentenceAt(id.start));
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind: "date of birth" });
  }
  // Schools: belong to the child named nearest before them in the sentence (adults do not count:
  // "Kacper lives with his father, Mr Nowak, and attends Brook Lane Primary"), or to the child the
  // sentence is about when it does not mention the subject.
  const childBefore = (offset: number, from: number): PersonMention | undefined => {
    for (let i = firstAtOrAfter(all, offset) - 1; i >= 0; i--) {
      const m = all[i];
      if (m.start < from) break;
      if (m.role !== "adult") return m;
    }
    return undefined;
  };
  for (const p of places) {
    if (!p.school) continue;
    const sentence = ctx.sentenceAt(p.start);
    const before = childBefore(p.start, sentence.start);
    if (before) {
      if (isChild(before)) details.push({ start: p.start, end: p.end, entity: ids.get(before.entity)!, kind: "school" });
      continue;
    }
    // "outside Northam Park Academy, where Harley is in Year 7"
    const where = /^,?\s+where\s+/.exec(text.slice(p.end, p.end + 12));
    const next = where ? all.find((m) => m.start >= p.end && m.start <= p.end + where[0].length + 1) : undefined;
    if (next && isChild(next)) details.push({ start: p.start, end: p.end, entity: ids.get(next.entity)!, kind: "school" });
  }
  // Addresses and court references in a paragraph about other children but not the subject.
  for (const id of identifiers) {
    const kind = id.kind === "address" || id.kind === "postcode" ? "address" : id.kind === "case number" ? "reference" : undefined;
    if (!kind) continue;
    const para = ctx.paragraphAt(id.start);
    const sum = summarise(para);
    if (sum.hasSubject || !sum.firstChild) continue;
    const before = childBefore(id.start, para.start);
    const who = before ? (isChild(before) ? ids.get(before.entity) : undefined) : owner(id.start, para);
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind });
  }
  details.sort((a, b) => a.start - b.start);
  return details.filter((d, i) => i === 0 || d.start >= details[i - 1].end);
}

/** Index of the first mention starting at or after offset (mentions are sorted by start). */
