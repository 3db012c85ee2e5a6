/** A half-open range [start, end) of UTF-16 offsets. */
export type Span = { start: number; end: number };

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Index of the span containing offset in a sorted, non-overlapping list, or -1 (binary search). */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span starting at or after offset in a list sorted by start (binary search). */
export function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does any span of a start-sorted list overlap [start, end)? Looks back a few spans for long ones. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstAtOrAfter(spans, end);
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (spans[k].end > start) return true;
  return false;
}
