import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { AnalyseOptions, CaseProfile, Category, Finding, Person, Report } from "../../engine/types";
import { nameForms, nameWords, spellings, type Secret, type Spellings } from "../../redact/spellings";
import { verifyCopy } from "../verify";
import { actionFor, applyEdits, lineIndex, planRedactions, policyNamed, PseudonymRegistry, type Edit, type RedactionPolicy } from "../../redact";
import { describeReadError, readPath, segmentAt, type ReadResult } from "../readers";
import type { DocxRead } from "../readers/docx";
import { writeRedactedEml } from "../readers/mail";
import { writeRedactedDocx } from "../writers/docx";
import { renderCheck, type CheckRender, type RenderedCheck } from "../formatters/check-one";
import { renderRedact, type RedactRender, type RenderedRedact } from "../formatters/redact-one";
import type { PdfRead } from "../readers/pdf";
import { redactPdf } from "../writers/pdf";
import { verifyPdf } from "../writers/pdf-verify";

/** The engine, bound to nothing: the real analyse() or a test's stand-in. */
export type AnalyseFn = (text: string, profile: CaseProfile, options?: AnalyseOptions) => Report;

export type Settings = { profile: CaseProfile; options: AnalyseOptions; policy: string };

/** A finding placed in its document: where, and a little text either side (for the HTML report). */
export type Placed = { location: string; before: string; after: string };

/** details: their school, date of birth or address the engine put to review with them (decided with them). */
export type PersonToCheck = { person: string; text: string; mentions: number; location: string; details?: { kind: string; text: string; location: string }[] };

export type CheckOutcome = {
  file: string;
  format?: ReadResult["format"];
  error?: string;
  report?: Report;
  placed?: Placed[];
  /** People the engine could not place, each with where they are first named: the worker decides. */
  toCheck?: PersonToCheck[];
  notes?: string[];
  /** The text, kept only for .txt (the stylish and JSON outputs locate findings by line and column). */
  text?: string;
};

const CONTEXT = 60;
const oneLine = (s: string) => s.replace(/\s+/g, " ");

/** Where an offset is, in words: "line 3, column 5" for plain text, the part and paragraph otherwise. */
export function locate(read: ReadResult, at: (o: number) => { line: number; column: number }, offset: number): string {
  if (read.format === "txt") {
    const { line, column } = at(offset);
    return `line ${line}, column ${column}`;
  }
  return segmentAt(read.segments, offset)?.location ?? "document";
}

/** The undecided people of a report, in order of first mention (the form written there, and where). */
export function peopleToCheck(report: Report, where: (offset: number) => string, text: string): PersonToCheck[] {
  return (report.people ?? [])
    .filter((p) => p.role === "undecided" && p.mentions.length)
    .map((p) => {
      const details = (report.review ?? [])
        .filter((r) => r.personId === p.id && r.detail)
        .map((r) => ({ kind: r.detail!, text: text.slice(r.start, r.end), location: where(r.start) }));
      return {
        person: p.id,
        text: text.slice(p.mentions[0].start, p.mentions[0].end),
        mentions: p.mentions.length,
        location: where(p.mentions[0].start),
        ...(details.length ? { details } : {}),
        at: p.mentions[0].start,
      };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...rest }) => rest);
}

/** Reads and checks one file. Never throws: an unreadable file comes back with its reason. */
export async function checkOne(file: string, settings: Settings, analyse: AnalyseFn): Promise<CheckOutcome> {
  let read: ReadResult;
  try {
    read = (await readPath(file)).read;
  } catch (err) {
    return { file, error: describeReadError(err) };
  }
  const report = analyse(read.text, settings.profile, settings.options);
  const at = lineIndex(read.text);
  const placed = report.findings.map((f) => ({
    location: locate(read, at, f.start),
    before: oneLine(read.text.slice(Math.max(0, f.start - CONTEXT), f.start)),
    after: oneLine(read.text.slice(f.end, f.end + CONTEXT)),
  }));
  const toCheck = peopleToCheck(report, (o) => locate(read, at, o), read.text);
  return { file, format: read.format, report, placed, ...(toCheck.length ? { toCheck } : {}), notes: read.notes, ...(read.format === "txt" ? { text: read.text } : {}) };
}

/**
 * Phase one of a redaction: the report of the text as the redacted copy will hold it (slimmed to what
 * planning needs), and the children's names in the order the planner asks for labels, so the main
 * thread can give the bundle's pseudonyms in document order without holding every text.
 */
export type PlanOutcome = {
  file: string;
  error?: string;
  names?: { names: string[]; fresh: boolean }[];
  report?: Planned;
  /** The forms of each person the engine could not place (for --undecided redact). */
  undecided?: string[][];
};

/**
 * What phase two needs of phase one's analysis (it is never analysed twice unless a bundle child is missed). textHash is
 * the digest of the text it was made of: phase two reads the file again, and reuses the analysis only for that same text.
 */
export type Planned = Pick<Report, "findings" | "otherChildren"> & {
  review?: Report["review"];
  people?: Pick<Person, "id" | "displayName" | "forms" | "role">[];
  textHash?: string;
};

/** The digest that proves phase two reads the text phase one analysed (the file may change between them). */
export const textHash = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/** A registry that records what it was asked, to replay it on the bundle's registry. */
class RecordingRegistry extends PseudonymRegistry {
  readonly asked: { names: string[]; fresh: boolean }[] = [];
  override labelFor(names: readonly string[]): string {
    this.asked.push({ names: [...names], fresh: false });
    return super.labelFor(names);
  }
  override fresh(names: readonly string[]): string {
    this.asked.push({ names: [...names], fresh: true });
    return super.fresh(names);
  }
}

const slim = (f: Finding): Finding => ({
  ruleId: f.ruleId,
  category: f.category,
  start: f.start,
  end: f.end,
  text: "",
  message: "",
  severity: f.severity,
  confidence: f.confidence,
  ...(f.suggestions ? { suggestions: f.suggestions } : {}),
  ...(f.data ? { data: f.data } : {}),
});

const undecidedPeople = (r: { people?: readonly Pick<Person, "id" | "displayName" | "forms" | "role">[] }) => (r.people ?? []).filter((p) => p.role === "undecided");

export async function planOne(file: string, settings: Settings, analyse: AnalyseFn): Promise<PlanOutcome> {
  try {
    const { read } = await readPath(file, { forRedaction: true });
    const r = analyse(read.text, settings.profile, settings.options);
    const policy = policyNamed(settings.policy) as RedactionPolicy;
    const recorder = new RecordingRegistry(new Map(), policy.labelPrefix);
    planRedactions(read.text, r, policy, { labels: recorder });
    // Only what phase two acts on travels to it (and waits in memory until then): findings the policy
    // changes, and the people the engine could not place with their mentions.
    const people = undecidedPeople(r).map((p) => ({ id: p.id, displayName: p.displayName, forms: p.forms, role: p.role }));
    const ids = new Set(people.map((p) => p.id));
    return {
      file,
      names: recorder.asked,
      report: {
        findings: r.findings.filter((f) => actionFor(policy, f.category) !== "keep").map(slim),
        otherChildren: r.otherChildren,
        review: (r.review ?? []).filter((x) => ids.has(x.personId)),
        people,
        textHash: textHash(read.text),
      },
      undecided: undecidedPeople(r).map((p) => [p.displayName, ...p.forms]),
    };
  } catch (err) {
    return { file, error: describeReadError(err) };
  }
}

/** Children of the bundle whose given name appears in text (as a capitalised word) but who were not found in it. */
export function childrenNamedButMissed(text: string, bundleChildren: readonly string[], found: Pick<Report, "otherChildren">["otherChildren"]): string[] {
  const foundGiven = new Set(found.flatMap((c) => c.forms.map((f) => f.split(" ")[0])));
  const missed: string[] = [];
  for (const name of bundleChildren) {
    const given = name.split(" ")[0];
    if (!given || foundGiven.has(given)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${given.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
    if (re.test(text)) missed.push(name);
  }
  return missed;
}

/**
 * One line of the bundle's redaction log: never the redacted text. A person the checker could not place has a category of
 * their own ("undecided"): redacted by the run's policy (--undecided redact), not because anything said they were a child.
 */
export type LogRow = { document: string; location: string; category: Category | typeof UNDECIDED; reason: string; pseudonym: string };
export const UNDECIDED = "undecided";
/** Why an undecided person's mention, or their detail, was redacted: the policy, said in the log's reason column. */
export const UNDECIDED_REASON = "a person the checker could not place: redacted by policy (--undecided redact)";
const UNDECIDED_DETAIL_REASON = "a detail of a person the checker could not place: redacted by policy (--undecided redact)";

export type RedactOutcome = {
  file: string;
  out: string;
  error?: string;
  /** Set when the verification found redacted text left in the copy: the parts, never the text. */
  leftovers?: string[];
  /** True only when the independent verification decoded every part and found nothing. */
  verified?: boolean;
  log?: LogRow[];
  changes?: number;
  inputHash?: string;
  outputHash?: string;
  notes?: string[];
  /**
   * The verified copy, not yet written (only when the job asked to hand it back): a worker thread
   * returns it to the main thread, which writes it (writeHandedBack) while the worker goes on to the
   * next document instead of waiting for the disk.
   */
  output?: Uint8Array;
};

export const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const POSSESSIVE = /['’]s?$/;

/** The words of the subject's own names: never swept alone (a sibling shares the subject's surname). */
export function protectedWords(profile: CaseProfile): Set<string> {
  const out = new Set<string>();
  for (const n of [profile.subject?.name ?? "", ...(profile.subject?.aliases ?? [])]) for (const w of nameWords(n)) out.add(w.toLowerCase());
  return out;
}

/** A word folded as the sweep matches it: any case, any accents. */
const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The folded words of a text, invisible characters (soft hyphens, zero-width) removed first. */
function foldedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text.replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, "")).split(/[^\p{L}]+/u)) if (w) out.add(w);
  return out;
}

/**
 * A person left undecided somewhere in the bundle: their forms (for their label) and their full names
 * of two words or more, each with its words folded (worked out once for the bundle, not per document).
 */
export type BundlePerson = { forms: string[]; names: [full: string, folded: string][] };

/**
 * A bundle's undecided people as the redaction of each document takes them: one JSON string, so that
 * handing it to a worker with each job is one copy, and a worker parses it once per bundle.
 */
export function bundlePersonsOf(people: Iterable<string[]>): string {
  const out: BundlePerson[] = [];
  for (const forms of people) {
    const names = forms
      .map(nameWords)
      .filter((w) => w.length >= 2)
      .map((w): [string, string] => [w.join(" "), w.map(fold).join(" ")]);
    if (names.length) out.push({ forms, names });
  }
  return JSON.stringify(out);
}

/** One full name of a bundle person, found by its first folded word or its words run together. */
type NameEntry = { person: BundlePerson; full: string; words: string[] };
let parsedPersons: { json: string; byWord: Map<string, NameEntry[]> } | undefined;
/** The bundle's people indexed by word (once per bundle and worker), so a document looks up only its own words. */
const bundlePersonsIn = (json: string): Map<string, NameEntry[]> => {
  if (parsedPersons?.json !== json) {
    const byWord = new Map<string, NameEntry[]>();
    const index = (key: string, e: NameEntry) => {
      const list = byWord.get(key);
      if (list) list.push(e);
      else byWord.set(key, [e]);
    };
    for (const person of JSON.parse(json) as BundlePerson[])
      for (const [full, folded] of person.names) {
        const words = folded.split(" ");
        const e = { person, full, words };
        index(words[0], e);
        index(words.join(""), e);
      }
    parsedPersons = { json, byWord };
  }
  return parsedPersons.byWord;
};

/** A name or number to remove wherever it is, and what it becomes (undecided: a person the checker could not place). */
export type SweepSecret = Secret & { replace: string; undecided?: boolean };

/**
 * Everything the run knows to redact in this document: the children's names in every form (listed in
 * the profile, found here, found anywhere in the bundle), the undecided people (with --undecided
 * redact), and every name and number an edit replaced.
 */
export function secretsFor(input: {
  text: string;
  applied: readonly Edit[];
  children: readonly { forms: readonly string[]; label: string; undecided?: boolean }[];
  protect: ReadonlySet<string>;
}): SweepSecret[] {
  const out: SweepSecret[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: Secret["kind"], replace: string, undecided?: boolean) => {
    const key = `${kind}\u0000${text.toLowerCase().replace(/\s+/g, " ").trim()}`;
    if (text.trim().length < 2 || seen.has(key)) return;
    seen.add(key);
    out.push({ text: text.trim(), kind, replace, ...(undecided ? { undecided } : {}) });
  };
  for (const c of input.children) for (const f of nameForms(c.forms, input.protect)) add(f, "name", c.label, c.undecided);
  for (const e of input.applied) {
    if (e.operator === "remove-sentence" || (e.category !== "other-child" && e.category !== "identifier")) continue;
    const original = input.text.slice(e.start, e.end).replace(POSSESSIVE, "").trim();
    const replacement = e.replacement.replace(POSSESSIVE, "");
    if (e.category === "identifier") add(original, "identifier", replacement);
    else if (e.kind === "name" || e.ruleId === UNDECIDED || /^\p{Lu}/u.test(original)) {
      if (!nameWords(original).every((w) => input.protect.has(w.toLowerCase()))) add(original, "name", replacement, e.ruleId === UNDECIDED);
    } else add(original, "identifier", replacement);
  }
  return out;
}

/** Replaces every secret in a short string (a location, a note, a file name) by what it becomes. */
export function scrub(s: string, sp: Spellings | undefined, replaceOf: (x: Secret) => string): string {
  if (!sp || !s) return s;
  return sp.replace(s, replaceOf);
}

/**
 * Redacts one file, verifies the copy in memory with the independent verifier, and only then writes
 * it: to a temporary name in `tmpDir`, renamed into place. The labels map holds the bundle's
 * pseudonyms (planned beforehand, so every document uses the same ones); the report is the one from
 * planning (analysed again only when a child of the bundle is named here but was not found, or when
 * the text read now is not the text planning analysed).
 */
export async function redactOne(
  file: string,
  out: string,
  display: string,
  settings: Settings,
  labels: [string, string][],
  analyse: AnalyseFn,
  planned?: Planned,
  bundleChildren: readonly string[] = [],
  extra: { tmpDir?: string; undecided?: "redact" | "keep"; personLabels?: [string, string][]; bundlePersons?: string; handBack?: boolean } = {},
): Promise<RedactOutcome> {
  const policy = policyNamed(settings.policy) as RedactionPolicy;
  let bytes: Uint8Array;
  let read: ReadResult | DocxRead;
  try {
    ({ bytes, read } = await readPath(file, { forRedaction: true }));
  } catch (err) {
    return { file, out, error: describeReadError(err) };
  }
  const text = read.text;
  // The first analysis is reused, but only for the text it was made of: a file changed since phase one
  // read it is analysed afresh (its findings would otherwise fall in the wrong places, and a name new
  // to it would be neither redacted nor looked for by the verification).
  const reused = planned?.textHash !== undefined && planned.textHash === textHash(text) ? planned : undefined;
  // A child found in another document of the bundle may be named here with nothing to show they are a
  // child ("what happened with Olamide"): the sweep below takes every spelling of every bundle child's
  // name, so no second analysis is needed — except to remove whole sentences, which only the engine can
  // place (the remove-sentence policy).
  const missed = reused && policy.name !== "remove-sentence" ? [] : childrenNamedButMissed(text, bundleChildren, reused?.otherChildren ?? []);
  const report: Planned =
    reused && !missed.length ? reused : analyse(text, { ...settings.profile, otherChildren: [...(settings.profile.otherChildren ?? []), ...missed] }, settings.options);
  const registry = new PseudonymRegistry(new Map(labels), policy.labelPrefix);
  const persons = new PseudonymRegistry(new Map(extra.personLabels ?? []), "Person");
  const result = applyEdits(text, planRedactions(text, report, policy, { labels: registry }));
  const pseudonyms = policy.name === "pseudonym";
  const mask = policy.maskText ?? "[redacted]";

  // Mentions of people the engine could not place: redacted by label (the default), or kept.
  const edits: Edit[] = [...result.applied];
  const undecided = extra.undecided !== "keep" ? undecidedPeople(report) : [];
  const personLabel = new Map<string, string>();
  const knownChild = new Set<string>();
  // Someone this document does not place but the bundle knows as a child keeps that child's label
  // (the bundle's children's forms are worked out only for a document with someone undecided).
  const protect = protectedWords(settings.profile);
  const bundleChild = new Map<string, string>();
  if (undecided.length)
    for (const n of [...(settings.profile.otherChildren ?? []), ...bundleChildren])
      for (const f of nameForms([n], protect)) if (!bundleChild.has(f.toLowerCase())) bundleChild.set(f.toLowerCase(), n);
  for (const p of undecided) {
    const child = [p.displayName, ...p.forms].map((f) => bundleChild.get(nameWords(f).join(" ").toLowerCase())).find(Boolean);
    if (child) knownChild.add(p.id);
    personLabel.set(p.id, !pseudonyms ? mask : child ? registry.labelFor([child]) : persons.labelFor([p.displayName, ...p.forms]));
  }
  if (undecided.length) {
    for (const r of report.review ?? []) {
      const label = personLabel.get(r.personId);
      if (!label || covered(edits, r.start, r.end)) continue;
      // (A child of the bundle is logged as one: "undecided" is for the people redacted by the policy alone.)
      const child = knownChild.has(r.personId);
      const by = child ? {} : { ruleId: UNDECIDED };
      // A detail of the person (their school, date of birth) becomes its kind, like any identifier.
      if (r.detail) {
        edits.push({
          start: r.start,
          end: r.end,
          replacement: `[${r.detail}]`,
          category: "other-child",
          operator: "mask",
          reason: child ? "a detail of a child named elsewhere in the bundle" : UNDECIDED_DETAIL_REASON,
          kind: "detail",
          ...by,
        });
        continue;
      }
      edits.push({
        start: r.start,
        end: r.end,
        replacement: label,
        category: "other-child",
        operator: pseudonyms ? "pseudonym" : "mask",
        reason: child ? "a child named elsewhere in the bundle" : UNDECIDED_REASON,
        ...(pseudonyms ? { label } : {}),
        kind: "name",
        ...by,
      });
    }
    edits.sort((a, b) => a.start - b.start);
  }

  // What the run knows to redact, in every spelling: swept from the whole text and the whole package.
  const childLabel = (forms: string[]) => (pseudonyms ? registry.labelFor(forms) : mask);
  const children: { forms: string[]; label: string }[] = [
    ...report.otherChildren.map((c) => ({ forms: [c.displayName, ...c.forms], label: childLabel([c.displayName, ...c.forms]) })),
    ...[...(settings.profile.otherChildren ?? []), ...bundleChildren].map((n) => ({ forms: [n], label: childLabel([n]) })),
    ...undecided.map((p) => ({ forms: [p.displayName, ...p.forms], label: personLabel.get(p.id) as string, undecided: !knownChild.has(p.id) })),
  ];
  const secrets = secretsFor({ text, applied: edits, children, protect });
  // People left undecided in another document of the bundle, named here without anything the engine
  // could weigh ("ROBIN VALE rang"), would be disclosed in this copy and redacted in that one. Only
  // their full names (two words or more) go bundle-wide: a single word left undecided is too often a
  // heading or a common word ("Wash:", "Major") to take out of every document.
  // Only the names whose words this document holds are added (one pass over the text, then a look-up
  // per word of it): the matcher and the verifier are built from a few names, not the whole bundle's.
  if (extra.undecided !== "keep" && extra.bundlePersons?.length) {
    const seen = new Set(secrets.filter((x) => x.kind === "name").map((x) => x.text.toLowerCase()));
    const present = foldedWords(text);
    const byWord = bundlePersonsIn(extra.bundlePersons);
    const labels = new Map<BundlePerson, string>();
    for (const w of present)
      for (const { person, full, words } of byWord.get(w) ?? []) {
        if (!words.every((x) => present.has(x)) && words.join("") !== w) continue;
        if (seen.has(full.toLowerCase()) || full.split(" ").every((x) => protect.has(x.toLowerCase()))) continue;
        seen.add(full.toLowerCase());
        let label = labels.get(person);
        if (label === undefined) labels.set(person, (label = pseudonyms ? persons.labelFor(person.forms) : mask));
        secrets.push({ text: full, kind: "name", replace: label, undecided: true });
      }
  }

  const sp = spellings(secrets);
  const replaceOf = (x: Secret) => (x as SweepSecret).replace ?? mask;
  // Every other mention, in any spelling, goes too: one pass over the text, merged with the edits (linear).
  if (sp) {
    const sweepEdits: Edit[] = [];
    const dropped = new Set<number>();
    let k = 0;
    for (const m of sp.find(text)) {
      const { start, end } = m;
      while (k < edits.length && edits[k].end <= start) k++;
      if (k < edits.length && edits[k].start < end) {
        // A longer spelling around an edit ("Quorley, Tavish" around "Tavish") replaces it whole.
        let j = k;
        while (j < edits.length && edits[j].start < end) j++;
        const inside = edits.slice(k, j).every((e) => e.start >= start && e.end <= end && e.operator !== "remove-sentence");
        const same = j - k === 1 && edits[k].start === start && edits[k].end === end;
        if (!inside || same) continue;
        for (let x = k; x < j; x++) dropped.add(x);
      }
      const secret = m.secret as SweepSecret;
      sweepEdits.push({
        start,
        end,
        replacement: secret.replace,
        category: secret.kind === "name" ? "other-child" : "identifier",
        operator: "mask",
        reason: secret.kind === "name" ? "another mention of a redacted name" : "another mention of a redacted detail",
        ...(secret.kind === "name" && pseudonyms ? { label: secret.replace } : {}),
        ...(secret.undecided ? { ruleId: UNDECIDED } : {}),
      });
    }
    if (dropped.size) {
      const kept = edits.filter((_, i) => !dropped.has(i));
      edits.length = 0;
      edits.push(...kept);
    }
    if (sweepEdits.length) edits.push(...sweepEdits);
    edits.sort((a, b) => a.start - b.start);
  }

  let output: Uint8Array;
  try {
    if (read.format === "docx")
      output = writeRedactedDocx(
        read as DocxRead,
        edits,
        secrets.map((x) => ({ secret: x, replace: x.replace })),
      );
    // PDF: true redaction with MuPDF (writers/pdf.ts): the text under each box is removed, not covered.
    else if (read.format === "pdf") output = await redactPdf(bytes, read as PdfRead, edits);
    else {
      const redactedText = applyEdits(text, edits).text;
      output = read.format === "txt" ? Buffer.from((read.bom ? "\ufeff" : "") + redactedText, "utf8") : writeRedactedEml(redactedText);
    }
  } catch (err) {
    return { file, out, error: `The redacted copy could not be made (${err instanceof Error ? err.name : "error"}).` };
  }

  const at = lineIndex(text);
  // Locations and reasons repeat across a document's edits: each distinct one is scrubbed once.
  const cleaned = new Map<string, string>();
  const clean = (s: string) => {
    let c = cleaned.get(s);
    if (c === undefined) cleaned.set(s, (c = scrub(s, sp, replaceOf)));
    return c;
  };
  const notes = (read.notes ?? []).map(clean);
  const log: LogRow[] = edits.map((e) => ({
    document: display,
    location: clean(locate(read, at, e.start)),
    category: e.ruleId === UNDECIDED ? UNDECIDED : e.category,
    reason: clean(e.reason),
    pseudonym: e.label ?? (e.operator === "remove-sentence" ? "(sentence removed)" : e.replacement),
  }));
  // The independent verification, of the bytes about to be written (and of the copy's own name).
  const verdict = read.format === "pdf" ? await verifyPdfCopy(output, basename(out), secrets) : verifyCopy(output, basename(out), secrets);
  if (!verdict.clean) {
    return {
      file,
      out,
      log,
      notes,
      changes: edits.length,
      inputHash: sha256(bytes),
      leftovers: [...verdict.leftovers.map(clean), ...verdict.undecodable.map(clean)],
      verified: false,
    };
  }
  const done: RedactOutcome = { file, out, log, changes: edits.length, inputHash: sha256(bytes), outputHash: sha256(output), notes, verified: true };
  // Handed back, the exact bytes verified above are written by the caller (and read back against outputHash).
  if (extra.handBack) return { ...done, output };
  try {
    writeVerified(out, output, extra.tmpDir);
  } catch (err) {
    return { file, out, error: writeError(err) };
  }
  return done;
}

const writeError = (err: unknown) => `The redacted copy could not be written (${(err as NodeJS.ErrnoException).code ?? "error"}).`;

/**
 * Writes a copy that redactOne verified and handed back, as writeVerified does but without blocking
 * the thread (the flush to disk is the slowest step of a small document). The copy must read back
 * with the hash it was verified under. Resolves to the outcome without the bytes, or to an error.
 */
export async function writeHandedBack<T extends Pick<RedactOutcome, "file" | "out" | "output" | "outputHash">>(
  result: T,
  tmpDir = dirname(result.out),
): Promise<T | RedactOutcome> {
  const { output, ...rest } = result;
  if (!output) return result;
  const tmp = join(tmpDir, `.partial-${process.pid}-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(dirname(result.out), { recursive: true });
    await mkdir(tmpDir, { recursive: true });
    const fh = await open(tmp, "w", 0o600);
    try {
      await fh.writeFile(output);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (!result.outputHash || sha256(await readFile(tmp)) !== result.outputHash) throw Object.assign(new Error("read back differs"), { code: "EIO" });
    await rename(tmp, result.out);
    return rest as T;
  } catch (err) {
    return { file: result.file, out: result.out, error: writeError(err) };
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Writes to a temporary name, flushes, reads it back, and renames it into place (never a half-written or unverified copy under its name). */
export function writeVerified(out: string, bytes: Uint8Array, tmpDir = dirname(out)): void {
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `.partial-${process.pid}-${randomBytes(6).toString("hex")}`);
  try {
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (sha256(readFileSync(tmp)) !== sha256(bytes)) throw Object.assign(new Error("read back differs"), { code: "EIO" });
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * A PDF copy is verified by its own decoder (writers/pdf-verify.ts: every page's text, every object's
 * strings and decompressed streams), and its file name by the common verifier.
 */
async function verifyPdfCopy(bytes: Uint8Array, fileName: string, secrets: readonly Secret[]): Promise<ReturnType<typeof verifyCopy>> {
  const named = verifyCopy(new Uint8Array(0), fileName, secrets);
  const problems = await verifyPdf(
    bytes,
    secrets.map((x) => x.text),
  );
  return { clean: named.clean && !problems.length, leftovers: [...named.leftovers, ...problems], undecodable: named.undecodable };
}

/** True when [start, end) overlaps one of the edits (sorted by start, not overlapping): a binary search. */
function covered(edits: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = edits.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].end <= start) lo = mid + 1;
    else if (edits[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

export type Job =
  | {
      kind: "check";
      file: string;
      /** Return the file as the run writes it (renderCheck), `index` being its place in the run, instead of its report. */
      render?: CheckRender;
      index?: number;
    }
  | { kind: "plan"; file: string }
  | {
      kind: "redact";
      file: string;
      out: string;
      display: string;
      labels: [string, string][];
      planned?: Planned;
      /** Every other child found anywhere in the bundle (their fullest names). */
      bundleChildren?: string[];
      tmpDir?: string;
      undecided?: "redact" | "keep";
      personLabels?: [string, string][];
      /** Every person left undecided anywhere in the bundle (with --undecided redact), from bundlePersonsOf. */
      bundlePersons?: string;
      /** Return the verified copy instead of writing it (see RedactOutcome.output). */
      handBack?: boolean;
      /** Return a verified copy as the run writes it (renderRedact) instead of its log rows. */
      render?: RedactRender;
    };

export type JobResult = CheckOutcome | RenderedCheck | PlanOutcome | RedactOutcome | RenderedRedact;

export function runJob(job: Job, settings: Settings, analyse: AnalyseFn): Promise<JobResult> {
  switch (job.kind) {
    case "check": {
      const { render, index = 0 } = job;
      return render ? checkOne(job.file, settings, analyse).then((r) => renderCheck(r, index, render)) : checkOne(job.file, settings, analyse);
    }
    case "plan":
      return planOne(job.file, settings, analyse);
    case "redact":
      return redactOne(job.file, job.out, job.display, settings, job.labels, analyse, job.planned, job.bundleChildren, {
        tmpDir: job.tmpDir,
        undecided: job.undecided,
        personLabels: job.personLabels,
        bundlePersons: job.bundlePersons,
        handBack: job.handBack,
      }).then((r) => (job.render ? renderRedact(r, job.display, job.render) : r));
  }
}
