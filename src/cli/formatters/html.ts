import { CATEGORIES, type Category } from "../../engine/types";
import type { CheckOutcome, LogRow } from "../bulk/jobs";
import { findingsByPage, redactionsByPage } from "./pages";
import { isEmptyRecord } from "./stylish";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

const QUALITY_LABEL: Record<string, string> = {
  childVoice: "The child's voice",
  parentViews: "Parents' views",
  analysis: "Analysis",
  nextSteps: "Next steps",
  visitPurpose: "Purpose of the visit",
};

const CATEGORY_LABEL: Record<Category, string> = {
  "other-child": "Other children",
  identifier: "Personal identifiers",
  jargon: "Jargon",
  judgemental: "Judgemental wording",
  "mix-up": "Possible mix-ups",
};

export type HtmlReportInput = {
  title: string;
  generated: string;
  checks?: readonly CheckOutcome[];
  /** For a redaction run: each document's outcome and the bundle's log. */
  redactions?: readonly { document: string; out?: string; error?: string; changes?: number; leftovers?: string[]; notes?: string[]; verified?: boolean }[];
  log?: readonly LogRow[];
};

const CSS = `
body{font:11pt/1.45 Georgia,"Times New Roman",serif;color:#111;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #999}
h3{font-size:1.05em;margin:1.4em 0 .4em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.95em}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right}
.finding{margin:.4em 0;padding:.3em .6em;border-left:3px solid #888;page-break-inside:avoid}
.ctx{font-family:Consolas,"Courier New",monospace;font-size:.9em;background:#f6f6f6;padding:.2em .4em;display:block;white-space:pre-wrap}
mark{background:#ffe08a;font-weight:bold}
.loc{color:#444;font-size:.9em}.bad{color:#a00;font-weight:bold}.ok{color:#060}
.meta{color:#444}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{page-break-before:auto}a{color:#000;text-decoration:none}
.doc{page-break-before:always}.doc:first-of-type{page-break-before:auto}mark{background:none;text-decoration:underline;font-weight:bold}}
`;

type Redaction = NonNullable<HtmlReportInput["redactions"]>[number];

/** A self-contained HTML report (no external files, print-friendly) a lawyer can read and print. */
export function formatHtmlReport(input: HtmlReportInput): string {
  // Only a report with per-document check sections quotes the documents' words.
  const parts: string[] = [htmlHead(input.title, input.generated, input.checks?.length ? WORKING_PAPER_NOTICE : undefined)];
  const checks = input.checks ?? [];
  const totals: Record<string, number> = {};
  if (checks.length)
    parts.push(
      checkSummaryTable(
        checks.map((c, i) => checkSummaryRow(c, i, totals)),
        totals,
        checks.length,
      ),
    );
  parts.push(unreadableTable(checks.filter((c) => c.error).map(unreadableRow)));
  if (input.redactions?.length) parts.push(REDACTIONS_HEAD, ...input.redactions.map(redactionRow), TABLE_END);
  if (input.log) parts.push(redactionsByPage(input.log));
  if (input.log) parts.push(LOG_HEAD, ...input.log.map(logRow), TABLE_END);
  checks.forEach((c, i) => parts.push(checkSection(c, i)));
  parts.push(HTML_END);
  return parts.filter(Boolean).join("\n");
}

// The report in pieces, so a bulk run can write it document by document (see html-stream.ts).

/** Said at the top of every report that quotes the documents: it names the children in them, so it is never for filing. */
export const WORKING_PAPER_NOTICE =
  "This report quotes the documents, including the names of children and other people in them. It is a working paper for the people checking them: do not file it on a child's record or send it on, and delete it when the check is done.";

export const htmlHead = (title: string, generated: string, notice?: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>\n` +
  `<h1>${esc(title)}</h1><p class="meta">Made by Clear Record on ${esc(generated)}. Findings are suggestions for a person to review, not decisions.</p>` +
  (notice ? `<p class="bad">${esc(notice)}</p>` : "");
export const HTML_END = `</body></html>\n`;
export const TABLE_END = `</tbody></table>`;

/** One document's row of the summary table; adds its counts to `totals`. */
export function checkSummaryRow(c: CheckOutcome, i: number, totals: Record<string, number>): string {
  if (c.error) return `<tr><td>${esc(c.file)}</td><td colspan="${CATEGORIES.length + 1}" class="bad">Could not be read</td></tr>`;
  const counts: Record<string, number> = {};
  for (const f of c.report?.findings ?? []) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const total = c.report?.findings.length ?? 0;
  for (const k of CATEGORIES) totals[k] = (totals[k] ?? 0) + (counts[k] ?? 0);
  return `<tr><td><a href="#doc-${i}">${esc(c.file)}</a></td>${CATEGORIES.map((k) => `<td class="n">${counts[k] ?? 0}</td>`).join("")}<td class="n">${total}</td></tr>`;
}

export const checkSummaryHead = () =>
  `<h2>Summary</h2><table><thead><tr><th>Document</th>${CATEGORIES.map((c) => `<th>${esc(CATEGORY_LABEL[c])}</th>`).join("")}<th>Total</th></tr></thead><tbody>`;

export function checkSummaryFoot(totals: Record<string, number>, documents: number): string {
  const grand = CATEGORIES.reduce((s, k) => s + (totals[k] ?? 0), 0);
  return `<tr><th>All ${documents} documents</th>${CATEGORIES.map((k) => `<th class="n">${totals[k] ?? 0}</th>`).join("")}<th class="n">${grand}</th></tr></tbody></table>`;
}

export function checkSummaryTable(rows: readonly string[], totals: Record<string, number>, documents: number): string {
  return [checkSummaryHead(), ...rows, checkSummaryFoot(totals, documents)].join("\n");
}

export const unreadableRow = (c: Pick<CheckOutcome, "file" | "error">) => `<tr><td>${esc(c.file)}</td><td>${esc(c.error)}</td></tr>`;

export const UNREADABLE_HEAD = `<h2>Documents that could not be read</h2><p>These were not checked. Open them, fix or re-save them, and run the check again.</p><table><thead><tr><th>Document</th><th>Reason</th></tr></thead><tbody>`;

export function unreadableTable(rows: readonly string[]): string {
  if (!rows.length) return "";
  return [UNREADABLE_HEAD, ...rows, TABLE_END].join("\n");
}

export const REDACTIONS_HEAD = `<h2>Redacted copies</h2><table><thead><tr><th>Document</th><th>Redacted copy</th><th>Changes</th><th>Verification</th></tr></thead><tbody>`;

export function redactionRow(r: Redaction): string {
  // "Checked" only where the independent verification decoded every part of the copy and found nothing.
  const verdict = r.error
    ? `<span class="bad">Not checked: ${esc(r.error)}</span>`
    : r.leftovers?.length
      ? `<span class="bad">FAILED verification: ${esc(r.leftovers.join("; "))}; no copy was written</span>`
      : r.verified === false || !r.out
        ? `<span class="bad">Not checked</span>`
        : `<span class="ok">Checked: an independent search of every part found none of the redacted names or numbers</span>`;
  return `<tr><td>${esc(r.document)}</td><td>${esc(r.out ?? "")}</td><td class="n">${r.changes ?? ""}</td><td>${verdict}${(r.notes ?? []).map((n) => `<br><span class="loc">${esc(n)}</span>`).join("")}</td></tr>`;
}

export const LOG_HEAD = `<h2>Redaction log</h2><p>Every change made, with the reason. The redacted words themselves are never shown.</p><table><thead><tr><th>Document</th><th>Location</th><th>Category</th><th>Reason</th><th>Replaced by</th></tr></thead><tbody>`;

export const logRow = (r: LogRow) =>
  `<tr><td>${esc(r.document)}</td><td>${esc(r.location)}</td><td>${esc(r.category)}</td><td>${esc(r.reason)}</td><td>${esc(r.pseudonym)}</td></tr>`;

/** One document's findings, people to check and recording quality ("" for a file that could not be read). */
export function checkSection(c: CheckOutcome, i: number): string {
  if (c.error || !c.report) return "";
  const parts: string[] = [];
  parts.push(`<section class="doc" id="doc-${i}"><h2>${esc(c.file)}</h2>`);
  for (const n of c.notes ?? []) parts.push(`<p class="loc">Note: ${esc(n)}</p>`);
  parts.push(findingsByPage(c));
  const findings = c.report.findings;
  const notChecked = (c.notes ?? []).some((n) => n.startsWith("not checked:"));
  if (!findings.length && isEmptyRecord(c.report, c.text)) {
    // Nothing to check: no quality review of a blank page.
    parts.push(
      notChecked ? `<p class="bad">No text was read; some parts were not checked (see the notes).</p>` : `<p class="ok">The document is empty: there is nothing to check.</p>`,
    );
    parts.push(`</section>`);
    return parts.join("\n");
  }
  // A document with parts not checked (a scanned PDF page) is never shown as clean.
  if (!findings.length) parts.push(notChecked ? `<p class="bad">No findings in what was read; some parts were not checked (see the notes).</p>` : `<p class="ok">No findings.</p>`);
  for (const cat of CATEGORIES) {
    const list = findings.map((f, j) => ({ f, p: c.placed?.[j] })).filter((x) => x.f.category === cat);
    if (!list.length) continue;
    parts.push(`<h3>${esc(CATEGORY_LABEL[cat])} (${list.length})</h3>`);
    for (const { f, p } of list) {
      const suggestion = f.suggestions?.length ? ` Suggested: <strong>${esc(f.suggestions[0])}</strong>.` : "";
      parts.push(
        `<div class="finding"><span class="loc">${esc(p?.location ?? "")}</span> — ${esc(f.message)}${suggestion}` +
          `<span class="ctx">…${esc(p?.before ?? "")}<mark>${esc(f.text)}</mark>${esc(p?.after ?? "")}…</span>${f.note ? `<span class="loc">${esc(f.note)}</span>` : ""}</div>`,
      );
    }
  }
  if (c.toCheck?.length) {
    parts.push(`<h3>People to check (${c.toCheck.length})</h3><p>The checker could not tell whether these are children, adults or not people at all. Please decide.</p>`);
    for (const p of c.toCheck)
      parts.push(
        `<div class="finding"><span class="loc">${esc(p.location)}</span> — <mark>${esc(p.text)}</mark> (${p.mentions} mention${p.mentions === 1 ? "" : "s"})` +
          (p.details ?? []).map((d) => `; their ${esc(d.kind)} <mark>${esc(d.text)}</mark> <span class="loc">(${esc(d.location)})</span>`).join("") +
          `</div>`,
      );
  }
  const q = c.report.quality;
  if (q) {
    parts.push(`<h3>Quality of the recording</h3><table><tbody>`);
    for (const [k, check] of Object.entries(q)) {
      const v = check?.value;
      parts.push(
        `<tr><td>${esc(QUALITY_LABEL[k] ?? k)}</td><td>${v === true ? '<span class="ok">Present</span>' : v === false ? '<span class="bad">Missing</span>' : "Not applicable"}</td><td>${esc(v === false ? (check?.message ?? "") : "")}</td></tr>`,
      );
    }
    parts.push(`</tbody></table>`);
  }
  for (const n of c.report.qualityNotes ?? []) parts.push(`<p class="loc">${esc(n.message)}${n.suggestion ? ` ${esc(n.suggestion)}` : ""}</p>`);
  parts.push(`</section>`);
  return parts.join("\n");
}
