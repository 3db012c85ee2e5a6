// Tables: a header row names the columns ("Name | Age | Who they are | Phone"), and each row below it is one
// person. What a row's cells hold under "Age" or "Relationship" is said of the name that opens the row, however
// the writer worded the rest. Rows are cells between tabs or bars, one row a line.
import { firstAtOrAfter, type Span } from "../text/span";
import { ADULT_ROLES, KIN_ALT } from "./name-lexicon";

export type RowCue = { at: number; age?: number; adultRole?: string; kin?: string; line?: boolean };

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

// A list line that opens with a name and gives who they are after a dash or colon: a genogram's or a household's
// "Kai Quill – brother, 9", "Orla Penhale — cousin (7)", "Jed Quill: father, 38", "Iolo – 6, half-brother".
// The relation is the whole cell up to a comma, bracket or semicolon (a kin word with only its modifiers: never
// "brother of Mum" or "Mum's brother", whose kin word is someone else's), and the age is the one right after
// it, or right after the dash: both are the line's name's, not a name before or after it.
const LINE_LEAD = /^[ \t]*(?:[-•*–]|\d{1,2}[.)])?[ \t]*$/;
const AFTER_NAME = /^[ \t]*(?:[–—]|-(?=[ \t])|:)[ \t]*/;
// An age at the cell's start or after the relation: "9, brother", ", 9", " (12)", "aged 12".
const LINE_AGE = /^[ \t]*(?:[,(][ \t]*)?(?:aged?[ \t]+)?(\d{1,2})(?:[ \t]*(?:yrs?|years?)(?:[ \t]+old)?)?[ \t]*(?:[,)][ \t]*|(?=[;(]|$))/i;
const KIN_CELL = new RegExp(`^(?:(?:older|younger|little|big|baby|twin|half|step|foster|full|elder|eldest|youngest|oldest|middle)[\\s-]+)*(${KIN_ALT})[ \\t]*(?=[,;(]|$)`, "iu");

/**
 * For every line opened by a name (after an optional bullet or item number) and a dash or colon, the kin word
 * and age the rest of the line gives that name. `starts` are the mentions, sorted.
 */
export function listLineCues(text: string, starts: readonly Span[]): RowCue[] {
  const out: RowCue[] = [];
  let lineFrom = 0;
  let i = 0;
  while (lineFrom <= text.length && i < starts.length) {
    let lineTo = text.indexOf("\n", lineFrom);
    if (lineTo < 0) lineTo = text.length;
    while (i < starts.length && starts[i].start < lineFrom) i++;
    const head = starts[i];
    if (head && head.start < lineTo && LINE_LEAD.test(text.slice(lineFrom, head.start))) {
      const rest = text.slice(head.end, lineTo);
      const dash = AFTER_NAME.exec(rest);
      if (dash) {
        let cell = rest.slice(dash[0].length);
        const cue: RowCue = { at: head.start, line: true };
        let age = LINE_AGE.exec(cell);
        if (age) cell = cell.slice(age[0].length);
        const kin = KIN_CELL.exec(cell);
        if (kin) {
          cue.kin = kin[1].toLowerCase();
          age ??= LINE_AGE.exec(cell.slice(kin[0].length));
        }
        if (age) cue.age = +age[1];
        if (age || kin) out.push(cue);
      }
    }
    lineFrom = lineTo + 1;
  }
  return out;
}
