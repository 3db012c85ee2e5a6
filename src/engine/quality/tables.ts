// Tables laid out as text: a header row of short labels ("Date | Event | Source | Impact on Julian") and the
// rows under it, split by "|", tabs or a spaced dash. A check can then read a column by its header, as it
// reads a section by its heading (a chronology's "Significance for Harvey" column is the writer's analysis).
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";

export type Table = { header: Span; columns: Array<{ title: string; span: Span }>; rows: Span[][] };

const SEPARATORS = ["|", "\t", " – ", " — "];
const MAX_HEADER_WORDS = 6;
/** Tables are looked for in this many lines at most: the work stays linear on a long file. */
const MAX_LINES = 5000;

/** The cells of a line split by `sep`, as spans of the text (trimmed), or undefined when it holds no separator. */
function cellsOf(text: string, ls: number, le: number, sep: string): Span[] | undefined {
  const line = text.slice(ls, le);
  if (!line.includes(sep)) return undefined;
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const at = line.indexOf(sep, from);
    const end = at < 0 ? line.length : at;
    let s = from;
    let e = end;
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    out.push({ start: ls + s, end: ls + e });
    if (at < 0) break;
    from = at + sep.length;
  }
  // A leading or trailing bar ("| Date | Event |") opens or closes the row; it is not an empty cell.
  if (sep === "|") {
    if (out.length && out[0].end === out[0].start) out.shift();
    if (out.length && out[out.length - 1].end === out[out.length - 1].start) out.pop();
  }
  return out;
}

/** A header cell: a short label with no digits and no sentence end ("Impact on Julian", "Reviewer's comment"). */
function isLabel(text: string, c: Span): boolean {
  const t = text.slice(c.start, c.end);
  return t.length > 0 && !/\d|[.!?;]/.test(t) && t.split(/\s+/).length <= MAX_HEADER_WORDS;
}

const TABLES = {};

/** The record's tables: a header row of three or more labels, and the rows after it split the same way. */
export function tablesOf(ctx: RuleContext): Table[] {
  return ctx.perAnalysis(TABLES, () => {
    const text = ctx.text;
    const lines: Span[] = [];
    for (let ls = 0; ls <= text.length && lines.length < MAX_LINES;) {
      let le = text.indexOf("\n", ls);
      if (le < 0) le = text.length;
      lines.push({ start: ls, end: le });
      if (le >= text.length) break;
      ls = le + 1;
    }
    const tables: Table[] = [];
    for (let i = 0; i < lines.length; i++) {
      const { start, end } = lines[i];
      for (const sep of SEPARATORS) {
        const head = cellsOf(text, start, end, sep);
        if (!head || head.length < 3 || !head.every((c) => isLabel(text, c))) continue;
        const rows: Span[][] = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
          const l = lines[j];
          if (!text.slice(l.start, l.end).trim()) continue; // rows may be spaced by blank lines
          const cells = cellsOf(text, l.start, l.end, sep);
          if (!cells || cells.length < 2) break;
          rows.push(cells);
        }
        if (rows.length === 0) continue;
        tables.push({ header: { start, end }, columns: head.map((c) => ({ title: text.slice(c.start, c.end), span: c })), rows });
        i = j - 1;
        break;
      }
    }
    return tables;
  });
}

/** True when `at` lies on a table's header row. */
export function onTableHeader(ctx: RuleContext, at: number): boolean {
  return tablesOf(ctx).some((t) => t.header.start <= at && at < t.header.end);
}
