import type { ApplyResult, Edit, SkippedEdit } from "./types";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset falls between the two halves of a surrogate pair (an emoji, say). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

const len = (e: Edit) => e.end - e.start;

/**
 * Applies edits in one pass from a sorted list. Edits that overlap are settled by keeping the larger
 * (a whole-sentence removal beats a name inside it; on a tie the earlier wins) and the other is
 * reported in `skipped`, as are edits out of range, edits that would split a character and duplicates.
 * Never throws; offsets of the applied edits refer to the input text.
 */
export function applyEdits(text: string, edits: readonly Edit[]): ApplyResult {
  const skipped: SkippedEdit[] = [];
  const candidates: Array<{ e: Edit; i: number }> = [];
  (edits ?? []).forEach((e, i) => {
    if (!e || !Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length || e.start > e.end) {
      if (e) skipped.push({ edit: e, reason: "its position is outside the text" });
      return;
    }
    if (typeof e.replacement !== "string") return void skipped.push({ edit: e, reason: "it has no replacement text" });
    if (e.start === e.end && e.replacement === "") return void skipped.push({ edit: e, reason: "it changes nothing" });
    if (splitsPair(text, e.start) || splitsPair(text, e.end)) return void skipped.push({ edit: e, reason: "it would split a character in two" });
    candidates.push({ e, i });
  });
  // By start; at one offset an insertion goes before the edit that starts there, then larger first.
  const empty = (e: Edit) => (e.start === e.end ? 0 : 1);
  candidates.sort((a, b) => a.e.start - b.e.start || empty(a.e) - empty(b.e) || b.e.end - a.e.end || a.i - b.i);

  const kept: Edit[] = [];
  for (const { e } of candidates) {
    // Kept edits do not overlap and are sorted, so the ones e overlaps are at the top of the stack.
    let firstOverlap = kept.length;
    let largest = 0;
    while (firstOverlap > 0) {
      const k = kept[firstOverlap - 1];
      const overlap = k.start < e.end && e.start < k.end;
      const duplicate = k.start === e.start && k.end === e.end;
      if (!overlap && !duplicate) break;
      largest = Math.max(largest, len(k));
      firstOverlap--;
    }
    if (firstOverlap === kept.length) {
      kept.push(e);
      continue;
    }
    const top = kept[kept.length - 1];
    if (top.start === e.start && top.end === e.end && top.replacement === e.replacement) {
      skipped.push({ edit: e, reason: "it repeats another edit", keptInstead: top });
      continue;
    }
    if (len(e) > largest) {
      for (const lost of kept.splice(firstOverlap)) skipped.push({ edit: lost, reason: "it overlaps a larger edit", keptInstead: e });
      kept.push(e);
    } else {
      skipped.push({ edit: e, reason: "it overlaps a larger edit", keptInstead: top });
    }
  }

  const parts: string[] = [];
  let at = 0;
  for (const e of kept) {
    parts.push(text.slice(at, e.start), e.replacement);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), applied: kept, skipped };
}
