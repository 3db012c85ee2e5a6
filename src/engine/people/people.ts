// Finds the people named in a record and decides who is the subject child, who is another child,
// who is an adult and what is not a person at all. Works from capitalisation, a first-names list
// (one signal, not the only one), kinship and peer words, ages, titles and roles, then spreads the
// decision to every mention of the same person.
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { firstAtOrAfter } from "../text/span";
import { latestDate, type SimpleDate } from "../text/dates";
import { ADULT_TITLES, FIRST_NAMES, NICKNAMES, PLACE_PREPOSITIONS, nameGender, titleGender, type Gender } from "./name-lexicon";
import { addQuotedInitials, findPhrases, tokenise, type Phrase } from "./phrases";
import { OTHER_CHILDREN_HEADING, cuesFor } from "./cues";
import { findPastedNames } from "../rules/other-child/pasted-names";
import { findChildDetails } from "./details";

export type PersonRole = "subject" | "child" | "adult" | "unknown";

export type Mention = Span & { entity: string; possessive: boolean };

export type ChildRecord = { id: string; displayName: string; forms: Set<string>; reasons: string[] };

export type PersonMention = Span & {
  entity: string;
  role: PersonRole;
  gender?: Gender;
  possessive: boolean;
  inQuote: boolean;
  /** Why the person was judged a child or adult (empty when nothing was known). */
  reasons?: string[];
};

export type ChildDetail = Span & { entity: string; kind: "date of birth" | "school" | "address" | "reference" };

export type People = {
  children: ChildRecord[];
  /** Mentions of other children, sorted by start (pasted names reported as mix-ups are left out). */
  childMentions: Mention[];
  /** Mentions of the subject child, sorted by start. */
  subjectMentions: Span[];
  /** Mentions of adults, sorted by start. */
  adultMentions: Span[];
  /** Every person mention with its role and gender, sorted: what the mix-up rules resolve pronouns against. */
  all: PersonMention[];
  /** Identifying details of other children (DOB, school, address). */
  childDetails: ChildDetail[];
  /** Another child's name where the subject is clearly meant (copy and paste): reported as a mix-up. */
  pastedNames: PastedName[];
};

export type PastedName = Mention & { suggestion: string; pronouns: Span[] };

// ---------------------------------------------------------------------------------------------
// Entities

type Entity = {
  key: string;
  forms: Set<string>;
  display: string;
  child: number;
  adult: number;
  ages: number[];
  gender?: Gender;
  listedChild: boolean;
  listedAdult: boolean;
  reasons: string[];
};

type RawMention = { phrase: Phrase; key: string; subject: boolean };

const MAX_MENTIONS_EXAMINED = 40;
const DOB_LABEL_GAP = /^[\s(,:]*(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?|b\.)?[\s(,:]*$/i;
const COORDINATION = /^\s*(?:,|&|,?\s*and)\s*$/;
const WITH_A_CHILD = "named together with a child";
const FAMILY_PLURAL = /\bthe\s+\p{Lu}\p{Ll}+s$/u;
const keyOf = (given: string) => given.toLowerCase();

export function findPeople(ctx: RuleContext): People {
  const text = ctx.text;
  const profile = ctx.profile;
  const tokens = tokenise(text, ctx);
  const phrases = findPhrases(text, tokens, ctx);
  addQuotedInitials(text, phrases);
  const refDate = latestDate(text) ?? todayDate();
  // The date of birth that follows a name (from the shared identifier scan): later on the same line
  // ("Tyler (DOB 04/02/2017)", "Jack needs his date of birth, which is…", a table row
  // "Jayden Smith<TAB>Brother<TAB>03/04/2015"), or on the next line straight after its label.
  const dobs = ctx.identifiers.filter((id) => id.kind === "date of birth" && id.date);
  const dobAfter = (from: number): SimpleDate | undefined => {
    const d = dobs[firstAtOrAfter(dobs, from)];
    if (!d || d.start - from > 80) return undefined;
    const gap = text.slice(from, d.start);
    return !gap.includes("\n") || DOB_LABEL_GAP.test(gap) ? d.date : undefined;
  };
  const entities = new Map<string, Entity>();
  const getEntity = (key: string, display: string): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, forms: new Set(), display, child: 0, adult: 0, ages: [], listedChild: false, listedAdult: false, reasons: [] };
      entities.set(key, e);
    }
    if (display.length > e.display.length) e.display = display;
    return e;
  };

  const subjectSurname = profile.subjectSurname?.toLowerCase();
  // Profile-listed people.
  for (const name of profile.otherChildren) {
    const parts = name.split(" ");
    const e = getEntity(listedKey(parts, profile.subjectGivenForms, subjectSurname), name);
    e.listedChild = true;
    e.reasons.push("listed as another child in the case profile");
  }
  for (const name of profile.adults) {
    const parts = name.split(" ");
    getEntity(keyOf(parts[0]), name).listedAdult = true;
    if (parts.length > 1) getEntity("~" + keyOf(parts[parts.length - 1]), name).listedAdult = true;
  }

  const raw: RawMention[] = [];
  const places: Phrase[] = [];
  for (const p of phrases) {
    if (p.place) {
      places.push(p);
      continue;
    }
    const given = p.parts[0];
    const g = keyOf(given);
    const full = p.parts.map(keyOf).join(" ");
    const surname = p.parts.length > 1 ? keyOf(p.parts[p.parts.length - 1]) : undefined;
    // The subject: full name, an alias, or a given name with no surname or the subject's surname.
    if (profile.subjectForms.has(full) || (profile.subjectGivenForms.has(g) && (!surname || surname === subjectSurname || p.parts.length === 1))) {
      if (!p.title) {
        raw.push({ phrase: p, key: "#subject", subject: true });
        continue;
      }
    }
    if (!p.title && p.parts.length === 1 && g === subjectSurname) continue; // the family surname alone
    if (!p.title && p.parts.length === 1 && FAMILY_PLURAL.test(text.slice(Math.max(0, p.start - 4), p.end))) continue; // "the Ellinghams"
    if (p.title && p.parts.length === 1) {
      // "Mrs Dunmore": an adult known by surname.
      const e = getEntity("~" + g, `${p.title} ${given}`);
      e.adult += 6;
      e.gender ??= titleGender(p.title);
      raw.push({ phrase: p, key: e.key, subject: false });
      continue;
    }
    // Same given name as the subject but a different surname: another person.
    const key = profile.subjectGivenForms.has(g) && surname && surname !== subjectSurname ? full : g;
    // A lone unknown word after "in/at/from" is a place ("in Eastfield"), unless it is a known given name.
    if (p.parts.length === 1 && !p.possessive && !FIRST_NAMES.has(g) && !entities.has(key) && isAfterPlacePreposition(text, p.start)) continue;
    getEntity(key, p.parts.join(" "));
    if (surname && p.title) getEntity("~" + surname, p.parts.join(" ")).adult += 6;
    raw.push({ phrase: p, key, subject: false });
  }

  // Evidence from each mention's context, summed per person. Evidence sits around the first mentions of a person ("her brother Tyler (7)"); past a few dozen
  // mentions of one name more context changes nothing, so long documents stop looking.
  const looked = new Map<string, number>();
  for (const m of raw) {
    if (m.subject) continue;
    const e = entities.get(m.key)!;
    e.forms.add(m.phrase.parts.join(" "));
    const n = (looked.get(m.key) ?? 0) + 1;
    looked.set(m.key, n);
    if (n > MAX_MENTIONS_EXAMINED) continue;
    const c = cuesFor(text, ctx, m.phrase, refDate, dobAfter);
    e.child += c.child;
    e.adult += c.adult;
    if (c.age !== undefined) e.ages.push(c.age);
    e.gender ??= c.gender;
    for (const r of c.reasons) if (!e.reasons.includes(r)) e.reasons.push(r);
  }
  // Coordination: "Tiago and Jack", "Yusuf and Leyla": a name joined to a child is a child too,
  // unless something says otherwise.
  const prelim = (e: Entity) => decide(e) === "child";
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    const gapStart = a.phrase.end + (a.phrase.possessive ? 2 : 0);
    if (b.phrase.start - gapStart > 8) continue;
    const between = text.slice(gapStart, b.phrase.start);
    if (!COORDINATION.test(between)) continue;
    const ea = a.subject ? undefined : entities.get(a.key);
    const eb = b.subject ? undefined : entities.get(b.key);
    const aChild = a.subject || (ea && prelim(ea));
    const bChild = b.subject || (eb && prelim(eb));
    if (aChild && eb && eb.adult === 0 && !eb.listedAdult) {
      eb.child += 2;
      if (!eb.reasons.includes(WITH_A_CHILD)) eb.reasons.push(WITH_A_CHILD);
    }
    if (bChild && ea && ea.adult === 0 && !ea.listedAdult) {
      ea.child += 2;
      if (!ea.reasons.includes(WITH_A_CHILD)) ea.reasons.push(WITH_A_CHILD);
    }
  }
  // Names listed under an "Other children" heading or on such a line.
  const headings: number[] = [];
  OTHER_CHILDREN_HEADING.lastIndex = 0;
  for (let h = OTHER_CHILDREN_HEADING.exec(text); h; h = OTHER_CHILDREN_HEADING.exec(text)) headings.push(h.index);
  if (headings.length) {
    const headingSpans = headings.map((h) => ({ start: h, end: h }));
    for (const m of raw) {
      if (m.subject) continue;
      const at = firstAtOrAfter(headingSpans, m.phrase.start) - 1;
      if (at >= 0 && m.phrase.start - headings[at] < 250) {
        const e = entities.get(m.key)!;
        if (!e.adult) e.child += 3;
      }
    }
  }
  for (const e of entities.values()) {
    if (!e.gender) {
      const first = e.display.split(" ").find((w) => !ADULT_TITLES.has(w));
      if (first) e.gender = nameGender(first);
    }
  }

  // A short form with no evidence of its own ("Mo", "Tomek") is the child named in full elsewhere
  // in the record ("Mohammed Rahman", "Tomasz"), or the subject.
  const mergedInto = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.key.startsWith("~") || e.key.includes(" ") || e.child || e.adult || e.listedChild || e.listedAdult) continue;
    const fulls = NICKNAMES.get(e.key);
    if (!fulls) continue;
    if (fulls.some((f) => profile.subjectGivenForms.has(f))) {
      mergedInto.set(e.key, "#subject");
      continue;
    }
    const target = fulls.map((f) => entities.get(f)).find((t) => t && decide(t) === "child");
    if (target) mergedInto.set(e.key, target.key);
  }

  const subjectGender = pronounGender(profile.pronouns?.subject);
  const all: PersonMention[] = [];
  const subjectMentions: Span[] = [];
  const adultMentions: Span[] = [];
  const childMentionsRaw: Array<Mention> = [];
  for (const m of raw) {
    const p = m.phrase;
    const inQuote = ctx.inQuote(p.start, p.end);
    const merged = mergedInto.get(m.key);
    if (m.subject || merged === "#subject") {
      subjectMentions.push({ start: p.start, end: p.end });
      all.push({ start: p.start, end: p.end, entity: "#subject", role: "subject", gender: subjectGender, possessive: p.possessive, inQuote });
      continue;
    }
    const e = entities.get(merged ?? m.key)!;
    const role = decide(e);
    all.push({ start: p.start, end: p.end, entity: e.key, role, gender: e.gender, possessive: p.possessive, inQuote, reasons: e.reasons });
    if (role === "adult") adultMentions.push({ start: p.start, end: p.end });
    if (role === "child") childMentionsRaw.push({ start: p.start, end: p.end, entity: e.key, possessive: p.possessive });
  }

  // Stable ids in order of first appearance.
  const ids = new Map<string, string>();
  for (const m of childMentionsRaw) if (!ids.has(m.entity)) ids.set(m.entity, `child-${ids.size + 1}`);

  const pasted = findPastedNames(text, ctx, all, subjectGender, profile.subjectName);
  const pastedStarts = new Set(pasted.map((p) => p.start));
  const childMentions = childMentionsRaw
    .filter((m) => !pastedStarts.has(m.start))
    .map((m) => ({ ...m, entity: ids.get(m.entity)! }));

  const children: ChildRecord[] = [...ids.entries()].map(([key, id]) => {
    const e = entities.get(key)!;
    return { id, displayName: e.display, forms: e.forms, reasons: [...new Set(e.reasons)].slice(0, 6) };
  });

  const childDetails = findChildDetails(text, ctx, all, places, ids, pastedStarts, refDate);
  return {
    children,
    childMentions,
    subjectMentions,
    adultMentions,
    all,
    childDetails,
    pastedNames: pasted.map((p) => ({ ...p, entity: ids.get(p.entity) ?? p.entity })),
  };
}

function listedKey(parts: string[], subjectGiven: Set<string>, subjectSurname: string | undefined): string {
  const g = keyOf(parts[0]);
  const surname = parts.length > 1 ? keyOf(parts[parts.length - 1]) : undefined;
  return subjectGiven.has(g) && surname && surname !== subjectSurname ? parts.map(keyOf).join(" ") : g;
}

function decide(e: Entity): PersonRole {
  if (e.listedAdult && !e.listedChild) return "adult";
  if (e.listedChild) return e.ages.some((a) => a >= 18) && !e.ages.some((a) => a < 18) ? "adult" : "child";
  if (e.key.startsWith("~")) return "adult";
  if (e.child > e.adult && e.child >= 2) return "child";
  if (e.adult > 0) return "adult";
  return "unknown";
}

function isAfterPlacePreposition(text: string, start: number): boolean {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 15), start));
  return !!m && PLACE_PREPOSITIONS.has(m[1].toLowerCase());
}

function todayDate(): SimpleDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function pronounGender(subjectPronoun: string | undefined): Gender | undefined {
  if (subjectPronoun === "she") return "f";
  if (subjectPronoun === "he") return "m";
  if (subjectPronoun === "they") return "u";
  return undefined;
}

