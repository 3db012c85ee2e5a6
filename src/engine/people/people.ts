// Finds the people named in a record and decides who is the subject child, who is another child,
// who is an adult and what is not a person at all. Works from capitalisation, a first-names list
// (one signal, not the only one), kinship and peer words, ages, titles and roles, then spreads the
// decision to every mention of the same person.
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { firstAtOrAfter } from "../text/span";
import { isAnonymisedLabel } from "../profile";
import { boundedMatches, classAt, classBefore, escapeLiteral, stepPast } from "../text/bounded";
import { latestDate, type SimpleDate } from "../text/dates";
import {
  ADULT_ROLES,
  ADULT_TITLES,
  CHILD_KINSHIP,
  COMMON_WORDS,
  FIRST_NAMES,
  isWordForm,
  NOT_NAMES,
  NICKNAMES,
  PLACE_PREPOSITIONS,
  nameEra,
  nameGender,
  titleGender,
  type Gender,
} from "./name-lexicon";
import { NAME_FOLLOWERS, addQuotedInitials, findPhrases, tokenise, writtenInLowerCase, type Phrase } from "./phrases";
import {
  ADULT_POSSESSOR,
  COURT_CHILDREN_LINE,
  OTHER_CHILDREN_HEADING,
  addSignal,
  cuesFor,
  FAMILY_CHILDREN_RIGHT,
  kinSignal,
  NAMED_HAS_BETWEEN,
  placeWordLeft,
  pronounSentenceCues,
  SUBJECTS_KIN,
  type KinOfOther,
  type Signal,
} from "./cues";
import { peopleWeights, strongChildEvidence, weigh, type PeopleWeights, type Verdict } from "./weights";
import type { Person, PersonRole as ReportRole, ReviewSpan } from "../types";
import { findPastedNames } from "../rules/other-child/pasted-names";
import { findChildDetails, settingStems } from "./details";
import { caseNameBrackets, instructingFirm, lawTitleWords } from "./court-header";
import { listLineCues, tableRowCues } from "./tables";
import { personEntry } from "./person-entry";

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
  /** Every person found, however placed (undecided included): Report.people. */
  persons: Person[];
  /** Mentions of undecided people, for the worker to settle: Report.review. */
  review: ReviewSpan[];
};

export type PastedName = Mention & { suggestion: string; pronouns: Span[] };

// ---------------------------------------------------------------------------------------------
// Entities

type Entity = {
  key: string;
  forms: Set<string>;
  display: string;
  /** Evidence: how many times each signal was seen around this person's mentions. */
  signals: Partial<Record<Signal, number>>;
  ages: number[];
  gender?: Gender;
  listedChild: boolean;
  listedAdult: boolean;
  /** The worker said this is not a person (CaseProfile.notPeople). */
  listedNotPerson: boolean;
  reasons: string[];
  /** Named as a pet ("the family dog, Tyson"): not a person unless an age says so. */
  pet?: boolean;
  /** Named mid-sentence in a list beside a given name ("Favour, Miracle and King"): a name, even if also a word. */
  listedWithNames?: boolean;
  /** A one-word name that is an ordinary word and no given name, and the record also writes it in lower case ("Adopters" beside "adopters watch"). */
  ordinaryWord?: () => boolean;
};

type RawMention = { phrase: Phrase; key: string; subject: boolean };

const MAX_MENTIONS_EXAMINED = 40;
// The longest short form joined to a fuller name: a pet name with its ending ("Clemmie", "Freddie").
const MAX_SHORT_FORM = 7;
const DOB_LABEL_GAP = /^[\s(,:]*(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?|b\.)?[\s(,:]*$/i;
const COORDINATION = /^\s*(?:,|&|\/|,?\s*and)\s*$/;
// A capitalised word joined by "and" or "&" straight after a mention: "Tamsin and Jodie".
const JOINED_GIVEN_NAME = /^\s*(?:&|,?\s*and)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;
const POSSESSED_NOUNS = /^\s+(?:[a-z-]+\s+){1,3}$/;
// Before a heading's words on its line: a number, a bullet or a word or two ("5.2 Other children", "Bullet – Siblings").
const HEADING_LEAD = /^[ \t]*(?:[\d.()]+[ \t]*|[-•*–][ \t]*)?(?:\p{L}+[ \t]+){0,3}$/u;
const WITH_A_CHILD = "named together with a child";
const FAMILY_PLURAL = /\b[Tt]he\s+\p{Lu}\p{Ll}+s$/u;
const keyOf = (given: string) => given.toLowerCase();
// A one-word mention that is the last word of someone's full name elsewhere in the text, none of them a child.
function familyNameAlone(m: RawMention, raw: RawMention[], entities: Map<string, Entity>, weights: PeopleWeights): boolean {
  if (m.phrase.parts.length !== 1) return false;
  const full = raw.filter((r) => !r.subject && r.phrase.parts.length > 1 && r.phrase.parts[r.phrase.parts.length - 1] === m.phrase.parts[0]);
  return full.length > 0 && full.every((r) => decide(entities.get(r.key)!, weights) !== "child");
}
const ADDRESS_TAIL = /^(?:,[ \t]*\p{Lu}[\p{L}'’ -]*)*,[ \t]*$/u;

export function findPeople(ctx: RuleContext): People {
  const text = ctx.text;
  const profile = ctx.profile;
  const tokens = tokenise(text, ctx);
  const phrases = findPhrases(text, tokens, ctx);
  addQuotedInitials(text, phrases);
  const aliasOf = addQuotedNicknames(text, phrases);
  addLowerCaseNames(text, phrases, profile.subjectForms, profile.subjectGivenForms, aliasOf);
  const refDate = latestDate(text) ?? todayDate();
  // The date of birth that follows a name (from the shared identifier scan): later on the same line
  // ("Tyler (DOB 04/02/2017)", "Jack needs his date of birth, which is…", a table row
  // "Jayden Smith<TAB>Brother<TAB>03/04/2015"), or on the next line straight after its label.
  // Only the nearest name gets it: no other name between, and no sentence end unless it is the label
  // layout ("Name\nDOB: …").
  const dobs = ctx.identifiers.filter((id) => id.kind === "date of birth" && id.date);
  const nameStarts = phrases.filter((p) => !p.place);
  const dobAfter = (from: number): SimpleDate | undefined => {
    const d = dobs[firstAtOrAfter(dobs, from)];
    if (!d || d.start - from > 80) return undefined;
    const next = nameStarts[firstAtOrAfter(nameStarts, from)];
    if (next && next.start < d.start) return undefined;
    const gap = text.slice(from, d.start);
    if (DOB_LABEL_GAP.test(gap)) return d.date;
    if (gap.includes("\n")) return undefined;
    const s = ctx.sentenceAt(from);
    return d.start < s.end || s.end <= from ? d.date : undefined;
  };
  const entities = new Map<string, Entity>();
  const getEntity = (key: string, display: string): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, forms: new Set(), display, signals: {}, ages: [], listedChild: false, listedAdult: false, listedNotPerson: false, reasons: [] };
      if (wordShaped(key)) {
        let memo: boolean | undefined;
        e.ordinaryWord = () => (memo ??= writtenInLowerCase(text, key));
      }
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
  const notPeople = new Set((profile.raw.notPeople ?? []).map((w) => String(w).trim().toLowerCase()).filter(Boolean));
  const notPeopleSeen: Person[] = [];
  const weights = peopleWeights(ctx.tuning?.people);

  const raw: RawMention[] = [];
  const places: Phrase[] = [];
  // The subject's surname alone ("Fitzgerald: saw Rocco…", "Fitzgerald / Scargill"): the subject's case.
  const surnameLabels: Phrase[] = [];
  // Lone unknown words after "in/at/from/to": places unless the word is named as a person elsewhere.
  const afterPreposition: RawMention[] = [];
  // A surname used alone ("Hoxha was arrested") is the one person named in full with it ("Ardit Hoxha").
  const bySurname = new Map<string, string | null>();
  // "Ms Oyelaran" after "Ms Donna Oyelaran": a title and a surname are the one person named in full with a title of
  // the same gender and that surname, even when the family shares it (the subject's mother). Two such people: neither.
  const titledBySurname = new Map<string, { given: string; gender: Gender | undefined; display: string } | null>();
  for (const p of phrases) {
    if (p.place || p.parts.length < 2) continue;
    const sur = keyOf(p.parts[p.parts.length - 1]);
    const given = keyOf(p.parts[0]);
    if (profile.subjectGivenForms.has(given)) continue;
    if (sur !== subjectSurname) {
      const known = bySurname.get(sur);
      bySurname.set(sur, known === undefined || known === given ? given : null);
    }
    if (p.title && !aliasOf.has(given)) {
      const known = titledBySurname.get(sur);
      const gender = titleGender(p.title);
      const same = known && known.given === given && known.gender === gender;
      titledBySurname.set(sur, known === undefined || same ? { given, gender, display: p.parts.join(" ") } : null);
    }
  }
  // A firm named for its partners ("instructed by Pellow & Grace LLP", "Kaye & Lindo", "Lowther & Co").
  const firms = findFirms(text);
  const lawWords = [...lawTitleWords(text), ...caseNameBrackets(text)].sort((a, b) => a.start - b.start);
  // A review or judgment that calls its subject by a label or letters ("Baby E", "C", "HK") labels the other children too.
  const labelledSubject = isAnonymisedLabel(profile.subjectName) || /^\p{Lu}{1,3}$/u.test(profile.subjectName);
  // Words inside an address are its parts (towns, counties, roads), never people.
  const addresses = ctx.identifiers.filter((id) => id.kind === "address" || id.kind === "postcode");
  const inAddress = (p: Phrase) => {
    const a = addresses[firstAtOrAfter(addresses, p.end) - 1];
    if (!a || a.kind !== "address") return false;
    if (a.start <= p.start && a.end >= p.end) return true;
    // The town and county after the street on its line: "8 Birch Road, Bramley, Kent".
    return a.end <= p.start && p.start - a.end < 60 && ADDRESS_TAIL.test(text.slice(a.end, p.start));
  };
  // "Wexcombe High School" and then "the best thing about Wexcombe": a setting's name without the words that
  // say what it is names the setting again, not a person (unless it is a given name: "St Anne's" and "Anne").
  const stems = new Set<string>();
  for (const p of phrases) if (p.school) for (const stem of settingStems(text.slice(p.start, p.end).toLowerCase())) stems.add(stem);
  for (const p of phrases) {
    if (stems.size && !p.place && !p.title && stems.has(p.parts.join(" ").toLowerCase()) && !FIRST_NAMES.has(keyOf(p.parts[0]))) p.place = true;
    if (notPeople.size && !p.place && (notPeople.has(p.parts.map(keyOf).join(" ")) || notPeople.has(keyOf(p.parts[0])))) {
      const display = p.parts.join(" ");
      let w = notPeopleSeen.find((x) => x.displayName === display);
      if (!w)
        notPeopleSeen.push(
          (w = {
            id: `not-person-${notPeopleSeen.length + 1}`,
            displayName: display,
            forms: [display],
            role: "not-a-person",
            confidence: 1,
            reasons: ["the worker said this is not a person"],
            mentions: [],
          }),
        );
      w.mentions.push({ start: p.start, end: p.end });
      continue;
    }
    if (!p.place && addresses.length && inAddress(p) && !profile.subjectForms.has(p.parts.map(keyOf).join(" "))) p.place = true;
    if (!p.place && firms.length && insideAny(firms, p)) p.place = true;
    if (!p.place && ((lawWords.length && insideAny(lawWords, p)) || CASE_TITLE_RIGHT.test(text.slice(p.end, p.end + 12)))) p.place = true;
    // The firm that instructs counsel in a court header ("(instructed by Hugo Penrose)"), whatever its name suggests.
    if (!p.place && instructingFirm(text.slice(Math.max(0, p.start - 60), p.start), text.slice(p.end, p.end + 24))) p.place = true;
    // A form label in another language before its English one ("Dyddiad geni / DOB:", "Awdur / Author:"): not a person.
    if (!p.place && !p.title && BILINGUAL_LABEL_RIGHT.test(text.slice(p.end, p.end + 48))) continue;
    // A field's label before the number or address it holds ("Fax: 01706 870838", "DX: 410 LDE"): not a person,
    // unless it is a given name the record uses again ("Kerry: 07700 900123", then "Kerry said…").
    if (!p.title && !p.possessive && p.parts.length === 1 && labelOfIdentifier(text, p.end, ctx.identifiers) && !(FIRST_NAMES.has(keyOf(p.parts[0])) && usedAgain(text, p)))
      continue;
    if (p.place) {
      places.push(p);
      continue;
    }
    // "a Dior bag", "a white Ford Transit": after an indefinite article a name is a brand or a make, not a person,
    // when a noun follows it or it is a make and a model ("there's a Jayden in her class" is someone).
    if (!p.title && !p.possessive && attributiveAfterArticle(text, p)) continue;
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
    // "Baby F", "Child B" in a review that calls its subject "Baby E": another anonymised label (Ruling 8), left to
    // the label reader; its first word is the subject's label word, not a given name they share. (A record that
    // names its subject calls a newborn "Baby J" as its name until one is chosen.)
    if (!p.title && labelledSubject && isAnonymisedLabel(p.parts.join(" "))) continue;
    if (!p.title && p.parts.length === 1 && g === subjectSurname) {
      surnameLabels.push(p); // the family surname alone: not a person, but a label of the subject's case
      continue;
    }
    if (!p.title && p.parts.length === 1 && FAMILY_PLURAL.test(text.slice(Math.max(0, p.start - 4), p.end))) continue; // "the Ellinghams"
    if (p.title && p.parts.length === 1) {
      const named = titledBySurname.get(g);
      const gender = titleGender(p.title);
      if (named && (!gender || !named.gender || gender === named.gender)) {
        const e = getEntity(named.given, named.display);
        addSignal(e, "title", `has the title ${p.title}`);
        raw.push({ phrase: p, key: e.key, subject: false });
        continue;
      }
      // "Mrs Dunmore": an adult known by surname.
      const e = getEntity("~" + g, `${p.title} ${given}`);
      addSignal(e, "title", `has the title ${p.title}`);
      e.gender ??= titleGender(p.title);
      raw.push({ phrase: p, key: e.key, subject: false });
      continue;
    }
    // Same given name as the subject but a different surname: another person.
    const alone = p.parts.length === 1 && !p.title && !FIRST_NAMES.has(g) ? bySurname.get(g) : undefined;
    // A family name alone that an adult is known by ("Mrs Keane", a listed "Graham Ellingham"): that adult's family.
    // ("the Pugh children" are that family's children, never its adults.)
    const adultFamily = p.parts.length === 1 && !p.title && !FIRST_NAMES.has(g) && alone == null && entities.has("~" + g) && !familyChildren(text, p) ? "~" + g : undefined;
    const key = aliasOf.get(g) ?? alone ?? adultFamily ?? (profile.subjectGivenForms.has(g) && surname && surname !== subjectSurname ? full : g);
    // A lone unknown word after "in/at/from" is a place ("in Eastfield"), unless it is a known given name.
    // Read once every mention is known: "what happened to Tre. Tre was in Year 11" is a person.
    if (p.parts.length === 1 && !p.possessive && !FIRST_NAMES.has(g) && !entities.has(key) && isAfterPlacePreposition(text, p.start)) {
      afterPreposition.push({ phrase: p, key, subject: false });
      continue;
    }
    getEntity(key, p.parts.join(" "));
    if (surname && p.title) addSignal(getEntity("~" + surname, p.parts.join(" ")), "title");
    raw.push({ phrase: p, key, subject: false });
  }

  if (afterPreposition.length) {
    let added = false;
    // …when another mention reads as a person's: followed by a verb or owning something ("Tre was in Year 11").
    const personLike = new Set<string>();
    for (const m of raw) if (!m.subject && (m.phrase.possessive || NAME_FOLLOWERS.test(text.slice(m.phrase.end, m.phrase.end + 20)))) personLike.add(m.key);
    for (const m of afterPreposition) {
      // …or when its own context says child ("sits next to Perrin in Year 8", "to Kai, aged 9").
      // …or when a given name is joined to it ("say bye to Tamsin and Jodie"): places are not listed with people.
      const joined = JOINED_GIVEN_NAME.exec(text.slice(m.phrase.end, m.phrase.end + 30));
      // (After "to" only: "lives in Hallbrook and Jordan stays…" joins two clauses, not two people.)
      const withName = !!joined && FIRST_NAMES.has(keyOf(joined[1])) && /\bto\s+$/i.test(text.slice(Math.max(0, m.phrase.start - 4), m.phrase.start));
      // (Not after "in", "outside": "lives in Tregaron, aged 16, with…" gives the age to the one who lives there.)
      const ownContext = !placeWordLeft(text.slice(Math.max(0, m.phrase.start - 30), m.phrase.start));
      if (
        !personLike.has(m.key) &&
        !withName &&
        (!ownContext || weigh(cuesFor(text, ctx, m.phrase, refDate, dobAfter).signals, weights).childEvidence < weights.thresholds.minChild)
      )
        continue;
      getEntity(m.key, m.phrase.parts.join(" "));
      raw.push(m);
      added = true;
    }
    if (added) raw.sort((a, b) => a.phrase.start - b.phrase.start);
  }
  // Evidence from each mention's context, summed per person. Evidence sits around the first mentions of a person ("her brother Tyler (7)"); past a few dozen
  // mentions of one name more context changes nothing, so long documents stop looking.
  const looked = new Map<string, number>();
  const kinOfOthers: Array<KinOfOther & { at: number; key: string }> = [];
  const kinOfNamed: Array<{ at: number; key: string; word: string; mods?: string }> = [];
  for (let at = 0; at < raw.length; at++) {
    const m = raw[at];
    if (m.subject) continue;
    const e = entities.get(m.key)!;
    e.forms.add(m.phrase.parts.join(" "));
    const n = (looked.get(m.key) ?? 0) + 1;
    looked.set(m.key, n);
    if (n > MAX_MENTIONS_EXAMINED) continue;
    const c = cuesFor(text, ctx, m.phrase, refDate, dobAfter);
    if (c.kinOfOther) kinOfOthers.push({ at, key: m.key, ...c.kinOfOther });
    if (c.kinOfNamed) kinOfNamed.push({ at, key: m.key, ...c.kinOfNamed });
    addCues(e, c);
    e.gender ??= c.gender;
    if (c.pet) e.pet = true;
    // Named inside the child's own quoted words: a weak sign of a peer (needs a second).
    if (m.phrase.start > 0 && !e.signals["child-quote"] && inSubjectQuote(ctx, m.phrase.start, m.phrase.end, raw)) {
      addSignal(e, "child-quote", "named in the child's own words");
      // "me and Aaliyah", "Zachary and Rowan are my friends": joined to the child's own I or me there.
      if (!e.signals.peer && withTheChildsOwnI(text, m.phrase)) addSignal(e, "peer", "joined to the child's own 'me' or 'my friend' in their words");
    }
  }
  // "…say bye to Tamsin and Jodie." "These are her friends in her tutor group.": a sentence describing the
  // names listed in the sentence before, together.
  describedTogether(ctx, raw, profile.pronouns?.subject, (m, signal, why) => addSignal(entities.get(m.key)!, signal, why));
  // A table row opened by a name: the age and the relationship under their column headers are that person's; a
  // line opened by a name and a dash or colon ("Kai Quill – brother, 9"): the kin word and age after the dash.
  const spans = raw.map((m) => m.phrase);
  const rowCues = [...tableRowCues(text, spans), ...listLineCues(text, spans)].sort((a, b) => a.at - b.at);
  for (let i = 0, j = 0; i < rowCues.length; i++) {
    while (j < raw.length && raw[j].phrase.start < rowCues[i].at) j++;
    const m = raw[j];
    if (!m || m.subject || m.phrase.start !== rowCues[i].at) continue;
    const e = entities.get(m.key)!;
    const { age, adultRole, kin, line } = rowCues[i];
    if (age !== undefined && !e.ages.includes(age))
      addCues(e, { signals: { [age >= 18 ? "age-adult" : "age-child"]: 1 }, age, reasons: [`aged ${age} (${line ? "a list line" : "a table's age column"})`] });
    if (adultRole) addSignal(e, "role", `has a role: ${adultRole} (a table's relationship column)`);
    if (kin && !e.signals.kin) addSignal(e, kinSignal(kin), `called ${kin} (a list line)`);
  }
  // "Present: Tom Asante (social worker), Jo Whitcombe (Parklands Primary)": on a line of those at a meeting, a
  // name followed by a setting or service in brackets is there for it, a professional.
  if (places.length) {
    for (const m of raw) {
      if (m.subject || m.phrase.possessive) continue;
      const open = BRACKET_OPEN.exec(text.slice(m.phrase.end, m.phrase.end + 4));
      if (!open) continue;
      const at = m.phrase.end + open[0].length;
      const place = places[firstAtOrAfter(places, at)];
      if (!place || place.start !== at || !/^\s*\)/.test(text.slice(place.end, place.end + 3))) continue;
      const lineStart = text.lastIndexOf("\n", m.phrase.start) + 1;
      if (!ATTENDANCE_LINE.test(text.slice(lineStart, m.phrase.start))) continue;
      const e = entities.get(m.key)!;
      if (!e.signals.role) addSignal(e, "role", "named at a meeting for the setting or service in brackets");
    }
  }
  // "Craig to confirm his shifts; if not, his sister, Donna, will have Jac": a brother or sister of an
  // adult is an adult. The owner is the nearest person of the pronoun's gender before the name, in its
  // sentence or the one before; with no owner found the kin word counts as before (a missed child is worse).
  for (const k of kinOfOthers) {
    const e = entities.get(k.key)!;
    const owner = k.maySubject ? clauseOpenerOwner(ctx, raw, k.at, k.gender, entities) : ownerOf(ctx, raw, k.at, k.gender, entities);
    if (owner && decide(owner, weights) === "adult") addSignal(e, "kin-of-adult", "relative of an adult");
    else addSignal(e, kinSignal(k.word, k.mods), `called ${k.word}`);
  }
  // "Kerry's brother Dean", "Kerry has a new boyfriend, Paul": the named owner is the name just before (its
  // possessive, or the one who has the relative); an adult's relative is an adult, anyone else's (the child's,
  // another child's, an unknown's) counts as a kin word as before.
  for (const k of kinOfNamed) {
    const e = entities.get(k.key)!;
    const prev = k.at > 0 ? raw[k.at - 1] : undefined;
    const near =
      prev && raw[k.at].phrase.start - prev.phrase.end <= 40 && (prev.phrase.possessive || NAMED_HAS_BETWEEN.test(ctx.text.slice(prev.phrase.end, raw[k.at].phrase.start)));
    const owner = near && !prev.subject ? entities.get(prev.key) : undefined;
    const signal = kinSignal(k.word, k.mods);
    if (owner && owner !== e && decide(owner, weights) === "adult") addSignal(e, "kin-of-adult", "relative of an adult");
    // "Vance's friend Corinne": a friend is the owner's peer, and an owner named by the family name of a full name
    // used elsewhere, not known to be a child, is how reports name adults; the friend is left to the worker.
    else if (signal === "kin-partner" && owner && owner !== e && prev && familyNameAlone(prev, raw, entities, weights) && decide(owner, weights) !== "child") continue;
    else addSignal(e, signal, `called ${k.word}`);
  }
  // List parallelism: in numbered or bulleted items each headed by names, one of them the child's own,
  // the other heads are children too unless their own evidence says otherwise.
  for (const key of parallelItemHeads(text, raw, surnameLabels, subjectSurname)) {
    const e = entities.get(key);
    if (e && !e.signals["list-item"]) addSignal(e, "list-item", "heads an item like the child's own");
  }
  // Names listed after a plural child noun ("her cousins: Delphine, Marley and Arlo", "the other
  // children in the house:" and a bulleted list below it): every name of the list is a child.
  for (const m of pluralListMembers(text, raw, profile.pronouns?.subject)) {
    const e = entities.get(m.key);
    if (e && !m.phrase.title && !e.signals.heading && weigh(e.signals, weights).adultEvidence === 0 && !e.listedAdult)
      addSignal(e, "heading", "listed after a plural word for children");
  }
  // Lines opened by a name and a separator, one of them the subject's ("10:00 Noah Brennan – home
  // visit", "Elsie Tolley | Sam Odell | 14 May"): a rota or allocation list, one line per child.
  const adultByEvidence = (key: string) => {
    const e = entities.get(key);
    return !!e && (e.listedAdult || weigh(e.signals, weights).adultEvidence > 0);
  };
  for (const key of parallelLineHeads(text, raw, adultByEvidence)) {
    const e = entities.get(key);
    if (e && !e.signals["list-item"]) addSignal(e, "list-item", "heads a line like the child's own");
  }
  // Coordination: "Tiago and Jack", "Yusuf and Leyla": a name joined to a child is a child too,
  // unless something says otherwise.
  const prelim = (e: Entity) => decide(e, weights) === "child";
  const noAdultEvidence = (e: Entity) => weigh(e.signals, weights).adultEvidence === 0 && !e.listedAdult;
  // The subject's family name alone counts as the subject here ("Fitzgerald / Scargill / Durrani").
  const coordinated = surnameLabels.length
    ? [...raw, ...surnameLabels.map((p): RawMention => ({ phrase: p, key: "#subject", subject: true }))].sort((x, y) => x.phrase.start - y.phrase.start)
    : raw;
  const inAdultList = listsHoldingAdults(text, coordinated, (r) => {
    const e = r.subject ? undefined : entities.get(r.key);
    return !!e && (e.listedAdult || decide(e, weights) === "adult");
  });
  for (let i = 0; i + 1 < coordinated.length; i++) {
    const a = coordinated[i];
    let b = coordinated[i + 1];
    // "Household: Carla (mum), Steven, Mia (4) and Reggie": a list that holds an adult says nothing of the others.
    if (inAdultList.has(i) || inAdultList.has(i + 1)) continue;
    // "Mohammed Rahman and Summer's friend Grace Ellison": the name joined is the head of the possessive phrase.
    if (b.phrase.possessive) {
      const c = coordinated[i + 2];
      if (!c || c.phrase.start - b.phrase.end > 32 || !POSSESSED_NOUNS.test(text.slice(b.phrase.end + 2, c.phrase.start))) continue;
      const between = text.slice(a.phrase.end + (a.phrase.possessive ? 2 : 0), b.phrase.start);
      if (b.phrase.start - a.phrase.end > 8 || !COORDINATION.test(between)) continue;
      b = { ...c, phrase: { ...c.phrase, start: b.phrase.start } };
    }
    const gapStart = a.phrase.end + (a.phrase.possessive ? 2 : 0);
    if (b.phrase.start - gapStart > 8) continue;
    const between = text.slice(gapStart, b.phrase.start);
    if (!COORDINATION.test(between)) continue;
    // "In Devon, Mia stayed…": a comma after an opening place phrase is no list.
    if (/^\s*,\s*$/.test(between) && isAfterPlacePreposition(text, a.phrase.start)) continue;
    const ea = a.subject ? undefined : entities.get(a.key);
    const eb = b.subject ? undefined : entities.get(b.key);
    const aChild = a.subject || (ea && prelim(ea));
    const bChild = b.subject || (eb && prelim(eb));
    // Not between a full name and a given name alone ("Carla Price, Steven Price, Mia and Reggie").
    // ("Summer and Jack Lowe" shares one surname: a given name joined by "and" to a full name is allowed.)
    const sharedSurname = a.phrase.parts.length === 1 && b.phrase.parts.length > 1 && /^\s*(?:and|&)\s*$/.test(between);
    if (a.phrase.parts.length > 1 !== b.phrase.parts.length > 1 && !sharedSurname) continue;
    if (aChild && eb && noAdultEvidence(eb)) addSignal(eb, "coordinated", WITH_A_CHILD);
    if (bChild && ea && noAdultEvidence(ea)) addSignal(ea, "coordinated", WITH_A_CHILD);
  }
  // Whole coordinated lists ("Lola, Fenn and Kai (9)", "Kai (9), Lola, Fenn and Tia"): once any member is
  // a child, every member is, unless the list holds a known adult or mixes full names with given names.
  const lists = coordinatedLists(text, coordinated);
  for (const list of lists) {
    const members = list.map((r) => (r.subject ? undefined : entities.get(r.key)));
    // Capitalised words listed mid-sentence beside a given name are names too ("At home were Favour,
    // Miracle and King"): the worker is asked rather than the words passed over as ordinary words.
    if (list.some((r, k) => r.subject || (members[k] && FIRST_NAMES.has(keyOf(members[k]!.display.split(" ")[0])))))
      for (let k = 0; k < list.length; k++) if (members[k] && midSentence(text, list[k].phrase.start)) members[k]!.listedWithNames = true;
    if (list.some((r, k) => r.phrase.title || (members[k] && !noAdultEvidence(members[k]!)))) continue;
    const fullNames = list.filter((r) => !r.subject && r.phrase.parts.length > 1).length;
    if (fullNames && fullNames < list.filter((r) => !r.subject).length) continue;
    if (!list.some((r, k) => r.subject || prelim(members[k]!))) continue;
    for (const e of members) if (e && !prelim(e) && !e.signals.coordinated) addSignal(e, "coordinated", WITH_A_CHILD);
  }
  // Names listed under an "Other children" heading or on such a line.
  // Only a heading or a label says so: a line of its own ("Other children in the household"), or the
  // words before a colon ("The other children in the placement were also in: …", names after the colon).
  // In running prose ("adopt two siblings") the words are no list of names.
  const headingSpans: Span[] = [];
  OTHER_CHILDREN_HEADING.lastIndex = 0;
  for (let h = OTHER_CHILDREN_HEADING.exec(text); h; h = OTHER_CHILDREN_HEADING.exec(text)) {
    const end = h.index + h[0].length;
    let lineStart = h.index;
    while (lineStart > 0 && h.index - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    let lineEnd = end;
    while (lineEnd < text.length && lineEnd - end < 200 && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    const colon = text.indexOf(":", end);
    const sentence = ctx.sentenceAt(h.index);
    if (HEADING_LEAD.test(text.slice(lineStart, h.index)) && lineEnd - lineStart <= 60) {
      headingSpans.push({ start: end, end: end + 250 });
    } else if (colon >= 0 && colon - end < 60 && colon < sentence.end && !text.slice(end, colon).includes("\n")) {
      headingSpans.push({ start: colon, end: Math.min(sentence.end, colon + 250) });
    }
  }
  if (headingSpans.length) {
    for (const m of raw) {
      if (m.subject) continue;
      const at = firstAtOrAfter(headingSpans, m.phrase.start + 1) - 1;
      if (at >= 0 && m.phrase.start < headingSpans[at].end) {
        // "Jayden (Year 9 at Castlegate)", "Bay is with carers in Norton": a word after a place preposition
        // is where a listed child is, not another listed child.
        if (isAfterPlacePreposition(text, m.phrase.start)) continue;
        const e = entities.get(m.key)!;
        if (noAdultEvidence(e) && !e.signals.heading) addSignal(e, "heading", "listed under a heading about other children");
      }
    }
  }
  // Names on a court heading that says they are the children of the case.
  COURT_CHILDREN_LINE.lastIndex = 0;
  for (let h = COURT_CHILDREN_LINE.exec(text); h; h = COURT_CHILDREN_LINE.exec(text)) {
    const end = h.index + h[0].length;
    for (const m of raw) {
      if (m.phrase.start < h.index || m.phrase.start >= end) continue;
      const e = m.subject ? undefined : entities.get(m.key);
      if (e && !e.signals["court-child"] && !m.phrase.title) addSignal(e, "court-child", "named as a child of the case in the court heading");
    }
  }
  for (const e of entities.values()) {
    if (!e.gender) {
      const first = e.display.split(" ").find((w) => !ADULT_TITLES.has(w));
      if (first) e.gender = nameGender(first);
    }
  }

  // Evidence carried along a coreference chain: a sentence opened by a he or she that cannot be the
  // subject says its age, school or year group of the nearest person of that gender named just before.
  carryPronounEvidence(ctx, raw, entities, pronounGender(profile.pronouns?.subject), refDate);

  // A short form with no evidence of its own ("Mo", "Tomek") is the child named in full elsewhere
  // in the record ("Mohammed Rahman", "Tomasz"), or the subject.
  const mergedInto = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.key.startsWith("~") || e.key.includes(" ") || Object.keys(e.signals).length || e.listedChild || e.listedAdult) continue;
    const fulls = NICKNAMES.get(e.key);
    if (!fulls) continue;
    if (fulls.some((f) => profile.subjectGivenForms.has(f))) {
      mergedInto.set(e.key, "#subject");
      continue;
    }
    const target = fulls.map((f) => entities.get(f)).find((t) => t && decide(t, weights) === "child");
    if (target) mergedInto.set(e.key, target.key);
  }
  // A short form by the grammar of short forms ("Ros" for Rosalind, "Gray" for Graham, "Tomek" for
  // Tomasz, "Mo" for Mohammed) that nothing places on its own is the one placed person it shortens.
  // Run again once names' generations are weighed: a full name placed only by its generation
  // ("Maddison") still owns the pet name nothing else places ("Madds").
  const joinShortForms = () => {
    const placed: Entity[] = [];
    for (const e of entities.values()) if (!e.key.startsWith("~") && !e.key.includes(" ") && !mergedInto.has(e.key) && decide(e, weights) !== "unknown") placed.push(e);
    for (const e of entities.values()) {
      if (mergedInto.has(e.key) || e.key.startsWith("~") || e.key.includes(" ") || e.listedChild || e.listedAdult) continue;
      if (decide(e, weights) !== "unknown" || e.key.length > MAX_SHORT_FORM || weigh(e.signals, weights).adultEvidence > 0) continue;
      let target: Entity | undefined;
      let ambiguous = false;
      for (const t of placed) {
        // A child's pet name may also be the end or the middle of her name ("Bella" for Isabella, "Lexi" for Alexis).
        if (t === e || !(isShortFormOf(e.key, t.key) || (decide(t, weights) === "child" && isInnerShortFormOf(e.key, t.key)))) continue;
        // A given name of its own of the other sex is someone else ("Ali" is not short for Alice).
        const own = FIRST_NAMES.get(e.key);
        if (own && own !== "u" && t.gender && t.gender !== "u" && own !== t.gender) continue;
        if (target && decide(target, weights) !== decide(t, weights)) ambiguous = true;
        target ??= t;
      }
      if (target && !ambiguous) {
        mergedInto.set(e.key, target.key);
        e.reasons.push(`a short form of ${target.display.split(" ")[0]}`);
      }
    }
  };
  joinShortForms();

  // The generation of a given name (ONS rankings): weak evidence that mostly settles a name with
  // nothing else around it ("walked home with Elsie", "Gareth took them to the park"). Weighed only
  // after short forms are joined to their full names ("Ollie" for the subject Oliver stays the subject),
  // and only for a name used in running text: a word alone on its line is a heading, a signature or a
  // town in an address ("Florence"), and a given name that is also a word ("Hope") needs its surname.
  const eraOf = new Map<string, "child" | "adult">();
  for (const e of entities.values()) {
    if (mergedInto.has(e.key) || e.listedChild || e.listedAdult || e.key.startsWith("~")) continue;
    const words = e.display.split(" ");
    if (words.length === 1 && COMMON_WORDS.has(keyOf(words[0]))) continue;
    const era = nameEra(words[0]);
    // A name that could be the subject's own, written another way ("Lily-Mae" for Lily, a misspelling,
    // the family's surname), is never made another child by its generation alone: it stays with the worker.
    if (era === "child" && mayBeSubject(words, profile.subjectGivenForms, subjectSurname)) continue;
    if (era) eraOf.set(e.key, era);
  }
  for (const m of raw) {
    const era = eraOf.get(m.key);
    if (!era || m.subject || (!m.phrase.possessive && isAfterPlacePreposition(text, m.phrase.start))) continue;
    if (!letterOnLine(text, m.phrase.start, m.phrase.end)) continue;
    const e = entities.get(m.key)!;
    if (era === "child") addSignal(e, "child-era-name", "a given name mostly of children born since about 2005");
    else addSignal(e, "adult-era-name", "a given name mostly of adults born before about 1990");
    eraOf.delete(m.key);
  }
  // A list of full names, one of them a child by the generation of the name, the others with nothing to say
  // what they are ("keep with: Priya Lal, Amelie Forde"): people listed alike are alike. Names of any
  // evidence, titles, or a list with the subject or an adult in it say nothing here.
  for (const list of lists) {
    if (list.length < 2 || list.some((r) => r.subject || r.phrase.title || r.phrase.parts.length < 2)) continue;
    const members = list.map((r) => entities.get(r.key)!);
    if (!members.some((e) => e.signals["child-era-name"] && decide(e, weights) === "child")) continue;
    if (members.some((e) => e.listedAdult || weigh(e.signals, weights).adultEvidence > 0)) continue;
    for (const e of members) if (!e.listedChild && Object.keys(e.signals).length === 0) addSignal(e, "coordinated", WITH_A_CHILD);
  }
  joinShortForms();

  const subjectGender = pronounGender(profile.pronouns?.subject);
  // Each person's role, weighed once now that all the evidence is in.
  const roles = new Map<Entity, PersonRole>();
  const roleOf = (e: Entity) => {
    let r = roles.get(e);
    if (r === undefined) roles.set(e, (r = decide(e, weights)));
    return r;
  };
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
    const role = roleOf(e);
    all.push({ start: p.start, end: p.end, entity: e.key, role, gender: e.gender, possessive: p.possessive, inQuote, reasons: e.reasons });
    if (role === "adult") adultMentions.push({ start: p.start, end: p.end });
    if (role === "child") childMentionsRaw.push({ start: p.start, end: p.end, entity: e.key, possessive: p.possessive });
  }

  // Stable ids in order of first appearance.
  const ids = new Map<string, string>();
  for (const m of childMentionsRaw) if (!ids.has(m.entity)) ids.set(m.entity, `child-${ids.size + 1}`);

  // A name pasted in from another child's record is reported as a mix-up in place of another child only
  // when mix-ups are reported: asked for other children alone (the send check, a redaction) the engine
  // names it as the other child it is, rather than dropping it from both.
  const pasted = ctx.wants("mix-up") ? findPastedNames(text, ctx, all, subjectGender, profile.subjectName) : [];
  // However weak the sign, a paste is reported once, as the mix-up (FORMAT.md tags it `mix`, never `oc` as well): its
  // suggestion removes the other child's name too, and a redaction, which asks for other children alone, still names it.
  const pastedStarts = new Set(pasted.map((p) => p.start));
  const childMentions = childMentionsRaw.filter((m) => !pastedStarts.has(m.start)).map((m) => ({ ...m, entity: ids.get(m.entity)! }));

  const children: ChildRecord[] = [...ids.entries()].map(([key, id]) => {
    const e = entities.get(key)!;
    return { id, displayName: e.display, forms: e.forms, reasons: [...new Set(e.reasons)].slice(0, 6) };
  });

  const { persons, review, undecided } = reportPeople(entities, all, ids, weights, profile.subjectName, text);
  // A detail whose owner is undecided goes to the worker with its person rather than nowhere.
  const { details: childDetails, toReview } = findChildDetails(text, ctx, all, places, ids, pastedStarts, refDate, undecided, nameStarts);
  if (toReview.length) {
    review.push(...toReview);
    review.sort((a, b) => a.start - b.start);
  }
  // A word inside an address or a reference is removed with it as a personal identifier: asking the
  // worker about it as well adds to their load and protects nobody further.
  const removed = ctx.identifiers.filter((id) => id.kind === "address" || id.kind === "postcode" || id.kind === "case number");
  const reviewed = removed.length ? review.filter((r) => !insideAny(removed, r)) : review;
  for (const word of notPeopleSeen) persons.push(word);
  return {
    persons,
    review: reviewed,
    children,
    childMentions,
    subjectMentions,
    adultMentions,
    all,
    childDetails,
    pastedNames: pasted.map((p) => ({ ...p, entity: ids.get(p.entity) ?? p.entity })),
  };
}

// A nickname in quotes straight after a name, or after "known as" in the name's own apposition or bracket:
// "Wei Jie Zhang ("Jay", 11)", "Liam, known as 'Dyce'", "Ștefan (15, known as "Ștefi")", "Ana (9B) has started
// calling herself 'Nana'" (not "at Doncaster station with a friend known as …").
const NICKNAME_RIGHT =
  /^(?:\s*\(\s*|(?:\s*\(\s*[^()\n]{0,20}?,\s*|(?:\s*\([^()\n]{1,20}\)|[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?=,))?[ \t]*,?[ \t]*(?:(?:who\s+is|who['’]s|is|was|also|better|usually|often|now|sometimes|commonly|has|have|had|started|begun|began)[ \t]+)*)(?:known\s+as|called|aka|nicknamed|goes\s+by|call(?:s|ing)?\s+(?:himself|herself|themselves|themself))\s+)["“'‘](\p{Lu}[\p{L}'’-]{1,20})["”'’]/u;

const QUOTE_CHAR = /["“'‘]/;
// "Tyler-James, known as TJ", "Darren, better known as DJ": two capitals after "known as" need no quotes to be the
// name's initials.
const INITIALS_NICKNAME_RIGHT = /^[ \t]*[,(]?[ \t]*(?:(?:who\s+is|also|usually|better)[ \t]+)*(?:known\s+as|aka|nicknamed|goes\s+by)[ \t]+(\p{Lu}{2})(?![\p{L}\p{N}'’-])/u;
// The nickname first, the full name straight after it: "known as "Deano" (Dean Whitlock, 19)", ""Billy" is William
// Hart, aged 58". Only a single quoted capitalised word, only a bracket or an "is" between, and only a full name
// that closes the bracket or has its age straight after it (never "said it was "Brilliant" (Mia Cole, her carer, agreed)").
const FULL_NAME_CLOSE = /^[ \t]*(?:\)|,[ \t]*(?:aged[ \t]+)?\d{1,2}\b)/;
const NICKNAME_LEFT = /["“'‘](\p{Lu}[\p{L}'’-]{1,20})["”'’][ \t]*(?:\([ \t]*|(?:is|was)[ \t]+)$/u;
// What may not touch a name written out again: a letter, apostrophe or hyphen before it, a letter or hyphen after.
const NOT_BEFORE_NAME = /[\p{L}'’-]/u;
const NOT_AFTER_NAME = /[\p{L}-]/u;
const NOT_BEFORE_NAME_I = /[\p{L}'’-]/iu;
const NOT_AFTER_NAME_I = /[\p{L}-]/iu;

/** Adds every mention of a quoted nickname as a phrase; returns nickname → the given name (lower case) it belongs to. */
function addQuotedNicknames(text: string, phrases: Phrase[]): Map<string, string> {
  const aliasOf = new Map<string, string>();
  for (const p of phrases) {
    if (p.place) continue;
    const after = text.slice(p.end + (p.possessive ? 2 : 0), p.end + 60);
    const m = (QUOTE_CHAR.test(after) && NICKNAME_RIGHT.exec(after)) || INITIALS_NICKNAME_RIGHT.exec(after);
    if (!m) continue;
    const nick = m[1].toLowerCase();
    if (nick !== keyOf(p.parts[0]) && !aliasOf.has(nick)) aliasOf.set(nick, keyOf(p.parts[0]));
  }
  for (const p of phrases) {
    if (p.place || p.parts.length < 2 || p.start < 4) continue;
    const before = text.slice(Math.max(0, p.start - 30), p.start);
    if (!QUOTE_CHAR.test(before)) continue;
    const m = NICKNAME_LEFT.exec(before);
    if (!m || !FULL_NAME_CLOSE.test(text.slice(p.end, p.end + 16))) continue;
    const nick = m[1].toLowerCase();
    if (nick !== keyOf(p.parts[0]) && !aliasOf.has(nick)) aliasOf.set(nick, keyOf(p.parts[0]));
  }
  addCalledNicknames(text, phrases, aliasOf);
  if (!aliasOf.size) return aliasOf;
  const have = new Set(phrases.map((p) => p.start));
  const added: Phrase[] = [];
  for (const nick of aliasOf.keys()) {
    // (?<![\p{L}'’-])nick(?![\p{L}-]) with the i and u flags, without compiling the classes per nickname.
    for (const m of boundedMatches(text, nick, "giu", NOT_BEFORE_NAME_I, NOT_AFTER_NAME_I)) {
      if (have.has(m.index) || !/^\p{Lu}/u.test(m[0])) continue;
      const possessive = /^['’]s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      added.push({ start: m.index, end: m.index + m[0].length, parts: [m[0]], possessive, place: false, school: false, allCaps: false });
    }
  }
  mergePhrases(phrases, added);
  return aliasOf;
}

// "Maisie calls him "Mimo"": a pet name someone gives a person named just before, on the same line.
const CALLS_NICKNAME = /\b(?:calls?|called|calling)\s+(?:him|her|them)\s+["“'‘](\p{Lu}[\p{L}'’-]{1,20})["”'’]/gu;
const NICKNAME_LOOKBACK = 160;

/**
 * The pet name belongs to the nearest name before it that it shortens ("Bran-Bran" for Brandon, "Lulu" for
 * Louisa through the nickname list): a name the caller makes up from the person's own.
 */
function addCalledNicknames(text: string, phrases: Phrase[], aliasOf: Map<string, string>): void {
  CALLS_NICKNAME.lastIndex = 0;
  for (let m = CALLS_NICKNAME.exec(text); m; m = CALLS_NICKNAME.exec(text)) {
    const nick = m[1].toLowerCase();
    if (aliasOf.has(nick)) continue;
    const stem = nick.split("-")[0];
    const fulls = NICKNAMES.get(nick) ?? NICKNAMES.get(stem);
    let lo = 0;
    let hi = phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (phrases[mid].start < m.index) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    for (let i = lo - 1; i >= 0 && phrases[i].start >= Math.max(lineStart, m.index - NICKNAME_LOOKBACK); i--) {
      const p = phrases[i];
      if (p.place) continue;
      const key = keyOf(p.parts[0]);
      if (key === nick) break;
      if ((stem.length >= 3 && key.length > stem.length && key.startsWith(stem)) || fulls?.includes(key)) {
        aliasOf.set(nick, key);
        break;
      }
    }
  }
}

// Shorthand notes write names in lower case: "bro kairo (10)", "kerem 13, berkay 16, defne 8".
const LOWER_KIN_NAME = /\b(?:bro|sis|brother|sister|cousin|friend|mate|bf|gf)\s+([a-z][a-z'-]{2,})\b/g;
// Found from the age (rarer than words), then the word before it is read.
const LOWER_AGE = /\(\s*\d{1,2}\s*\)|\s\d{1,2}\s*(?:[,.]|$)/gm;
const LOWER_EQUALS_NAME = /(?<![\p{L}'’-])([a-z][a-z'-]{1,15})[ \t]*=[ \t]*(?:(?:prob(?:ably)?|poss(?:ibly)?|maybe|likely|prob\.|poss\.)[ \t]+)?(\p{Lu}\p{Ll}+)/gu;
const WORD_BEFORE = /(?<![\p{L}'’-])([a-z][a-z'-]{2,})\s*$/u;
// A word and a contraction's ending: "he's", "they're", "we'll", "you've", "she'd", "I'm".
const CONTRACTION = /^([a-z]+)['’](?:s|re|ll|ve|d|m)$/;

/** In a record written in shorthand, a lower-case word that is not an ordinary word, given an age or a kin word, is a name. */
function addLowerCaseNames(text: string, phrases: Phrase[], subjectForms: Set<string>, subjectGiven: Set<string>, aliasOf: Map<string, string>): void {
  const names = new Set<string>();
  const consider = (w: string) => {
    // A contraction of an ordinary word is no name: "he's 15, what am I supposed to do", "they're 12 and 14".
    const contracted = CONTRACTION.exec(w);
    if (contracted && (COMMON_WORDS.has(contracted[1]) || contracted[1].length < 3)) return;
    if (!COMMON_WORDS.has(w) && !subjectForms.has(w) && !NOT_NAMES.has(w[0].toUpperCase() + w.slice(1)) && !ordinaryWordForm(w)) names.add(w);
  };
  LOWER_KIN_NAME.lastIndex = 0;
  for (let m = LOWER_KIN_NAME.exec(text); m; m = LOWER_KIN_NAME.exec(text)) consider(m[1]);
  // "shan = prob Shanaya Moran (15)": a shorthand name equated with a full one is that person.
  if (text.includes("=")) {
    LOWER_EQUALS_NAME.lastIndex = 0;
    for (let m = LOWER_EQUALS_NAME.exec(text); m; m = LOWER_EQUALS_NAME.exec(text)) {
      const before = names.size;
      consider(m[1]);
      if (names.size > before && !aliasOf.has(m[1])) aliasOf.set(m[1], m[2].toLowerCase());
    }
  }
  LOWER_AGE.lastIndex = 0;
  for (let m = LOWER_AGE.exec(text); m; m = LOWER_AGE.exec(text)) {
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (w) consider(w[1]);
  }
  if (!names.size) return;
  // A record that writes other names in lower case writes the child's own that way too ("jax not home"):
  // those are mentions of the subject, which pronouns and details are read against.
  for (const f of subjectGiven) if (f.length >= 3 && !COMMON_WORDS.has(f) && /^[a-z][a-z'-]+$/.test(f)) names.add(f);
  const have = new Set(phrases.map((p) => p.start));
  const added: Phrase[] = [];
  for (const w of names) {
    // Shorthand drops the apostrophe: "at shans house" is shan's.
    // (?<![\p{L}'’-])w(s?)(?![\p{L}-]) with the u flag, without compiling the classes per word.
    const re = new RegExp(escapeLiteral(w), "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + w.length;
      const plural = text.charCodeAt(end) === 115 && !classAt(text, end + 1, NOT_AFTER_NAME); // "s"
      if (classBefore(text, m.index, NOT_BEFORE_NAME) || (!plural && classAt(text, end, NOT_AFTER_NAME))) {
        re.lastIndex = stepPast(text, m.index);
        continue;
      }
      if (plural) re.lastIndex = end + 1;
      if (have.has(m.index)) continue;
      const possessive = plural || /^['’]s\b/.test(text.slice(m.index + w.length, m.index + w.length + 3));
      added.push({ start: m.index, end: m.index + w.length, parts: [w], possessive, place: false, school: false, allCaps: false });
    }
  }
  mergePhrases(phrases, added);
}

/**
 * An ordinary word in another shape, never a lower-case name: a kin or role word ("half-sister", "step-dad"),
 * a compound of ordinary words ("after-school"), or the plural of one ("lates 17", "absences 3,").
 */
function ordinaryWordForm(w: string): boolean {
  if (FIRST_NAMES.has(w)) return false;
  if (CHILD_KINSHIP.has(w) || ADULT_ROLES.has(w)) return true;
  if (w.includes("-")) return w.split("-").every((part) => !part || COMMON_WORDS.has(part) || CHILD_KINSHIP.has(part) || ADULT_ROLES.has(part));
  return (w.endsWith("s") && COMMON_WORDS.has(w.slice(0, -1))) || isWordForm(w);
}

/** Adds phrases that do not overlap existing ones, keeping the list sorted by start. */
function mergePhrases(phrases: Phrase[], added: Phrase[]): void {
  if (!added.length) return;
  const all = [...phrases, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Phrase[] = [];
  for (const p of all) if (!out.length || p.start >= out[out.length - 1].end) out.push(p);
  phrases.length = 0;
  for (const p of out) phrases.push(p);
}

// Between two members of a coordinated list: an age or other bracket after the first, then a comma, "and", "or", "&".
// "Brooke, Kacper, sometimes Aisha": a word of how often or how likely may lead the last member.
const LIST_JOIN =
  /^(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*(?:,|&|\/|,?[ \t]+(?:and|or)\b)[ \t]*(?:(?:and[ \t]+|or[ \t]+)?(?:sometimes|also|occasionally|often|usually|maybe|possibly|probably|even|plus)[ \t]+)?$/;

/** Runs of mentions joined by list punctuation and "and", an age in brackets allowed after a member. */
function coordinatedLists(text: string, mentions: RawMention[]): RawMention[][] {
  const lists: RawMention[][] = [];
  let cur: RawMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const r = mentions[i];
    const prev = cur[cur.length - 1];
    const from = prev ? prev.phrase.end + (prev.phrase.possessive ? 2 : 0) : 0;
    const gap = prev ? text.slice(from, r.phrase.start) : "";
    // "In Devon, Mia stayed…": a comma after an opening place phrase starts no list.
    const placeThenComma = cur.length === 1 && /^\s*,\s*$/.test(gap) && isAfterPlacePreposition(text, prev!.phrase.start);
    if (prev && !prev.phrase.possessive && r.phrase.start - from <= 40 && LIST_JOIN.test(gap) && !placeThenComma) cur.push(r);
    else {
      if (cur.length >= 2) lists.push(cur);
      cur = [r];
    }
  }
  if (cur.length >= 2) lists.push(cur);
  return lists;
}

// A plural word for children, then what qualifies it, then a colon, a dash or (straight after the noun) a comma.
// (Not an owner: "the social worker in the Children's Department, Sarah Jenner" lists nobody.)
const PLURAL_CHILD_NOUN = new RegExp(
  `\\b(?:(his|her|their|my|our|the|these|those|both|two|three|four|five|six|seven|several|some|\\d|[\\p{L}'’-]+['’]s)\\s+)?((?:(?:other|older|younger|little|big|own|half|step|foster|full|eldest|youngest|school|best|new|birth)[\\s-]+)*)(children|kids|boys|girls|pupils|classmates|young\\s+people|teenagers|siblings|half-siblings|step-siblings|brothers|sisters|cousins|twins|grandchildren|nieces|nephews|friends|schoolfriends|sons|daughters)\\b(?!['’])([^.\\n:;!?]{0,50}?)[ \\t]*(:|[–—]|\\s-(?=\\s)|(?<=\\s(?:in|at|from|on|of|living|staying)\\s[^.\\n:;!?,]{1,40}),(?=[ \\t]*\\p{Lu}))[ \\t]*|\\b(?:look(?:s|ing)?\\s+after|care(?:s|ing)?\\s+for|fostering)[ \\t]*:[ \\t]*|\\b(?:(?:the|these|those|both|his|her|their|all)\\s+)((?:(?:other|older|younger|half|step|foster)[\\s-]+)*)(children|kids|boys|girls|siblings|brothers|sisters|cousins|twins)\\s*,[ \\t]*(?=\\p{Lu})`,
  "giu",
);
const PLURAL_WORD =
  /\b(?:children|kids|boys|girls|pupils|classmates|people|teenagers|siblings|brothers|sisters|cousins|twins|grandchildren|nieces|nephews|friends|schoolfriends|sons|daughters|look(?:s|ing)?\s+after|care(?:s|ing)?\s+for|fostering)\b/gi;
// Between two names of an inline list: commas, "and", an age or a date of birth in brackets.
const LIST_GLUE = /^(?:[\s,;&/]|and\b|or\b|\([^()\n]{0,40}\)|(?:aged?\s+)?\d{1,2}\b)*$/i;
// What opens an item line of a list: a bullet or a number.
const LINE_ITEM_LEAD = /^[ \t]*(?:\d{1,2}[.)]|[-•*–·▪◦o])?[ \t]*$/;
const OFFSPRING_PLURAL = /^(?:children|kids|sons|daughters|grandchildren|nieces|nephews|twins|boys|girls)$/i;

/**
 * Mentions listed after a plural word for children: inline ("three girls from her estate: Maisie Croft,
 * Imani Brooks and Zara Hunt", "the children, Tamsin, Corran and Noah") or one per line below a colon
 * ("The carers also look after:" and a bulleted list). The list ends at the first text that is not a
 * name, a bracket or a joining word (inline), or the first line not opened by a name (bulleted).
 */
function pluralListMembers(text: string, raw: RawMention[], subjectPronoun: string | undefined): RawMention[] {
  const out: RawMention[] = [];
  if (!raw.length) return out;
  const rawPhrases = raw.map((r) => r.phrase);
  // Found by the plural word first (cheap), then the whole pattern is read from a little before it.
  PLURAL_WORD.lastIndex = 0;
  let readTo = 0;
  for (let w = PLURAL_WORD.exec(text); w; w = PLURAL_WORD.exec(text)) {
    if (w.index < readTo) continue;
    const winStart = Math.max(readTo, w.index - 48);
    PLURAL_CHILD_NOUN.lastIndex = 0;
    const h = PLURAL_CHILD_NOUN.exec(text.slice(winStart, w.index + w[0].length + 80));
    const at = h ? winStart + h.index : -1;
    if (!h || at > w.index) continue;
    readTo = at + h[0].length;
    PLURAL_WORD.lastIndex = Math.max(PLURAL_WORD.lastIndex, readTo);
    const noun = (h[3] ?? h[7] ?? "").toLowerCase();
    const det = (h[1] ?? "").toLowerCase();
    const mods = (h[2] ?? h[6] ?? "").toLowerCase();
    // Friends and cousins of an adult are adults; only their children are children.
    const before = text.slice(Math.max(0, at - 40), at + (h[1] ? h[1].length : 0) + 1);
    if (!OFFSPRING_PLURAL.test(noun) && ADULT_POSSESSOR.test(before.trimEnd() + " ")) continue;
    if (det.endsWith("s") && ADULT_POSSESSOR.test(det + " ") && !OFFSPRING_PLURAL.test(noun)) continue;
    // A friend may be any age: only the child's own friends, or school and best friends, are listed as children.
    if (noun === "friends" && !/school|best/.test(mods)) {
      const own = (det === "his" && subjectPronoun === "he") || (det === "her" && subjectPronoun === "she") || (det === "their" && subjectPronoun === "they");
      const subjectOwner = det.endsWith("'s") || det.endsWith("’s") ? raw.some((r) => r.subject && r.phrase.possessive && r.phrase.start === at) : false;
      if (!own && !subjectOwner) continue;
    }
    const end = at + h[0].length;
    let i = firstAtOrAfter(rawPhrases, end);
    if (i >= raw.length) continue;
    const bulleted = /^[ \t]*\r?\n/.test(text.slice(end, end + 4));
    if (bulleted) {
      // One item per line: each line opened (after its bullet) by a name.
      let lineStart = text.indexOf("\n", end) + 1;
      for (let lines = 0; lineStart > 0 && lines < 30; lines++) {
        let lineEnd = text.indexOf("\n", lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        while (i < raw.length && raw[i].phrase.start < lineStart) i++;
        const r = raw[i];
        if (!r || r.phrase.start >= lineEnd || !LINE_ITEM_LEAD.test(text.slice(lineStart, r.phrase.start))) break;
        if (!r.subject) out.push(r);
        // Names joined to the head on its line ("Isla and Theo Finch").
        for (let k = i + 1; k < raw.length && raw[k].phrase.start < lineEnd; k++) {
          if (!LIST_GLUE.test(text.slice(raw[k - 1].phrase.end + (raw[k - 1].phrase.possessive ? 2 : 0), raw[k].phrase.start))) break;
          if (!raw[k].subject) out.push(raw[k]);
        }
        lineStart = lineEnd + 1;
        if (lineStart >= text.length) break;
      }
      continue;
    }
    let from = end;
    for (; i < raw.length; i++) {
      const r = raw[i];
      if (!LIST_GLUE.test(text.slice(from, r.phrase.start)) || r.phrase.start - from > 60) break;
      if (!r.subject) out.push(r);
      from = r.phrase.end + (r.phrase.possessive ? 2 : 0);
      if (r.phrase.possessive) break;
    }
  }
  return out;
}

// A time, a date or a weekday before the name on a rota line: "10:00", "14.30", "Tue 12/05", "Monday –".
const LINE_TIME_LEAD =
  /^[ \t]*(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?)[ \t]*(?:[-–—|:][ \t]*|\t)?)?(?:\d{1,2}[.)]|[-•*–·▪◦])?[ \t]*$/i;
// What ends a line head: a dash, a colon, a table cell or a bracket then one of those.
const LINE_SEPARATOR = /^(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*(?:[–—-][ \t]|:|\||\t)/;
const SPEAKER_AFTER =
  /^(?:said|says|reported|reports|explained|agreed|agrees|asked|told|feels|felt|wants|wanted|thinks|thought|stated|shared|added|disagreed|disagrees|confirmed|I\b|we\b)/i;
// A block that lists who was there is a list of adults and children alike, not one line per case.
const BRACKET_OPEN = /^[ \t]*\([ \t]*/;
const ATTENDANCE_LINE = /\b(?:present|attendees|attendance|attending|in\s+attendance|participants|apologies|invited|distribution|circulation|members|contacts|signed|agency)\b/i;

/**
 * Entity keys of names opening lines of a block of lines (a rota, an allocation list, a table) in
 * which another line is opened by the subject: "10:00 Noah Brennan – home visit", "Elsie Tolley:
 * moves to Sam", "Kasim Rowe | Sam Odell | 14 May". Each line opens with (a time or a bullet and)
 * names, then a dash, a colon, a bar or a tab. Consecutive such lines form a block; up to three other
 * lines may sit between two of them. A colon after the subject's given name alone is a transcript's
 * speaker, not a case line.
 */
function parallelLineHeads(text: string, raw: RawMention[], isAdult: (key: string) => boolean): string[] {
  type LineHead = { line: number; mentions: RawMention[]; subject: boolean; lineStart: number; kind: string };
  const heads: LineHead[] = [];
  let lineNo = 0;
  let lineStart = 0;
  let ri = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (ri < raw.length && raw[ri].phrase.start < lineStart) ri++;
    const r = raw[ri];
    if (r && r.phrase.start < lineEnd && r.phrase.start - lineStart <= 24 && LINE_TIME_LEAD.test(text.slice(lineStart, r.phrase.start))) {
      const inHead: RawMention[] = [r];
      let end = r.phrase.end;
      for (let k = ri + 1; k < raw.length && raw[k].phrase.start < lineEnd; k++) {
        const gap = text.slice(end, raw[k].phrase.start);
        if (gap.length > 30 || !HEAD_JOINER.test(gap)) break;
        inHead.push(raw[k]);
        end = raw[k].phrase.end;
      }
      const sep = inHead.some((x) => x.phrase.possessive) ? null : LINE_SEPARATOR.exec(text.slice(end, end + 40));
      // "Donna Gorton - said she agrees": a speaker's line in notes, not a case line.
      if (sep && !SPEAKER_AFTER.test(text.slice(end + sep[0].length, end + sep[0].length + 30))) {
        const kind = sep[0].trim().slice(-1);
        const colon = kind === ":";
        const subject = inHead.some((x) => x.subject && (!colon || x.phrase.parts.length > 1));
        // A single ordinary word ("Caseload: 17") is a field label, not a name.
        const label = inHead.length === 1 && inHead[0].phrase.parts.length === 1 && COMMON_WORDS.has(keyOf(inHead[0].phrase.parts[0]));
        if (!label) heads.push({ line: lineNo, mentions: inHead, subject, lineStart, kind: kind === "—" || kind === "–" ? "-" : kind });
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
    lineNo++;
  }
  const out: string[] = [];
  for (let b = 0; b < heads.length;) {
    let e = b + 1;
    // One block: lines close together with the same separator.
    while (e < heads.length && heads[e].line - heads[e - 1].line <= 4 && heads[e].kind === heads[b].kind) e++;
    const block = heads.slice(b, e);
    b = e;
    if (block.length < 2 || !block.some((x) => x.subject)) continue;
    // Not an attendance list: the line before the block names none.
    const first = block[0].lineStart;
    const prevStart = text.lastIndexOf("\n", Math.max(0, first - 2)) + 1;
    if (first > 0 && ATTENDANCE_LINE.test(text.slice(prevStart, first))) continue;
    // …nor a list of who is who: any head known as an adult ("Donna Gorton – mother") makes it one.
    if (block.some((x) => x.mentions.some((m) => !m.subject && isAdult(m.key)))) continue;
    for (const x of block) if (!x.subject) for (const m of x.mentions) if (!m.phrase.title && !m.subject) out.push(m.key);
  }
  return out;
}

const ITEM_MARKER = /^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+/gm;
// What ends an unmarked item head: a dash or a colon after the names ("Ayaan Hussain – no change.", "Fitzgerald: saw…").
const HEAD_SEPARATOR = /^(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*(?:([–—-])[ \t]|(:))/;
// Between names in one head: "Summer and Jack Lowe", "Isla & Theo", "Ștefan (15) and Gabi".
const HEAD_JOINER = /^(?:[ \t]*(?:,|&|\/|and|\([^()\n]{0,30}\))[ \t]*)*$/;

type ItemHead = { start: number; end: number; kind: "marked" | "dash" | "colon"; mentions: RawMention[]; surnameLabel: boolean; subject: boolean };

/**
 * Entity keys of names heading list items, when another item of the same list is headed by the subject:
 * numbered or bulleted items ("3. Isla and Theo Finch"), and paragraphs opened by names and a dash or a
 * colon ("Ayaan Hussain – no change.", "Scargill: …") beside the subject's own ("Faith Mwangi – …",
 * "Fitzgerald: …"). In items headed by a family name alone, the first person named in the body is that
 * case's child when the subject's item names the subject first.
 */
function parallelItemHeads(text: string, raw: RawMention[], surnameLabels: Phrase[], subjectSurname: string | undefined): string[] {
  const heads: ItemHead[] = [];
  ITEM_MARKER.lastIndex = 0;
  for (let m = ITEM_MARKER.exec(text); m; m = ITEM_MARKER.exec(text)) {
    const from = m.index + m[0].length;
    const line = text.slice(from, Math.min(text.length, from + 80));
    const stop = /\s[–—-]\s|[:(\n]|\sto\s/.exec(line);
    heads.push({ start: from, end: from + (stop ? stop.index : line.length), kind: "marked", mentions: [], surnameLabel: false, subject: false });
  }
  // Unmarked heads: a paragraph (after a blank line, or the text's start) opened by a name. Found from
  // the mentions (few) rather than by scanning lines.
  const starts: Array<{ start: number; label: boolean }> = [];
  for (const r of raw) if (paragraphOpensAt(text, r.phrase.start)) starts.push({ start: r.phrase.start, label: false });
  for (const p of surnameLabels) if (paragraphOpensAt(text, p.start)) starts.push({ start: p.start, label: true });
  if (!heads.length && starts.length < 2) return [];
  starts.sort((a, b) => a.start - b.start);
  let ri = 0;
  for (const s of starts) {
    // The names of the head, then the separator.
    let end = s.start;
    const inHead: RawMention[] = [];
    while (ri < raw.length && raw[ri].phrase.start < s.start) ri++;
    let k = ri;
    if (s.label) end = surnameLabels.find((p) => p.start === s.start)!.end;
    for (;;) {
      const r = raw[k];
      if (r && r.phrase.start === end) {
        inHead.push(r);
        end = r.phrase.end + (r.phrase.possessive ? 2 : 0);
        k++;
        continue;
      }
      if (r && r.phrase.start > end && r.phrase.start - end < 40 && HEAD_JOINER.test(text.slice(end, r.phrase.start))) {
        inHead.push(r);
        end = r.phrase.end;
        k++;
        continue;
      }
      break;
    }
    if (inHead.some((r) => r.phrase.possessive)) continue;
    const sep = HEAD_SEPARATOR.exec(text.slice(end, end + 40));
    if (!sep) continue;
    if (heads.some((h) => h.kind === "marked" && h.start <= s.start && s.start < h.end)) continue;
    const kind = sep[2] ? "colon" : "dash";
    // A colon after one given name is a speaker in a transcript ("Georgia: I want…"), not a case: the
    // subject's colon head must be the family name or the full name.
    const subjectHead = s.label || inHead.some((r) => r.subject && (kind === "dash" || r.phrase.parts.length > 1));
    const surnameLabel = s.label || (inHead.length === 1 && inHead[0].phrase.parts.length === 1 && !FIRST_NAMES.has(keyOf(inHead[0].phrase.parts[0])));
    heads.push({ start: s.start, end, kind, mentions: inHead, surnameLabel, subject: subjectHead });
  }
  if (heads.length < 2) return [];
  heads.sort((a, b) => a.start - b.start);
  // Marked heads: the names opening the head.
  let h = 0;
  for (const r of raw) {
    while (h < heads.length && (heads[h].kind !== "marked" || heads[h].end <= r.phrase.start)) h++;
    if (h >= heads.length) break;
    if (r.phrase.start >= heads[h].start) heads[h].mentions.push(r);
  }
  const out: string[] = [];
  for (const kind of ["marked", "dash", "colon"] as const) {
    const group = heads.filter((x) => x.kind === kind);
    // The head must open with the name ("3. Isla and Theo Finch", not "3. Call Leo's school").
    const named = group.filter((x) => x.surnameLabel || (x.mentions.length && x.mentions[0].phrase.start === x.start));
    if (named.length < 2) continue;
    const subjectHeads = named.filter((x) => (kind === "marked" ? x.mentions.some((r) => r.subject) : x.subject));
    if (!subjectHeads.length) continue;
    // An ordinary word opening an item ("4. Referral for Yaw …") is the item's action, not a name.
    const plainWord = (r: RawMention) => {
      const w = keyOf(r.phrase.parts[0]);
      // Or a word the record writes in lower case elsewhere ("there is letterbox once a year" beside "3. Letterbox
      // with…"): read once per item head, and only for a word no name list knows.
      return r.phrase.parts.length === 1 && !FIRST_NAMES.has(w) && (COMMON_WORDS.has(w) || isWordForm(w) || writtenInLowerCase(text, w));
    };
    for (const x of named) if (!subjectHeads.includes(x)) for (const r of x.mentions) if (!r.phrase.title && !r.subject && !plainWord(r)) out.push(r.key);
    // Family-name items: the first person in the body, when the subject's own family-name item opens with the subject.
    const bodyFirst = (x: ItemHead): RawMention | undefined => {
      const next = heads.find((y) => y.start > x.start);
      const limit = Math.min(next ? next.start : text.length, x.end + 1500);
      return raw.find((r) => r.phrase.start >= x.end && r.phrase.start < limit);
    };
    const subjectLabel = subjectHeads.find((x) => x.surnameLabel && (!x.mentions.length || keyOf(text.slice(x.start, x.end).split(/[\s:]/)[0]) === subjectSurname));
    if (subjectLabel && bodyFirst(subjectLabel)?.subject) {
      for (const x of named) {
        if (subjectHeads.includes(x) || !x.surnameLabel) continue;
        const first = bodyFirst(x);
        if (first && !first.subject && !first.phrase.title) out.push(first.key);
      }
    }
  }
  return out;
}

// Between two items of one list: a separator, after an optional bracket ("Carla (mum), Steven").
const LIST_SEPARATOR = /^(?:[ \t]*\([^()\n]{0,24}\))?[ \t]*(?:,|;|&|\/|,?[ \t]*and)[ \t]*$/;
const LIST_GAP = 32;

/** Indexes of mentions in a list (names joined by commas, "and", "&") that holds a known adult. */
function listsHoldingAdults(text: string, mentions: RawMention[], isAdult: (r: RawMention) => boolean): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (let i = 0; i < mentions.length; i++) {
    const next = mentions[i + 1];
    const end = mentions[i].phrase.end + (mentions[i].phrase.possessive ? 2 : 0);
    const joined = !!next && next.phrase.start - end <= LIST_GAP && LIST_SEPARATOR.test(text.slice(end, next.phrase.start));
    if (joined) continue;
    // mentions[from..i] is one list.
    if (i > from) {
      let adult = false;
      for (let k = from; k <= i && !adult; k++) adult = isAdult(mentions[k]);
      if (adult) for (let k = from; k <= i; k++) out.add(k);
    }
    from = i + 1;
  }
  return out;
}

/**
 * "Cora's boyfriend is Mason. He is 15": what a sentence opened by he or she says (an age, a date of birth,
 * a school, a year group) is said of the nearest person of that gender named in the sentence before, in the
 * same paragraph. Only when the pronoun cannot be the subject (its gender is not the subject's) and no
 * other person of that gender stands between.
 */
function carryPronounEvidence(ctx: RuleContext, raw: RawMention[], entities: Map<string, Entity>, subjectGender: Gender | undefined, refDate: SimpleDate | undefined): void {
  if (subjectGender !== "m" && subjectGender !== "f") return;
  if (!/\b(?:he|she)\b/i.test(ctx.text)) return;
  const spans = raw.map((m) => m.phrase);
  for (let i = 0; i < ctx.sentences.length; i++) {
    const sentence = ctx.sentences[i];
    const c = pronounSentenceCues(ctx, sentence, refDate);
    if (!c || !Object.keys(c.signals).length) continue;
    const para = ctx.paragraphAt(sentence.start);
    // A he or she of the subject's gender is the person the sentence before opened with ("Amy is 12. She
    // attends …"), when neither sentence names the subject; otherwise it may be the subject and carries nothing.
    if (c.pronounGender === subjectGender) {
      const opener = i > 0 && ctx.sentences[i - 1].start >= para.start ? sentenceOpener(ctx, raw, spans, ctx.sentences[i - 1], sentence) : undefined;
      const e = opener && entities.get(opener.key);
      if (!e || (e.gender !== c.pronounGender && e.gender !== undefined && e.gender !== "u")) continue;
      addCues(e, c);
      continue;
    }
    const from = Math.max(para.start, i > 0 ? ctx.sentences[i - 1].start : 0);
    // The nearest of that gender; a name of unknown gender only when it is the nearest person of all.
    let antecedent: Entity | undefined;
    let nearest = true;
    for (let j = firstAtOrAfter(spans, sentence.start) - 1, n = 0; j >= 0 && spans[j].start >= from && n < OWNER_SEARCH; j--, n++) {
      const m = raw[j];
      if (m.subject) continue;
      const e = entities.get(m.key);
      if (!e) continue;
      // "Bay is with carers in Norton. He goes to…": a word after a place preposition is where someone is.
      if (!m.phrase.possessive && isAfterPlacePreposition(ctx.text, m.phrase.start)) continue;
      if (e.gender === c.pronounGender || (nearest && (e.gender === undefined || e.gender === "u") && !m.phrase.title)) {
        antecedent = e;
        break;
      }
      // A person of the other gender between ("Bay is with carers (Mrs Addo). He…") is no rival.
      if (e.gender !== "m" && e.gender !== "f") nearest = false;
    }
    if (antecedent) addCues(antecedent, c);
  }
}

// A sentence opened by a plural word for the people just listed, saying what they are to the child: "These are her
// friends in her tutor group", "They are both in his class", "Both are her cousins".
const PLURAL_DESCRIPTION =
  /^[\s"“‘']*(?:These|Those|They|Both|Both\s+of\s+them|The\s+two|All\s+three)\s+(?:are|were)\s+(?:both\s+|all\s+|also\s+)?(?:(?:(his|her|their|my)\s+)(?:(?:best|school|close|old|new|older|younger|little|big|half|step|twin)[\s-]+)*(friends|mates|classmates|cousins|brothers|sisters|siblings|half-siblings|step-siblings)\b|in\s+(?:his|her|their|my|the\s+same)\s+(?:class|year|form|tutor\s+group|set)\b)/u;
const OWN_POSSESSIVE: Record<string, string> = { he: "his", she: "her", they: "their" };

/**
 * The names listed together (two or more, joined by commas or "and") at the end of the sentence before a plural
 * description, given what it says: a peer for friends, a class for "in her class", kin for the child's own
 * brothers, sisters and cousins (whose "her" may not be the child's: then nothing).
 */
function describedTogether(ctx: RuleContext, raw: RawMention[], subjectPronoun: string | undefined, add: (m: RawMention, s: Signal, why: string) => void): void {
  if (!/\b(?:These|Those|They|Both|The\s+two|All\s+three)\s+(?:are|were)\b/.test(ctx.text)) return;
  const spans = raw.map((m) => m.phrase);
  for (let k = 1; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    const d = PLURAL_DESCRIPTION.exec(ctx.text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!d) continue;
    const prev = ctx.sentences[k - 1];
    if (ctx.paragraphAt(prev.start).start !== ctx.paragraphAt(s.start).start) continue;
    const owner = d[1];
    const noun = d[2];
    let signal: Signal;
    if (!noun) signal = "class";
    else if (/friends|mates|classmates/.test(noun)) signal = "peer";
    else if (owner === "my" || owner === OWN_POSSESSIVE[subjectPronoun ?? ""]) signal = kinSignal(noun.replace(/s$/, ""));
    else continue;
    // The last run of names in the sentence before, joined as a list.
    const end = firstAtOrAfter(spans, s.start) - 1;
    let i = end;
    while (i > 0 && raw[i - 1].phrase.start >= prev.start && LIST_SEPARATOR.test(ctx.text.slice(raw[i - 1].phrase.end, raw[i].phrase.start))) i--;
    if (end < 0 || raw[end].phrase.start < prev.start || end - i < 1) continue;
    const why = noun ? `described with others as ${owner} ${noun}` : "described with others as in the child's class";
    for (let j = i; j <= end; j++) if (!raw[j].subject && !raw[j].phrase.title) add(raw[j], signal, why);
  }
}

/** Adds what one context says of a person (signals, an age, reasons) to what is known of them. */
function addCues(e: Entity, c: { signals: Partial<Record<Signal, number>>; age?: number; reasons: string[] }): void {
  for (const [sig, count] of Object.entries(c.signals) as Array<[Signal, number]>) e.signals[sig] = (e.signals[sig] ?? 0) + count;
  if (c.age !== undefined) e.ages.push(c.age);
  for (const r of c.reasons) if (!e.reasons.includes(r)) e.reasons.push(r);
}

// What may stand before the name a sentence opens with: a bullet, a quote mark, a kin word ("My cousin Ife comes…").
const OPENER_LEAD =
  /^[\s\d.)•*–-]*(?:["“‘']\s*)?(?:(?:my|his|her|their|our|your)\s+(?:(?:older|younger|little|big|baby|best|twin|half|step)[\s-]+)?(?:cousin|friend|brother|sister|mate)\s+)?$/i;

/** The person a sentence opens with, when neither it nor the next sentence names the subject. */
function sentenceOpener(ctx: RuleContext, raw: RawMention[], spans: Span[], sentence: Span, next: Span): RawMention | undefined {
  let i = firstAtOrAfter(spans, sentence.start);
  if (i >= raw.length || !OPENER_LEAD.test(ctx.text.slice(sentence.start, raw[i].phrase.start))) return undefined;
  // "Cora's sister Amy is 12": the subject as the owner of a kin word opens with the one named after it.
  const owner = raw[i].subject && raw[i].phrase.possessive && i + 1 < raw.length && SUBJECTS_KIN.test(ctx.text.slice(raw[i].phrase.end, raw[i + 1].phrase.start));
  if (owner) i++;
  const first = raw[i];
  if (!first || first.subject || first.phrase.title || first.phrase.possessive || first.phrase.start >= sentence.end) return undefined;
  for (let j = i; j < raw.length && raw[j].phrase.start < next.end; j++) if (raw[j].subject) return undefined;
  return first;
}

const OWNER_SEARCH = 12;

/** The nearest earlier person of the given gender in the same or the previous sentence (at most 12 mentions back). */
function ownerOf(ctx: RuleContext, raw: RawMention[], at: number, gender: "f" | "m", entities: Map<string, Entity>): Entity | undefined {
  if (at < 0) return undefined;
  const sentence = ctx.sentenceAt(raw[at].phrase.start);
  const from = sentence.start > 0 ? ctx.sentenceAt(sentence.start - 1).start : 0;
  for (let j = at - 1; j >= 0 && j >= at - OWNER_SEARCH && raw[j].phrase.start >= from; j--) {
    if (raw[j].subject || raw[j].key === raw[at].key) continue;
    const e = entities.get(raw[j].key);
    const g = e?.gender ?? nameGender(raw[j].phrase.parts[0]);
    if (e && g === gender) return e;
  }
  return undefined;
}

const OPENER_BARE_LEAD = /^[\s\d.)•*–-]*$/;
const OPENER_TITLE_LEAD = /^[\s\d.)•*–-]*[A-Za-z]{2,4}\.?\s+$/;
// Words that report someone's speech: after them a his or her can be anyone's, the subject's too ("Ms Reed said her sister…").
const REPORTING_BETWEEN = /\b(?:sa(?:id|ys)|t(?:old|ells)|report(?:s|ed)|explain(?:s|ed)|ask(?:s|ed)|th(?:inks|ought)|fe(?:lt|els)|disclosed|added)\b/i;

/**
 * "Ms Lockwood … is more open when seen with her sister, Karen Stott": a his or her of the subject's gender,
 * in a sentence that opens with another named person of that gender and names nobody else of it before the
 * kin word (the subject least of all), belongs to that opener, the clause's own subject. Not across a
 * reporting verb, after which the pronoun may be the subject's.
 */
function clauseOpenerOwner(ctx: RuleContext, raw: RawMention[], at: number, gender: "f" | "m", entities: Map<string, Entity>): Entity | undefined {
  if (at <= 0) return undefined;
  const sentence = ctx.sentenceAt(raw[at].phrase.start);
  let first = -1;
  for (let j = at - 1; j >= 0 && raw[j].phrase.start >= sentence.start; j--) first = j;
  if (first < 0) return undefined;
  const opener = raw[first];
  // Only bullets or numbers before it, and its title ("Ms Lockwood answers …").
  if (!(opener.phrase.title ? OPENER_TITLE_LEAD : OPENER_BARE_LEAD).test(ctx.text.slice(sentence.start, opener.phrase.start))) return undefined;
  const e = entities.get(opener.key);
  const genderOf = (m: RawMention): Gender | undefined => entities.get(m.key)?.gender ?? (m.phrase.title ? titleGender(m.phrase.title) : nameGender(m.phrase.parts[0]));
  if (opener.subject || opener.phrase.possessive || !e || genderOf(opener) !== gender) return undefined;
  for (let j = first + 1; j < at; j++) {
    if (raw[j].subject) return undefined;
    if (entities.get(raw[j].key) !== e && genderOf(raw[j]) === gender) return undefined;
  }
  if (REPORTING_BETWEEN.test(ctx.text.slice(opener.phrase.end, raw[at].phrase.start))) return undefined;
  return e;
}

/** Does a paragraph open at this offset (the text's start, or a blank line before it on the same indent)? */
function paragraphOpensAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i < 0) return true;
  if (text[i] !== "\n") return false;
  i--;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i--;
  return i < 0 || text[i] === "\n";
}

// The child's own first person joined to a name, in their words: "me and Aaliyah", "Aaliyah and me",
// "my best mate Kai", "Zachary and Rowan are my friends". (Not "my mum Carla": no kin word but a friend's.)
const FIRST_PERSON_LEFT = /(?:\b(?:[Mm]e|I)\s+(?:and|&)\s+|\bmy\s+(?:best\s+|bestest\s+|new\s+)?(?:friends?|mates?|pals?|bestie)\s*,?\s*)$/;
const FIRST_PERSON_RIGHT =
  /^(?:\s+(?:and|&)\s+(?:me|I)\b|\s+(?:and|&)\s+(?:them|that\s+lot|(?:his|her|their)\s+(?:mates|friends|lot|gang|crew))\b|(?:\s*(?:,|and|&)\s*\p{Lu}\p{Ll}+)*\s+(?:is|are|was|were|'s|’s)\s+(?:still\s+|really\s+)?my\s+(?:best\s+|bestest\s+|new\s+)?(?:friends?|mates?|pals?|bestie)\b)/u;

// …or a name heading the child's peer group in the child's words: "Bethan and them laughed", "Kai and his mates".
function withTheChildsOwnI(text: string, p: Phrase): boolean {
  const right = text.slice(p.end + (p.possessive ? 2 : 0), p.end + 60);
  return FIRST_PERSON_LEFT.test(text.slice(Math.max(0, p.start - 24), p.start)) || (!p.possessive && FIRST_PERSON_RIGHT.test(right));
}

// The colon stands after any word or bracket: "Kit's wishes and feelings (his words): '…'".
const SAID_BEFORE_QUOTE = /(?:\b(?:said|says|told\s+\w+|tells\s+\w+|asked|explained|added|replied|shouted|wrote|texted)|:)\s*[,:]?\s*$/i;

/** Is [start, end) inside quoted words that the subject child said ("Leo said: 'Finlay took my bag.'")? */
function inSubjectQuote(ctx: RuleContext, start: number, end: number, raw: RawMention[], depth = 0): boolean {
  if (!ctx.inQuote(start, end) || depth > 3) return false;
  const quote = ctx.quotes[firstAtOrAfter(ctx.quotes, start + 1) - 1];
  if (!quote || quote.start > start) return false;
  const lead = ctx.text.slice(Math.max(0, quote.start - 60), quote.start);
  // A quote straight after the child's own quote, one a line ("What Leo said:⏎'…'⏎'…'"), is theirs too.
  const previous = ctx.quotes[firstAtOrAfter(ctx.quotes, quote.start) - 1];
  if (previous && previous !== quote && /^[\s\-•*"“”'‘’]*$/.test(ctx.text.slice(previous.end, quote.start)) && previous.end - previous.start > 2)
    return inSubjectQuote(ctx, previous.start + 1, previous.start + 2, raw, depth + 1);
  if (!SAID_BEFORE_QUOTE.test(lead)) return false;
  // The subject named just before, with no sentence end between ("What Leo said:⏎'…'").
  const subjectSpeaks = raw.some((r) => r.subject && r.phrase.start >= quote.start - 60 && r.phrase.end <= quote.start && !/[.!?]/.test(ctx.text.slice(r.phrase.end, quote.start)));
  const pronoun = ctx.profile.pronouns?.subject;
  return (
    subjectSpeaks ||
    (!!pronoun &&
      new RegExp(`\\b${pronoun}\\s+(?:(?:also|then|later|quietly|once|again|\\p{L}+ly)\\s+)?(?:said|says|told|tells|asked|explained|added|replied)\\b`, "iu").test(lead))
  );
}

// Endings that make a short form from the start of a name: Gray (Graham), Rosie, Tomek (Tomasz), Ștefi, Sasha.
const DIMINUTIVE_ENDINGS = ["ie", "y", "ey", "i", "o", "s", "a", "ek", "ka", "ko", "ik", "ito", "ita", "sha", "ee"];

/** Is `short` (lower case) a short form of the given name `full`: its start, or its start and a diminutive ending? */
export function isShortFormOf(short: string, full: string): boolean {
  if (short.length < 2 || full.length <= short.length || short[0] !== full[0]) return false;
  if (full.startsWith(short)) return short.length >= 3 || full.length >= 5;
  for (const end of DIMINUTIVE_ENDINGS) {
    if (!short.endsWith(end)) continue;
    let stem = short.slice(0, -end.length);
    if (stem.length >= 3 && full.length > stem.length && full.startsWith(stem)) return true;
    // A doubled consonant before the ending: "Penny" (Penelope), "Tommy", "Jonny".
    if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2]) stem = stem.slice(0, -1);
    else continue;
    if (full.length > stem.length && full.startsWith(stem)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** Is there a letter on the line of the text from `start` to `end`, before `start` or after `end`? */
function letterOnLine(text: string, start: number, end: number): boolean {
  const lineEnd = text.indexOf("\n", end);
  return LETTER.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start) + text.slice(end, lineEnd < 0 ? text.length : lineEnd));
}

/** Could this name be the subject's, written another way: a part of it, a short form, a near spelling, the surname? */
function mayBeSubject(words: string[], subjectGiven: Set<string>, subjectSurname: string | undefined): boolean {
  const parts = words.flatMap((w) => keyOf(w).split("-"));
  if (subjectSurname && parts.includes(subjectSurname)) return true;
  for (const g of subjectGiven) {
    for (const p of parts) {
      if (p === g || isShortFormOf(p, g) || isShortFormOf(g, p) || isInnerShortFormOf(p, g)) return true;
      if (p.length >= 4 && g.length >= 4 && (p.slice(0, 3) === g.slice(0, 3) || editDistanceAtMost(p, g, 2))) return true;
    }
  }
  return false;
}

/** Levenshtein distance of a and b is at most k (k small; strings short). */
function editDistanceAtMost(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= k;
}

/** Is `short` (lower case) the end of the given name `full` ("bella": isabella), or its middle with a diminutive ending ("lexi": alexis)? */
export function isInnerShortFormOf(short: string, full: string): boolean {
  if (short.length < 4 || full.length <= short.length || short[0] === full[0]) return false;
  if (full.endsWith(short)) return true;
  for (const end of DIMINUTIVE_ENDINGS) {
    if (!short.endsWith(end)) continue;
    const stem = short.slice(0, -end.length);
    const at = full.indexOf(stem, 1);
    if (stem.length >= 3 && at >= 1 && at <= 4) return true;
  }
  return false;
}

function listedKey(parts: string[], subjectGiven: Set<string>, subjectSurname: string | undefined): string {
  const g = keyOf(parts[0]);
  const surname = parts.length > 1 ? keyOf(parts[parts.length - 1]) : undefined;
  return subjectGiven.has(g) && surname && surname !== subjectSurname ? parts.map(keyOf).join(" ") : g;
}

// Evidence only a person has: an age, a date of birth, kinship, a title or role, school, a parent.
const PERSON_SIGNALS: Signal[] = [
  "age-child",
  "age-adult",
  "dob-child",
  "dob-adult",
  "kin",
  "kin-cousin",
  "kin-adult",
  "kin-of-adult",
  "title",
  "role",
  "attends",
  "class",
  "year-group",
  "has-parent",
  "possession",
  "peer",
  "court-child",
  "partner",
];

const isPet = (e: Entity): boolean => !!e.pet && !PERSON_SIGNALS.some((s) => e.signals[s]);

/** The worker's decisions win; then the weighed evidence. "unknown" covers undecided and no evidence. */
function decide(e: Entity, w: PeopleWeights): PersonRole {
  const v = verdictOf(e, w);
  return v.role === "child" ? "child" : v.role === "adult" ? "adult" : "unknown";
}

function verdictOf(e: Entity, w: PeopleWeights): Verdict & { listed?: boolean } {
  if (e.listedChild) return { role: "child", score: 0, childEvidence: 0, adultEvidence: 0, confidence: 1, listed: true };
  if (e.listedAdult) return { role: "adult", score: 0, childEvidence: 0, adultEvidence: 0, confidence: 1, listed: true };
  // A pet has no role, whatever its name's generation, unless something only a person has says otherwise
  // ("a dog Tyler is scared of" in one sentence, "her brother Tyler (8)" in another: a missed child is worse).
  if (isPet(e)) return { role: "unknown", score: 0, childEvidence: 0, adultEvidence: 0, confidence: 0.9 };
  const v = weigh(e.signals, w);
  if (e.key.startsWith("~") && v.role !== "adult") return { ...v, role: "adult", confidence: Math.max(v.confidence, 0.7) };
  // "Adopters, Lesley", "Carers and Jude": a capitalised ordinary word (a plural or other form of one, not a
  // given name) is placed as a child only on evidence that decides alone; what it stands beside does not.
  if (v.role === "child" && ordinaryWordAsName(e) && !strongChildEvidence(e.signals, w)) return { ...v, role: "unknown", confidence: 0.5 };
  return v;
}

const ordinaryWordAsName = (e: Entity): boolean => !!e.ordinaryWord?.();

/** "a Dior bag", "a white Ford Transit": a name straight after an indefinite article with a noun after it, or a make and
 * a model after it and a word. */
function attributiveAfterArticle(text: string, p: Phrase): boolean {
  const left = INDEFINITE_LEFT.exec(text.slice(Math.max(0, p.start - 30), p.start));
  if (!left) return false;
  // A word between, then one name, is rather someone the noun describes ("a cousin Kai", "a teacher Milo chose").
  if (left[0].trim().split(/\s+/).length > 1) return p.parts.length > 1;
  return p.parts.length > 1 || NOUN_NEXT.test(text.slice(p.end, p.end + 20));
}

/** "the Pugh children", "the Okafor twins": a family's name before its children. */
function familyChildren(text: string, p: Phrase): boolean {
  return !p.possessive && /\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 5), p.start)) && FAMILY_CHILDREN_RIGHT.test(text.slice(p.end, p.end + 60));
}

/** A one-word key that is an ordinary word in some form and no given name ("adopters", "carers", "attendees"). */
function wordShaped(key: string): boolean {
  if (key.includes(" ") || key.startsWith("~") || key.startsWith("#") || FIRST_NAMES.has(key) || NICKNAMES.has(key)) return false;
  return COMMON_WORDS.has(key) || isWordForm(key) || (key.endsWith("s") && COMMON_WORDS.has(key.slice(0, -1)));
}

// Names joined by an ampersand after a solicitor's or a firm's cue, or before a firm's word ("& Co", "LLP").
const FIRM_CUED = /\b(?:instructed\s+by|solicitors?|firm|of\s+counsel)\s*[,:]?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*&\s*\p{Lu}[\p{L}'’-]*)/gu;
const FIRM_NAMED = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*&\s*(?:Co\b|\p{Lu}[\p{L}'’-]*\s+(?:LLP|Solicitors|Law|Legal|Partners)\b)/gu;
function findFirms(text: string): Span[] {
  if (!text.includes("&")) return [];
  const out: Span[] = [];
  for (const re of [FIRM_CUED, FIRM_NAMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].length - (m[1] ?? m[0]).length;
      out.push({ start, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is the span inside one of the sorted spans? (A binary search: spans may be many.) */
function insideAny(spans: readonly Span[], r: Span): boolean {
  const i = firstAtOrAfter(spans, r.start + 1) - 1;
  return i >= 0 && spans[i].start <= r.start && spans[i].end >= r.end;
}

/** Report.people and Report.review from the entities and their mentions. */
function reportPeople(
  entities: Map<string, Entity>,
  all: PersonMention[],
  ids: Map<string, string>,
  w: PeopleWeights,
  subjectName: string,
  text: string,
): { persons: Person[]; review: ReviewSpan[]; undecided: Map<string, string> } {
  const mentionsOf = new Map<string, PersonMention[]>();
  for (const m of all) {
    const list = mentionsOf.get(m.entity);
    if (list) list.push(m);
    else mentionsOf.set(m.entity, [m]);
  }
  const persons: Person[] = [];
  const review: ReviewSpan[] = [];
  const listedByName = new Map<string, Person>();
  const undecided = new Map<string, string>();
  let n = 0;
  let english: boolean | undefined;
  for (const [key, mentions] of mentionsOf) {
    const spans = mentions.map((m) => ({ start: m.start, end: m.end }));
    const forms = [...new Set(mentions.map((m) => text.slice(m.start, m.end)))];
    if (key === "#subject") {
      const subject = personEntry(() => ({
        id: "subject",
        displayName: subjectName || forms[0],
        forms,
        role: "subject",
        confidence: 1,
        reasons: ["the child this record is about (case profile)"],
        mentions: spans,
      }));
      if (subject) persons.push(subject);
      continue;
    }
    const e = entities.get(key);
    if (!e) continue;
    const v = verdictOf(e, w);
    let role: ReportRole;
    if (v.role === "child") role = "other-child";
    else if (v.role === "adult") role = "adult";
    else if (v.role === "undecided") role = "undecided";
    // In a record mostly not in English, a capitalised word is as likely a word of its language as a
    // name: only a known given name goes to the worker.
    else
      role =
        w.thresholds.bareName >= 1 && (looksLikeGivenName(e) || e.listedWithNames) && (FIRST_NAMES.has(keyOf(e.display.split(" ")[0])) || (english ??= mostlyEnglish(text)))
          ? "undecided"
          : "not-a-person";
    // Put to the worker only what reads as a person's name: not a word the record also writes in lower
    // case, a language, a town after "in", an organisation, a heading in capitals.
    if (role === "undecided" && (v.childEvidence < w.thresholds.minChild || ordinaryWordAsName(e)) && (isPet(e) || notANameHere(e, mentions, text))) role = "not-a-person";
    const id = ids.get(key) ?? `person-${++n}`;
    // An adult the worker listed is one person however the record writes them ("Donna Oyelaran", later
    // "Ms Oyelaran"): one entry in the People list, not one per form.
    const same = v.listed && role === "adult" ? listedByName.get(`${role}|${e.display}`) : undefined;
    if (same) {
      for (const f of forms) if (!same.forms.includes(f)) same.forms.push(f);
      same.mentions.push(...spans);
      same.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    const person = personEntry(() => {
      const reasons = v.listed
        ? [v.role === "child" ? "listed as another child in the case profile" : "listed as an adult in the case profile"]
        : role === "not-a-person"
          ? [isPet(e) ? "named as a pet" : "nothing around it says it is a person"]
          : role === "undecided" && e.reasons.length === 0
            ? ["a name with nothing around it to say child or adult"]
            : [...new Set(e.reasons)].slice(0, 6);
      const entry: Person = { id, displayName: readableName(e.display, forms), forms, role, confidence: role === "not-a-person" ? 0.3 : v.confidence, reasons, mentions: spans };
      if (!v.listed) entry.evidence = { ...(e.signals as Record<string, number>) };
      return entry;
    });
    if (person) {
      if (v.listed && role === "adult") listedByName.set(`${role}|${e.display}`, person);
      persons.push(person);
    }
    if (role === "undecided") {
      undecided.set(key, id);
      for (const m of spans) review.push({ start: m.start, end: m.end, personId: id });
    }
  }
  review.sort((a, b) => a.start - b.start);
  return { persons, review, undecided };
}

/** A name first met in a heading in capitals ("WITNESS STATEMENT OF GRAHAM ELLINGHAM") is shown as the record
 * writes it elsewhere ("Graham Ellingham"), when it does. */
function readableName(display: string, forms: readonly string[]): string {
  if (display !== display.toUpperCase()) return display;
  return forms.find((f) => f !== display && f.toUpperCase() === display) ?? display;
}

const PLACE_OR_LANGUAGE_LEFT = /(?:\b(?:in|from|near|into|outside|via|across|around|speaks?|speaking|spoke|learn(?:s|ing)?|translated\s+into)|\bthe)\s+$/i;
const ORGANISATION_RIGHT =
  /^(?:\s*&\s*(?:Co|Partners|Sons)\b|\s+(?:Children['’]s\s+Services|Council|County|Borough|City|NHS|Police|Hospitals?|Trust|Solicitors|Law|LLP|Ltd|team\b|interpreter\b|lessons\b|language\b|heritage\b|community\b)|-speaking\b)/;
// A word inside a law-report citation: "[2013] EWCA Civ 1146", "[2025] EWFC 12 (B)".
const CITATION_LEFT = /\[\d{4}\]\s+(?:\p{Lu}{2,6}\s+)?$/u;
const COURT_CODE_LEFT = /\b\p{Lu}{2,6}\s+$/u;
// The end of a reported case's subject in brackets, before its citation: "(Domestic Abuse: Fact-Finding) [2022] EWCA".
const CASE_TITLE_RIGHT = /^\s*\)\s*\[\d{4}\]/;
const HYPHEN_LOWER = /-\p{Ll}/u;

// Abbreviations a record defines in lower-case words after them ("ED – emergency department", "Sch = school"):
// the words, or their initials, open with it (both are tried at a "|"). Read once per text.
const DEFINED = /(?<!\p{L})(\p{Lu}\p{L}{1,5}) ?(?:[=–—:]| - ) ?(\p{Ll}[\p{Ll} ]*)/gu;
let definedIn: string | undefined;
let defined = new Set<string>();
function definedHere(text: string): Set<string> {
  if (definedIn !== text) {
    definedIn = text;
    defined = new Set();
    for (const [, abbr, words] of text.matchAll(DEFINED)) if (`|${words}|${words.replace(/(\p{L})\p{L}* ?/gu, "$1")}`.includes("|" + abbr.toLowerCase())) defined.add(abbr);
  }
  return defined;
}
// The last word of an organisation's name, in any case ("Dee Valley Council", "HOLT & CO SOLICITORS").
const ORGANISATION_LAST = /^(?:council|trust|services|solicitors|llp|ltd|limited|chambers|police|nhs|cafcass)$/i;

const CAPS_SMALL_WORDS = new Set(["AT", "OF", "THE", "IN", "FOR", "ON", "TO", "BY"]);
// An indefinite article and at most one lower-case word straight before: "a Dior", "a white Ford", "an old Nokia"
// (not a word that joins a person on: "a bottle with Shania", "a friend Jade", "a boy Kai").
const INDEFINITE_LEFT =
  /(?:^|[^\p{L}'’-])(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:(?!(?:with|from|to|of|for|by|at|in|on|as|than|like|about|and|or|but|friend|mate|boy|girl|child|kid|pupil|teenager|man|woman|lad|lass|neighbour|baby)\s)\p{Ll}[\p{Ll}-]*\s+)?$/u;
const ATTRIBUTIVE_LEFT = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
// A lower-case word next (not a verb of saying or being, which a name may take: "the Tyler who said…" is rare).
const NOUN_NEXT = /^\s+(?!(?:is|was|has|had|and|or|said|says|who|which|that|to|in|on|at|of|for|with|from|by)\b)\p{Ll}{3,}/u;
// "Christmas Eve", "New Year's Day": a day's name, not a person.
const HOLIDAY_LEFT = /\b(?:Christmas|New\s+Year['’]?s?|Hallowe['’]?en)\s+$/;

function notANameHere(e: Entity, mentions: PersonMention[], text: string): boolean {
  const words = e.display.split(" ");
  const first = words[0];
  const lower = first.toLowerCase();
  const known = FIRST_NAMES.has(lower);
  if (first === first.toUpperCase() && !known) return true;
  if (words.length === 1 && definedHere(text).has(first)) return true;
  // A heading in capitals made of ordinary words ("CASE NOTE", "CARE PLAN"), even where a word is also a rare given name.
  if (words.every((w) => w === w.toUpperCase() && COMMON_WORDS.has(w.toLowerCase()))) return true;
  // Ordinary words in title case with no given name first ("Online Video", "Fee Waiver", "Job Title"
  // when "Job" stands alone as a word): a label or a heading, not a person.
  if (words.length > 1 && words.every((w) => COMMON_WORDS.has(w.toLowerCase())) && !FIRST_NAMES.has(lower)) return true;
  if (words.length === 1 && isWordForm(lower)) return true;
  if (words.length > 1 && ORGANISATION_LAST.test(words[words.length - 1])) return true; // "DEE VALLEY COUNCIL"
  if (words.some(isCamelCaseIdentifier)) return true;
  // A heading in capitals joined by small words ("COURT AT CALLOWMOOR", "STATEMENT OF EVIDENCE"): names have none.
  if (words.length > 1 && words.some((w) => CAPS_SMALL_WORDS.has(w))) return true;
  // Used as a word before a noun ("the Early Help worker", "a Paediatric appointment") when it is all
  // ordinary words or starts with no given name.
  if (
    (words.every((w) => COMMON_WORDS.has(w.toLowerCase())) || !known) &&
    mentions.some((m) => ATTRIBUTIVE_LEFT.test(text.slice(Math.max(0, m.start - 6), m.start)) && NOUN_NEXT.test(text.slice(m.end, m.end + 20)))
  )
    return true;
  // A name is written in one script: "Hyperlink Ссылка" is a label beside its translation.
  if (new Set(words.map(scriptOf).filter(Boolean)).size > 1) return true;
  if (HYPHEN_LOWER.test(first) && !FIRST_NAMES.has(lower.split("-")[0])) return true;
  // A word the record also writes in lower case ("referral" beside "Referral to …").
  if (words.length === 1 && writtenInLowerCase(text, lower)) return true;
  return mentions.every((m) => {
    const left = text.slice(Math.max(0, m.start - 24), m.start);
    const right = text.slice(m.end, m.end + 24);
    const placeLeft = PLACE_OR_LANGUAGE_LEFT.test(left) && !PERSON_PREPOSITION_LEFT.test(text.slice(Math.max(0, m.start - 40), m.start)) && !FAMILY_CHILDREN_RIGHT.test(right);
    return (
      placeLeft ||
      HOLIDAY_LEFT.test(left) ||
      ORGANISATION_RIGHT.test(right) ||
      (/^\s*\)/.test(right) && /\(\s*$/.test(left)) ||
      CITATION_LEFT.test(left) ||
      (COURT_CODE_LEFT.test(left) && /^\s+\d/.test(right))
    );
  });
}

// Prefixes after which a capital inside a name is usual: McDonald, MacKenzie, DeShawn, LaToya, FitzGerald.
const NAME_PREFIX = /^(?:Mc|Mac|De|Da|Di|Du|Le|La|Van|Von|Fitz|St|D|O)$/;

/** "AppVersion", "CoverPageProperties", "ODMADocId": a word joined from capitalised parts is a label or a field, not a name. */
function isCamelCaseIdentifier(word: string): boolean {
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length > 1 && !NAME_PREFIX.test(parts[0].replace(/['’]$/, ""));
}

function scriptOf(word: string): string {
  if (/\p{Script=Latin}/u.test(word)) return "Latin";
  if (/\p{Script=Cyrillic}/u.test(word)) return "Cyrillic";
  if (/\p{Script=Greek}/u.test(word)) return "Greek";
  if (/\p{Script=Arabic}/u.test(word)) return "Arabic";
  return "";
}

/** A name-shaped word with no evidence: a known given name, or a capitalised word that is not an ordinary one. */
/** Does a word stand inside a sentence (after a word, a number, a comma or a bracket), not open it? */
function midSentence(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  return j >= 0 && /[\p{L}\d,)&]/u.test(text[j]);
}

function looksLikeGivenName(e: Entity): boolean {
  const first = e.display.split(" ").find((w) => !ADULT_TITLES.has(w));
  if (!first) return false;
  const lower = first.toLowerCase();
  if (FIRST_NAMES.has(lower)) return true;
  return first !== first.toUpperCase() && !COMMON_WORDS.has(lower);
}

const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}{2,}(?![\p{L}'’-])/gu;
const ENGLISH_SAMPLE = 400;

/** Are most of the record's lower-case words (the first few hundred) ordinary English words? */
export function mostlyEnglish(text: string): boolean {
  let seen = 0;
  let known = 0;
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(text); m && seen < ENGLISH_SAMPLE; m = LOWER_WORD.exec(text)) {
    seen++;
    if (COMMON_WORDS.has(m[0])) known++;
  }
  return seen < 20 || known / seen >= 0.5;
}

// "a text from Kaiden", "gave his phone to Roxie", "spoke to Tia": a preposition that takes a person here.
// What is done to a person, not a place: "spoke to", "chatting to", "was unkind to" (then "to Shania" is someone).
const PERSON_PREPOSITION_LEFT =
  /\b(?:(?:texts?|messages?|calls?|letters?|emails?|notes?|visits?|gifts?|presents?|cards?|help|support|threats?|abuse|pressure|pictures?|photos?|videos?)\s+from|(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|said|say|says|told|tell|wrote|write|writes|sent|send|sends|gave|give|gives|giving|listen(?:s|ed|ing)?|close|next|married|engaged|lied|lie|shout(?:s|ed|ing)?|swore|sworn|introduced|belongs|belonged|passed|handed|reported\s+it|chat(?:s|ted|ting)?|messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|whisper(?:s|ed|ing)?|wav(?:e|es|ed|ing)|apologi[sz](?:e|es|ed|ing)|show(?:s|ed|ing)?|lent|lend(?:s|ing)?|mean|nasty|rude|unkind|kind|nice|horrible|explain(?:s|ed|ing)?)\s+to)\s+$/i;

// After a form label's word in another language: up to three lower-case words, a slash and the English label with its colon.
const BILINGUAL_LABEL_RIGHT =
  /^(?:[ \t]+\p{Ll}+){0,3}[ \t]*\/[ \t]*(?:DOB|D\.O\.B\.|Date|Name|Address|Child|Young\s+person|School|Age|Gender|Sex|Ethnicity|Religion|Language|Phone|Telephone|Postcode|Parents?|Mother|Father|Carers?|Author|Worker|Social\s+worker|Reference|Ref)\b[^\n:/]{0,20}:/u;
/** Whether the phrase's word is written anywhere else in the text. */
function usedAgain(text: string, p: Phrase): boolean {
  const w = p.parts[0];
  return text.indexOf(w) !== p.start || text.indexOf(w, p.end) >= 0;
}

const FIELD_COLON = /^[ \t]*(?:No\.?[ \t]*)?:[ \t]*/;

/** Whether a colon at `end` opens an identifier (a phone number, an e-mail, a postcode) on the same line. */
function labelOfIdentifier(text: string, end: number, ids: readonly Span[]): boolean {
  const colon = FIELD_COLON.exec(text.slice(end, end + 12));
  if (!colon) return false;
  const at = end + colon[0].length;
  const id = ids[firstAtOrAfter(ids, at)];
  return !!id && id.start === at;
}

// A second place joined to the first where the list ends: "in Bala and Corwen.", not "lives in Leeds and Kacper
// stays with us" (two clauses).
const JOINED_PLACE_LEFT = /(\p{Lu}[\p{Ll}'’-]+),?\s+(?:and|or)\s+$/u;
const LIST_END_RIGHT = /^[\p{L}'’-]*\s*(?:[.,;:)!?\n]|$)/u;

function isAfterPlacePreposition(text: string, start: number): boolean {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 15), start));
  if (m && PLACE_PREPOSITIONS.has(m[1].toLowerCase())) return !PERSON_PREPOSITION_LEFT.test(text.slice(Math.max(0, start - 40), start));
  // A word that is no given name, joined to one that is none either after "in", "outside" …, is a place too
  // (not "born to Sorcha and Declan").
  const word = /^[\p{L}'’-]+/u.exec(text.slice(start, start + 30))?.[0] ?? "";
  if (FIRST_NAMES.has(keyOf(word)) || !LIST_END_RIGHT.test(text.slice(start, start + word.length + 3))) return false;
  const j = JOINED_PLACE_LEFT.exec(text.slice(Math.max(0, start - 40), start));
  const at = j ? start - j[0].length : 0;
  return !!j && !FIRST_NAMES.has(keyOf(j[1])) && placeWordLeft(text.slice(Math.max(0, at - 30), at));
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
