// An email as one text for the engine: the subject, a blank line, then the body (HTML read as text,
// quoted thread included). Edits found on that text are split back into subject edits and HTML body
// edits, so the body keeps every tag while names and details inside it are replaced.
import type { Category, Report } from "../../engine/types";
import { applyEdits, planRedactions, PseudonymRegistry, redactionLog, type Edit, type LabelMap, type RedactionLogEntry, type RedactionPolicy } from "../../redact";
import { applyTextEdits, escapeHtml, htmlToText, scrubHidden, type HtmlText, type TextEdit } from "./html-text";

export type BodyType = "html" | "text";

export type MailDocument = {
  subject: string;
  bodyType: BodyType;
  body: HtmlText;
  /** subject + "\n\n" + body text (or the body text alone when there is no subject). */
  text: string;
  /** Where the body starts in `text`. */
  bodyOffset: number;
};

/** A plain-text body as a one-to-one map (its "HTML" is the text itself). */
function plainBody(text: string): HtmlText {
  return { html: text, text, segments: text.length ? [{ t0: 0, t1: text.length, s0: 0, s1: text.length, literal: true }] : [] };
}

export function mailDocument(subject: string, body: string, bodyType: BodyType = "html"): MailDocument {
  const s = typeof subject === "string" ? subject.replace(/[\r\n]+/g, " ") : "";
  const mapped = bodyType === "html" ? htmlToText(typeof body === "string" ? body : "") : plainBody(typeof body === "string" ? body : "");
  const bodyOffset = s ? s.length + 2 : 0;
  return { subject: s, bodyType, body: mapped, text: s ? `${s}\n\n${mapped.text}` : mapped.text, bodyOffset };
}

/** Splits edits on the document's text into subject edits and body-text edits (body offsets). */
export function splitEdits(doc: MailDocument, edits: readonly TextEdit[]): { subject: TextEdit[]; body: TextEdit[] } {
  const subject: TextEdit[] = [];
  const body: TextEdit[] = [];
  for (const e of edits) {
    if (doc.subject && e.start < doc.subject.length) {
      subject.push({ start: e.start, end: Math.min(e.end, doc.subject.length), replacement: e.replacement });
    } else if (e.start >= doc.bodyOffset || !doc.subject) {
      body.push({ start: e.start - doc.bodyOffset, end: e.end - doc.bodyOffset, replacement: e.replacement });
    }
    // An edit that only covers the blank line between subject and body changes nothing.
  }
  return { subject, body };
}

function applyPlain(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The subject and body (same format as given) with the edits applied; tags in the HTML are kept. */
export function applyToMail(doc: MailDocument, edits: readonly TextEdit[]): { subject: string; body: string } {
  const parts = splitEdits(doc, edits);
  const subject = applyPlain(doc.subject, parts.subject);
  const body = doc.bodyType === "html" ? applyTextEdits(doc.body, parts.body) : applyPlain(doc.body.html, parts.body);
  return { subject, body };
}

export type MailAnalyser = (text: string) => Pick<Report, "findings"> & Partial<Pick<Report, "otherChildren">>;

export type RedactedMail = {
  subject: string;
  /** The body in its own format (HTML stays HTML). */
  body: string;
  bodyType: BodyType;
  /** The redacted email as plain text (subject line, blank line, body), for the clipboard. */
  text: string;
  applied: Edit[];
  log: RedactionLogEntry[];
  rounds: number;
  stable: boolean;
};

const HIDDEN_CATEGORIES: ReadonlySet<Category> = new Set<Category>(["other-child", "identifier"]);

/**
 * Redacts an email without touching the original: plans edits on the text, applies them into the
 * HTML text nodes, looks again (a replacement can reveal another finding) until nothing changes, then
 * removes any trace of the redacted names and details from link targets, titles, comments and styles.
 */
export function redactMail(
  subject: string,
  body: string,
  bodyType: BodyType,
  analyser: MailAnalyser,
  policy: RedactionPolicy,
  options: { labels?: LabelMap | PseudonymRegistry; maxRounds?: number } = {},
): RedactedMail {
  const labels = options.labels instanceof PseudonymRegistry ? options.labels : new PseudonymRegistry(options.labels, policy.labelPrefix);
  const maxRounds = Math.max(1, options.maxRounds ?? 3);
  const secrets: string[] = [];
  const applied: Edit[] = [];
  const log: RedactionLogEntry[] = [];
  let current = { subject, body };
  let rounds = 0;
  let stable = false;
  while (rounds < maxRounds) {
    rounds++;
    const doc = mailDocument(current.subject, current.body, bodyType);
    const result = applyEdits(doc.text, planRedactions(doc.text, analyser(doc.text), policy, { labels }));
    if (result.applied.length === 0) {
      stable = true;
      break;
    }
    for (const e of result.applied) if (HIDDEN_CATEGORIES.has(e.category)) secrets.push(doc.text.slice(e.start, e.end));
    for (const entry of redactionLog(doc.text, result.applied, rounds === 1 ? result.skipped : [])) log.push(rounds > 1 ? { ...entry, round: rounds } : entry);
    applied.push(...result.applied);
    current = applyToMail(doc, result.applied);
  }
  if (!stable) {
    const doc = mailDocument(current.subject, current.body, bodyType);
    stable = applyEdits(doc.text, planRedactions(doc.text, analyser(doc.text), policy, { labels })).applied.length === 0;
  }
  const finalBody = bodyType === "html" ? scrubHidden(current.body, secrets, policy.maskText ?? "[redacted]") : current.body;
  const finalDoc = mailDocument(current.subject, finalBody, bodyType);
  return { subject: current.subject, body: finalBody, bodyType, text: finalDoc.text, applied, log, rounds, stable };
}

/** A plain-text body as simple HTML (for the clipboard's HTML flavour and the .eml). */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<div>${line ? escapeHtml(line) : "<br>"}</div>`)
    .join("");
}
