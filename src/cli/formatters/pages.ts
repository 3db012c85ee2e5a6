import { CATEGORIES, type Category } from "../../engine/types";
import type { CheckOutcome, LogRow } from "../bulk/jobs";

/**
 * Per-page tables for the HTML report of a paginated document (a PDF bundle): what was found on each
 * page, by category, and what was redacted there, by category and by label. Built from the locations
 * ("page 214 (B12), line 12") and the log rows, never from the text, so they hold no redacted words.
 */

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** "page 214 (B12), line 12" → "page 214 (B12)"; undefined for places that are not on a page. */
export function pageOf(location: string): string | undefined {
  return /^page \d+(?: \([^)]*\))?(?=,|$)/.exec(location)?.[0];
}

const pageNumber = (page: string) => Number(/\d+/.exec(page)?.[0] ?? 0);
const OFF_PAGE = "not on a page (document information, bookmarks, comments, form fields, attachments…)";

type Row = { counts: Map<string, number>; labels: Map<string, number> };

/** Rows in page order, the places not on a page last. */
function grouped<T>(items: readonly T[], where: (x: T) => string, add: (row: Row, x: T) => void): [string, Row][] {
  const rows = new Map<string, Row>();
  for (const x of items) {
    const key = pageOf(where(x)) ?? OFF_PAGE;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { counts: new Map(), labels: new Map() }));
    add(row, x);
  }
  return [...rows].sort(([a], [b]) => (a === OFF_PAGE ? 1 : b === OFF_PAGE ? -1 : pageNumber(a) - pageNumber(b)));
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const CATEGORY_HEADING: Record<Category, string> = {
  "other-child": "Other children",
  identifier: "Identifiers",
  jargon: "Jargon",
  judgemental: "Judgemental",
  "mix-up": "Mix-ups",
};

/** Pages a note says were not checked ("not checked: page 3 is an image"). */
function pagesNotChecked(notes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of notes) {
    if (!n.startsWith("not checked:")) continue;
    for (const m of n.matchAll(/page \d+(?: \([^)]*\))?/g)) out.add(m[0]);
  }
  return out;
}

/** The findings of a checked paginated document, page by page (empty for a document with no pages). */
export function findingsByPage(c: CheckOutcome): string {
  const findings = c.report?.findings ?? [];
  const notChecked = pagesNotChecked(c.notes ?? []);
  const located = findings.map((f, i) => ({ category: f.category, location: c.placed?.[i]?.location ?? "" }));
  if (!located.some((x) => pageOf(x.location)) && !notChecked.size) return "";
  const rows = grouped(
    located,
    (x) => x.location,
    (row, x) => bump(row.counts, x.category),
  );
  for (const p of notChecked) if (!rows.some(([k]) => k === p)) rows.push([p, { counts: new Map(), labels: new Map() }]);
  rows.sort(([a], [b]) => (a === OFF_PAGE ? 1 : b === OFF_PAGE ? -1 : pageNumber(a) - pageNumber(b)));
  const out = [
    `<h3>Findings by page</h3><table><thead><tr><th>Page</th>${CATEGORIES.map((k) => `<th>${esc(CATEGORY_HEADING[k])}</th>`).join("")}<th>Total</th></tr></thead><tbody>`,
  ];
  for (const [page, row] of rows) {
    const total = [...row.counts.values()].reduce((a, b) => a + b, 0);
    const flag = notChecked.has(page) ? ` <span class="bad">(not checked: see the notes)</span>` : "";
    out.push(`<tr><td>${esc(page)}${flag}</td>${CATEGORIES.map((k) => `<td class="n">${row.counts.get(k) ?? 0}</td>`).join("")}<td class="n">${total}</td></tr>`);
  }
  out.push(`</tbody></table>`);
  return out.join("");
}

/** The redactions of each paginated document of a bundle, page by page: by category and by label. */
/** One table per paginated document in the log ("" when none is paginated); streamed per document by bulk redact. */
export function redactionsByPageTables(log: readonly LogRow[]): string {
  const byDocument = new Map<string, LogRow[]>();
  for (const r of log) {
    const list = byDocument.get(r.document) ?? [];
    list.push(r);
    byDocument.set(r.document, list);
  }
  const out: string[] = [];
  for (const [document, rows] of byDocument) {
    if (!rows.some((r) => pageOf(r.location))) continue;
    out.push(
      `<h3>${esc(document)}</h3><table><thead><tr><th>Page</th>${CATEGORIES.map((k) => `<th>${esc(CATEGORY_HEADING[k])}</th>`).join("")}<th>Redacted as</th></tr></thead><tbody>`,
    );
    for (const [page, row] of grouped(
      rows,
      (r) => r.location,
      (g, r) => (bump(g.counts, r.category), bump(g.labels, r.pseudonym)),
    )) {
      const labels = [...row.labels]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([l, n]) => `${esc(l)}${n > 1 ? ` ×${n}` : ""}`)
        .join(", ");
      out.push(`<tr><td>${esc(page)}</td>${CATEGORIES.map((k) => `<td class="n">${row.counts.get(k) ?? 0}</td>`).join("")}<td>${labels}</td></tr>`);
    }
    out.push(`</tbody></table>`);
  }
  return out.join("");
}

/** The heading of the redactions-by-page tables (written once, above the first table). */
export const REDACTIONS_BY_PAGE_HEAD = `<h2>Redactions by page</h2><p>What was redacted on each page of each paginated document (PDF), by category and by what replaced it. The redacted words themselves are never shown.</p>`;

/** The per-page tables under their heading, or "" when no document was paginated. */
export function redactionsByPage(log: readonly LogRow[]): string {
  const tables = redactionsByPageTables(log);
  return tables ? REDACTIONS_BY_PAGE_HEAD + tables : "";
}
