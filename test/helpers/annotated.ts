// Table tests write expected spans in the corpus's {{tag|span}} form (shared/eval/FORMAT.md).
import type { Category } from "../../src/engine/types";

export const TAG_CATEGORY: Record<string, Category | null> = {
  oc: "other-child",
  pid: "identifier",
  jar: "jargon",
  jud: "judgemental",
  mix: "mix-up",
  sc: null,
  ad: null,
};

export type GoldSpan = { tag: string; category: Category | null; start: number; end: number; text: string };

/** Strips {{tag|span}} markup, returning the plain text and the gold spans in its offsets. */
export function parseAnnotated(annotated: string): { plain: string; spans: GoldSpan[] } {
  const spans: GoldSpan[] = [];
  let plain = "";
  let i = 0;
  while (i < annotated.length) {
    const open = annotated.indexOf("{{", i);
    if (open < 0) {
      plain += annotated.slice(i);
      break;
    }
    plain += annotated.slice(i, open);
    const close = annotated.indexOf("}}", open + 2);
    if (close < 0) throw new Error(`unclosed {{ at ${open}`);
    const inner = annotated.slice(open + 2, close);
    const bar = inner.indexOf("|");
    const tag = inner.slice(0, bar);
    if (bar < 0 || !(tag in TAG_CATEGORY)) throw new Error(`bad markup {{${inner}}}`);
    const text = inner.slice(bar + 1);
    spans.push({ tag, category: TAG_CATEGORY[tag], start: plain.length, end: plain.length + text.length, text });
    plain += text;
    i = close + 2;
  }
  return { plain, spans };
}

/**
 * Writes findings of one category back into {{tag|span}} form, so a failing table test shows the
 * whole sentence as a person would mark it up.
 */
export function annotate(plain: string, found: Array<{ start: number; end: number }>, tag: string): string {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    out += plain.slice(at, f.start) + `{{${tag}|${plain.slice(f.start, f.end)}}}`;
    at = f.end;
  }
  return out + plain.slice(at);
}

/**
 * The expected markup for one category: keeps that category's tags, strips the rest. Compare it with
 * annotate(plain, findings, tag) to test a rule with the spans written in corpus form.
 */
export function expectedFor(annotated: string, tag: string): string {
  return annotated.replace(/\{\{(\w+)\|([^{}|]*)\}\}/g, (_m, t: string, span: string) => (t === tag ? `{{${tag}|${span}}}` : span));
}
