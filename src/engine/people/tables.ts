// Tables: a header row names the columns ("Name | Age | Who they are | Phone"), and each row below it is one
// person. What a row's cells hold under "Age" or "Relationship" is said of the name that opens the row, however
// the writer worded the rest. Rows are cells between tabs or bars, one row a line.
import { firstAtOrAfter, type Span } from "../text/span";
import { ADULT_ROLES } from "./name-lexicon";

export type RowCue = { at: number; age?: number; adultRole?: string };

const AGE_HEADER = /^\s*(?:age|aged|age\s*\(\s*years?\s*\)|years)\s*$/i;
const RELATION_HEADER = /^\s*(?:who(?:\s+they\s+are)?|relationship(?:\s+to\s+\p{L}+)?|relation|role|connection|link(?:\s+to\s+\p{L}+)?)\s*$/iu;
// An age cell: "15", "about 20", "c. 17", "15 yrs", "44 (approx)".
const AGE_CELL = /^\s*(?:about|approx\.?|around|c\.|circa|~)?\s*(\d{1,2})\s*(?:yrs?|years?)?\s*(?:\([^()]*\))?\s*$/i;
// A parent's or a professional's word opening a relationship cell: "Mum", "Dad (lives away)", "Social worker".
const PARENT_WORD =
  /^(?:mum|mother|dad|father|step-?(?:mum|dad|mother|father)|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|carer|foster\s+carer|partner)$/;
const CELL_HEAD = /^\s*([\p{L}' -]{2,40}?)\s*(?:[,;(–—:]|$)/u;

function adultRelation(cell: string): string | undefined {
  const m = CELL_HEAD.exec(cell);
  const word = m?.[1].trim().toLowerCase();
  return word && (PARENT_WORD.test(word) || ADULT_ROLES.has(word)) ? word : undefined;
}

function cellsOf(line: string, from: number, bar: boolean): Span[] {
  const cells: Span[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line.charCodeAt(i);
    if (i === line.length || c === 9 || (bar && c === 124)) {
      cells.push({ start: from + start, end: from + i });
      start = i + 1;
    }
  }
  // "| a | b |": the empty cells outside the outer bars are not columns.
  if (bar && cells.length && !line.slice(0, 1).trim()) {
    if (line.trimStart().startsWith("|")) cells.shift();
  }
  if (bar && line.trimEnd().endsWith("|")) cells.pop();
  return cells;
}

/**
 * For every table row opened by a name (the first mention of the row starts its first non-empty cell), the age
 * and adult relationship its cells give under an "Age" or a "Relationship" header. `starts` are the mentions'
 * starts, sorted. One pass over the lines.
 */
export function tableRowCues(text: string, starts: readonly Span[]): RowCue[] {
  const out: RowCue[] = [];
  if (!starts.length || (text.indexOf("\t") < 0 && text.indexOf("|") < 0)) return out;
  let ageCol = -1;
  let relCol = -1;
  let inTable = false;
  let lineFrom = 0;
  while (lineFrom <= text.length) {
    let lineTo = text.indexOf("\n", lineFrom);
    if (lineTo < 0) lineTo = text.length;
    const line = text.slice(lineFrom, lineTo);
    const bar = line.indexOf("|") >= 0;
    if (line.indexOf("\t") < 0 && !bar) {
      inTable = false;
    } else {
      const cells = cellsOf(line, lineFrom, bar);
      if (!inTable) {
        // The first row of a block is its header when one of its cells names the age or relationship column.
        inTable = true;
        ageCol = cells.findIndex((c) => AGE_HEADER.test(text.slice(c.start, c.end)));
        relCol = cells.findIndex((c) => RELATION_HEADER.test(text.slice(c.start, c.end)));
      } else if (ageCol >= 0 || relCol >= 0) {
        const first = cells.findIndex((c) => text.slice(c.start, c.end).trim() !== "");
        const head = first >= 0 ? starts[firstAtOrAfter(starts, cells[first].start)] : undefined;
        if (head && head.end <= cells[first].end && /^[\s"“‘'•*-]*$/.test(text.slice(cells[first].start, head.start))) {
          const cue: RowCue = { at: head.start };
          const ageCell = ageCol > first && ageCol < cells.length ? AGE_CELL.exec(text.slice(cells[ageCol].start, cells[ageCol].end)) : null;
          if (ageCell) cue.age = Number(ageCell[1]);
          if (relCol > first && relCol < cells.length) cue.adultRole = adultRelation(text.slice(cells[relCol].start, cells[relCol].end));
          if (cue.age !== undefined || cue.adultRole) out.push(cue);
        }
      }
    }
    lineFrom = lineTo + 1;
  }
  return out;
}
