// Pure helpers behind what the pane remembers for this session only: the worker's People choices, the
// version of (text, case) a check was made for, the changes Undo can reverse, and a suggestion's
// capital at a sentence start. No React, no Office, no storage: tested in test/taskpane/state/session.test.ts.
import type { CaseProfile, Category, Finding, Person, PersonRole, Report } from "../../engine";
import type { HostEdit, Segment } from "../../hosts/host";

/** A role the worker chose for a person in the People section (never "undecided"). */
export type ChosenRole = Exclude<PersonRole, "undecided">;

/** The worker's choices, by person: kept in memory for the session, never written anywhere. */
export type Decision = { displayName: string; forms: string[]; role: ChosenRole };
export type Decisions = ReadonlyMap<string, Decision>;

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The case profile with the worker's People choices folded in: a person chosen as the subject becomes
 * aliases of the subject (or the subject, when none is named); other children, adults and not-people go
 * to their lists, and every form of that person leaves the lists it no longer belongs to.
 */
export function applyDecisions(profile: CaseProfile, decisions: Decisions): CaseProfile {
  if (decisions.size === 0) return profile;
  const decided = new Map<string, ChosenRole>();
  for (const d of decisions.values()) for (const f of [d.displayName, ...d.forms]) if (f.trim()) decided.set(norm(f), d.role);
  const keep = (list: readonly string[] | undefined, role: ChosenRole) => (list ?? []).filter((n) => (decided.get(norm(n)) ?? role) === role);
  const lists: Record<Exclude<ChosenRole, "subject">, string[]> = {
    "other-child": keep(profile.otherChildren, "other-child"),
    adult: keep(profile.adults, "adult"),
    "not-a-person": keep(profile.notPeople, "not-a-person"),
  };
  let name = profile.subject.name;
  const aliases = keep(profile.subject.aliases, "subject");
  const add = (list: string[], value: string) => {
    if (value.trim() && !list.some((x) => norm(x) === norm(value))) list.push(value.trim());
  };
  for (const d of decisions.values()) {
    const forms = [d.displayName, ...d.forms];
    if (d.role === "subject") {
      if (!name.trim()) name = d.displayName;
      for (const f of forms) if (norm(f) !== norm(name)) add(aliases, f);
    } else for (const f of forms) add(lists[d.role], f);
  }
  // A subject named in the case panel and then chosen as someone else: the choice wins for this session.
  if (name.trim() && decided.has(norm(name)) && decided.get(norm(name)) !== "subject") name = "";
  const { otherChildren: _o, adults: _a, notPeople: _n, ...rest } = profile;
  const subject = { ...profile.subject, name };
  if (aliases.length) subject.aliases = aliases;
  else delete subject.aliases;
  return {
    ...rest,
    subject,
    ...(lists["other-child"].length ? { otherChildren: lists["other-child"] } : {}),
    ...(lists.adult.length ? { adults: lists.adult } : {}),
    ...(lists["not-a-person"].length ? { notPeople: lists["not-a-person"] } : {}),
  };
}

/** One string for "this case": a check made for another key is a check of another case. */
export function profileKey(profile: CaseProfile): string {
  const sorted = (l?: readonly string[]) => [...(l ?? [])].map(norm).sort();
  return JSON.stringify([
    norm(profile.subject.name),
    sorted(profile.subject.aliases),
    profile.subject.pronouns ?? "",
    sorted(profile.otherChildren),
    sorted(profile.adults),
    sorted(profile.notPeople),
  ]);
}

/**
 * The key a check is made for: the case, and the kind of record the worker chose for the session ("": the checker or
 * the host decides). A check made for another key is not acted on.
 */
export function checkKey(profile: CaseProfile, kind = ""): string {
  return `${profileKey(profile)}\u0000${kind}`;
}

/** The case part of a check's key (a key from profileKey alone is all case). */
const casePart = (key: string) => key.split("\u0000")[0];

/**
 * Why findings cannot be acted on (null: they were computed for this text, this case and this kind). "kind": only the
 * kind of record chosen changed, never to be told to the worker as a change of case.
 */
export function staleReason(checked: { text: string; profileKey: string }, text: string, currentKey: string): "text" | "case" | "kind" | null {
  return checked.text !== text ? "text" : keyChange(checked.profileKey, currentKey);
}

/** What differs between the key a check was made for and the key now: the case, only the kind, or nothing (null). */
export function keyChange(checkedKey: string, currentKey: string): "case" | "kind" | null {
  if (checkedKey === currentKey) return null;
  return casePart(checkedKey) === casePart(currentKey) ? "kind" : "case";
}

/**
 * What the summary says while the check for a new case or kind is on its way. A new kind is only a re-check: saying
 * "the case changed" then sent a worker back to the case details to look for a change they had not made.
 */
export function recheckNote(why: "case" | "kind"): string {
  return why === "case" ? "The case changed since this check: checking again." : "Checking…";
}

/**
 * The child named in the case when the check found them nowhere in the text but found other children: the record may be
 * about another child (a name left from the last case, a sibling's record), who is then counted as another child and
 * redacted. null when the child was found, no child was named, or no other child was found.
 */
export function subjectNotFound(report: Pick<Report, "people">, subject: string): string | null {
  const name = subject.trim();
  if (!name || report.people.some((p) => p.role === "subject")) return null;
  return report.people.some((p) => p.role === "other-child") ? name : null;
}

/**
 * Reasons as the pane lists them: each said once. A reason whose words all appear, in order, inside another one
 * ("numbered paragraphs" in "numbered paragraphs of prose"; "has a role: mother" in "has a role: mother (a table's
 * relationship column)") is left out for the fuller one; so is a repeat. Order kept.
 */
export function distinctReasons(reasons: readonly string[]): string[] {
  const words = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^a-z0-9']+/g, " ")
      .trim()} `;
  const w = reasons.map(words);
  return reasons.filter((_, i) => w[i].trim() !== "" && !w.some((o, j) => j !== i && o.includes(w[i]) && (o !== w[i] || j < i)));
}

/** True when `offset` starts a sentence: the start of a paragraph, or after ". ", "! ", "? " or a colon line. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0" || `"'“‘(`.includes(text[i]))) i--;
  return i < 0 || text[i] === "\n" || /[.!?]/.test(text[i]);
}

/** The replacement as it should read in place: capitalised where it opens a sentence, otherwise as given. */
export function fitReplacement(text: string, start: number, replacement: string): string {
  if (!replacement || !startsSentence(text, start)) return replacement;
  return replacement[0].toLocaleUpperCase("en-GB") + replacement.slice(1);
}

/**
 * The insertable wordings of a finding: its suggestions, never its advice, each fitted to the sentence.
 * A wording holding a placeholder or note ("[name]", "(use the child's name)") or a list of alternatives
 * ("distressed/angry") is guidance, not text for the record, so it is shown and never inserted.
 */
export function insertable(text: string, finding: Finding): string[] {
  return (finding.suggestions ?? []).filter(isInsertable).map((s) => fitReplacement(text, finding.start, s));
}

export function isInsertable(wording: string): boolean {
  return wording.trim().length > 0 && !/[[\]()/]/.test(wording);
}

/**
 * The edits that put back what `edits` changed, in the offsets of the text after them. Edits must not
 * overlap (the pane applies only non-overlapping ones). They carry no category, so a host never treats
 * an undo as a redaction.
 */
export function inverseEdits(before: string, edits: readonly HostEdit[]): HostEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: HostEdit[] = [];
  let shift = 0;
  for (const e of sorted) {
    const start = e.start + shift;
    // No category: putting back the worker's own text is not a redaction, whatever the change was.
    out.push({ start, end: start + e.replacement.length, replacement: before.slice(e.start, e.end) });
    shift += e.replacement.length - (e.end - e.start);
  }
  return out;
}

/** Applies non-overlapping edits to a string (what the host should now hold). */
export function applyToString(text: string, edits: readonly HostEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * Everyone the pane lists under People: the people stage's answer when it has one, otherwise the other
 * children the report names (so the section is useful before that stage lands).
 */
export function peopleOf(report: Report): Person[] {
  if (report.people?.length) return report.people.filter((p) => p.mentions.length > 0 || p.role !== "not-a-person");
  return report.otherChildren.map((c) => ({
    id: c.id,
    displayName: c.displayName,
    forms: c.forms,
    role: "other-child" as const,
    confidence: 1,
    reasons: c.reasons,
    mentions: report.findings.filter((f) => f.data?.childId === c.id).map((f) => ({ start: f.start, end: f.end })),
  }));
}

/**
 * The people listed, with a row kept for everyone the worker placed whom the re-check no longer lists under their own
 * name: a brother chosen as "This record's child" is folded into the child and his row went, with the button that
 * undoes the choice and the keyboard focus on it. The kept row has no mentions of its own (nothing to show).
 */
export function keepDecided(people: readonly Person[], decisions: Decisions): Person[] {
  const listed = new Set(people.map((p) => p.displayName.toLowerCase()));
  const kept: Person[] = [];
  for (const [key, d] of decisions)
    if (!listed.has(key)) kept.push({ id: `decided:${key}`, displayName: d.displayName, forms: d.forms, role: d.role, confidence: 1, reasons: [], mentions: [] });
  return kept.length ? [...people, ...kept] : [...people];
}

/**
 * Undecided first (the worker must settle them), then other children, then the rest; most mentioned
 * first. Someone the worker has just placed stays with the undecided: the re-check gives them a new
 * role, and moving them down (often out of the first few shown) would lose the worker's place and the
 * "You chose …" that confirms the click. One person the engine lists twice under the same name and
 * role is listed once (a choice is kept by name, so it always applied to both).
 */
export function orderPeople(people: readonly Person[], decisions: ReadonlyMap<string, unknown> = new Map()): Person[] {
  const rank: Record<PersonRole, number> = { undecided: 0, "other-child": 1, subject: 2, adult: 3, "not-a-person": 4 };
  const merged = new Map<string, Person>();
  for (const p of people) {
    const key = `${p.role}\u0000${p.displayName.trim().toLowerCase()}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, p);
    else
      merged.set(key, {
        ...seen,
        forms: [...new Set([...seen.forms, ...p.forms])],
        reasons: [...new Set([...seen.reasons, ...p.reasons])],
        mentions: [...seen.mentions, ...p.mentions].sort((a, b) => a.start - b.start),
      });
  }
  const rankOf = (p: Person) => (decisions.has(p.displayName.toLowerCase()) ? 0 : rank[p.role]);
  return [...merged.values()].sort((a, b) => rankOf(a) - rankOf(b) || b.mentions.length - a.mentions.length || a.displayName.localeCompare(b.displayName));
}

/** People still to be placed (undecided, and not yet settled by the worker): a redaction leaves them as written. */
export function unplacedPeople(people: readonly Person[], decisions: ReadonlyMap<string, unknown>): Person[] {
  return people.filter((p) => p.role === "undecided" && !decisions.has(p.displayName.toLowerCase()));
}

/** Counts per category for the summary bar. */
export function countByCategory(findings: readonly Finding[]): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const f of findings) out[f.category] = (out[f.category] ?? 0) + 1;
  return out;
}

/** Documents longer than twice this get a first look at an opening about this long. */
export const FIRST_LOOK_CHARS = 30_000;

/** Where a long document's first look ends (the last paragraph break before the limit); 0: no first look. */
export function firstLookEnd(text: string): number {
  if (text.length <= FIRST_LOOK_CHARS * 2) return 0;
  const cut = text.lastIndexOf("\n", FIRST_LOOK_CHARS);
  return cut > 0 ? cut : FIRST_LOOK_CHARS;
}

// The first line of a quoted earlier message in a reply: Outlook's and other clients' reply headers.
const QUOTE_MARKERS = [
  /^-{2,}\s*Original Message\s*-{2,}\s*$/im,
  /^_{10,}\s*$/m,
  /^(?:From|Sent|De|Von|Van):\s.+\n(?:(?:Sent|Date|To|Cc|Subject|Envoyé|Gesendet|Verzonden):\s.*\n?){1,}/m,
  /^On .{5,200} wrote:\s*$/m,
  /^>.*$/m,
];

/**
 * Where the quoted earlier messages of an email start (the first reply header), or -1 when there is
 * none. Apply never changes text from there on: those are other people's words as they were sent.
 */
export function quotedThreadStart(body: string): number {
  let first = -1;
  for (const re of QUOTE_MARKERS) {
    const m = re.exec(body);
    if (m && (first === -1 || m.index < first)) first = m.index;
  }
  return first;
}

/**
 * Where the quoted earlier messages start in a checked email's whole text (its body segment's first reply
 * header), or -1 when nothing is quoted or there is no email body.
 */
export function quotedOffset(segments: readonly Pick<Segment, "start" | "text" | "location">[]): number {
  const body = segments.find((seg) => seg.location.part === "body");
  const at = body ? quotedThreadStart(body.text) : -1;
  return body && at >= 0 ? body.start + at : -1;
}

/**
 * Findings left after redacting an email, split at its quoted earlier messages: those in the worker's own
 * text, and those in the quoted messages (never changed by the pane, said once, under their own heading).
 */
export function splitAtQuote<T extends { start: number }>(findings: readonly T[], quotedFrom: number): { own: T[]; quoted: T[] } {
  if (quotedFrom < 0) return { own: [...findings], quoted: [] };
  return { own: findings.filter((f) => f.start < quotedFrom), quoted: findings.filter((f) => f.start >= quotedFrom) };
}

/**
 * The text with every number held to the words either side of it (no-break spaces), so a narrow pane never
 * wraps "paragraph 2" into "paragraph" and a lone "2" on the next line; it still breaks at the other spaces.
 */
export function numbersKeptWithWords(text: string): string {
  return text.replace(/(\S) (?=\d)|(\d) (?=\S)/g, (_, a: string | undefined, b: string | undefined) => `${a ?? b}\u00a0`);
}

/**
 * The same words found for the same reason at several places ("From: a@b.org [mailto:a@b.org]" holds the address
 * twice on one line): one entry with every place, in the order of their first place, so a list says them once.
 */
export function sameWordsOnce<T extends { start: number; text: string; message: string }>(items: readonly T[]): { first: T; places: T[] }[] {
  const groups = new Map<string, { first: T; places: T[] }>();
  for (const f of items) {
    const key = `${f.text}\u0000${f.message}`;
    const g = groups.get(key);
    if (g) g.places.push(f);
    else groups.set(key, { first: f, places: [f] });
  }
  return [...groups.values()];
}

/** " (in 2 places)" after words found more than once; nothing after words found once. */
export function placesSaid(n: number, where?: string): string {
  return n > 1 ? ` (in ${n} places${where ? `: ${where}` : ""})` : "";
}

/** "1st", "2nd", "3rd", "4th" … "11th", "12th", "13th", "21st". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Quoted words cut where a line may break: after each "@", ".", "/", "_", "-" or space (an e-mail address or a
 * link breaks at its parts, never at random), with its last part (or, in a long unbroken word, its last four
 * characters) kept apart to be held to the closing quote, so a narrow pane never starts a line with "”:".
 */
export function breakablePieces(text: string): { pieces: string[]; tail: string } {
  const parts = text.match(/[^@./_\-\s]*(?:[@./_\-\s]+|$)/g)?.filter((p) => p.length) ?? [];
  if (!parts.length) return { pieces: [], tail: text };
  const last = parts[parts.length - 1];
  if (last.length <= 12) return { pieces: parts.slice(0, -1), tail: last };
  return { pieces: [...parts.slice(0, -1), last.slice(0, -4)], tail: last.slice(-4) };
}
