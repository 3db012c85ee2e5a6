// Who is speaking? A small, bounded attribution pass shared by the child's-voice and parents'-views
// checks: for each verb such as "said" or "wants", find the person doing it (the nearest name, role or
// pronoun before it in the same clause that is not an object) and resolve pronouns to the nearest
// earlier person of the same pronoun family. Work is proportional to the sentences holding a verb.
import type { RuleContext } from "../rule";
import { REF, VERBS, REFUSAL_OBJECTS, phraseRegex, phraseSource, type VerbKind, type VerbPhrase } from "./lexicon";
import { lowerOf } from "./evidence";
import { firstAtOrAfter } from "../text/span";
import { classBefore, stepPast } from "../text/bounded";
import { ADULT_ROLES, COMMON_WORDS as COMMON } from "../people/name-lexicon";

export type Who = "subject" | "parent" | "other" | "first";
type Fam = "he" | "she" | "they" | "first" | "any";

/** A word or clause mark; r caches the person ending at this token (undefined: not yet looked up). */
type Tok = { s: number; e: number; l: string; cap: boolean; poss: boolean; p: string; q: boolean; r: Ref | null | undefined };
type Ref = { who: Who | "pronoun"; fam: Fam; g: number; obj: boolean; end?: number };

export type VoiceHit = {
  /** The sentence holding the verb. */
  sentence: number;
  /** The verb phrase itself. */
  start: number;
  end: number;
  kinds: ReadonlySet<VerbKind>;
  who: Who;
  negated: boolean;
  /** A negated wish about talking to the worker ("did not want to talk"). */
  refusal: boolean;
  /** A plan or possibility ("will ask", "to tell"), not something that happened. */
  modal: boolean;
  /** Who reported it, when the clause is someone's report ("Helen said River was upset"). */
  reporter?: Who;
  /** The reporter's role is to carry the child's wishes to others (an advocate, an IRO, the children's guardian). */
  relayed?: boolean;
  /** For "I saw/observed X …": the person observed. */
  observed?: Who;
};

// Whole verb phrases ("is scared", not every "is"), so only sentences that hold one are tokenised.
const TRIGGER = phraseRegex([...VERBS.values()].flat().map((v) => v.words.join(" ")));
const MAX_BACK = 30;
// People who speak for someone else: a parent's position relayed by their lawyer is the parent's (issue 12, F8).
const REPRESENTATIVES = new Set([
  "solicitor",
  "solicitors",
  "counsel",
  "barrister",
  "barristers",
  "lawyer",
  "lawyers",
  "representative",
  "representatives",
  "advocate",
  "advocates",
]);
const POSSESSIVE_DETERMINERS: Record<string, Fam> = { his: "he", her: "she", their: "they" };
// The adult roles the people stage knows (rules/people/cues.json) that the voice lists do not ("health visitor",
// "play therapist", "key person", "psychologist"): a person a later "she" or "he" may mean, of either gender, so a
// professional's "She told me…" after "Call from the health visitor." is theirs, not the child's. One word or the
// last two of a phrase; not a phrase ending in a joining word ("recorded by", "statement of").
const KNOWN_ROLE = (w: string) => REF.parentRoles.has(w) || REF.otherRoles.has(w) || REF.subjectPronouns.has(w) || REF.objectPronouns.has(w);
const PEOPLE_ROLE_WORDS = new Set<string>();
const PEOPLE_ROLE_PAIRS = new Set<string>();
for (const role of ADULT_ROLES) {
  const words = role.split(/[\s-]+/);
  const last = words[words.length - 1];
  if (/^(?:by|of|to|for|support)$/.test(last) || /s$/.test(last)) continue;
  if (words.length === 1) {
    if (!KNOWN_ROLE(last)) PEOPLE_ROLE_WORDS.add(last);
  } else if (!KNOWN_ROLE(last)) PEOPLE_ROLE_PAIRS.add(`${words[words.length - 2]} ${last}`);
}

// Roles whose work is to carry a child's wishes to others: what they report of the child's wishes is the
// child's voice relayed (issue 12), unlike a carer's or a parent's account of them. "Guardian" is the
// children's guardian in a court record or when called so; elsewhere it may be a special guardian, a carer.
const CHILD_RELAYS = new Set(["advocate", "iro", "iros"]);

function isChildRelay(toks: readonly Tok[], i: number, kind: string): boolean {
  const l = toks[i]?.l ?? "";
  if (CHILD_RELAYS.has(l)) return true;
  if (l === "officer" && toks[i - 1]?.l === "reviewing") return true;
  return l === "guardian" && (kind === "court-report" || (toks[i - 1]?.l === "children" && toks[i - 1]?.poss));
}
const MAX_SENTENCES_BACK = 3;
// Child nouns that, after "a"/"an", describe the child the paragraph is about (with the gender they carry).
const DESCRIBED_CHILD: Record<string, Fam | undefined> = Object.assign(Object.create(null) as Record<string, Fam | undefined>, {
  girl: "she",
  boy: "he",
  baby: "any",
  child: "any",
  toddler: "any",
  infant: "any",
  teenager: "any",
});
const INDEFINITE = new Set(["a", "an"]);
const MAX_DESCRIBING_WORDS = 4;
// Participles that, followed by "to be" or "to have", report something of their subject rather than say it.
const RAISING_PARTICIPLES = new Set(["said", "reported", "thought", "believed", "understood", "alleged", "known", "rumoured", "presumed", "suspected", "considered"]);
// Words that open a subordinate clause of time, condition or reason (not "that", "who", "which": those are read apart).
const SUBORDINATORS = new Set(["when", "whenever", "while", "whilst", "if", "although", "though", "because", "after", "before", "until", "since", "once", "unless", "as"]);
// Verbs of an advocate's appearance: "who appears for the mother", "appearing on behalf of the father".
const APPEARS = new Set(["appears", "appeared", "appearing", "acts", "acted", "acting", "speaks", "spoke", "speaking"]);
/** How many of the people before a pronoun can be its antecedent (the nearest ones). */
const MAX_ANTECEDENTS = 12;
const PASSIVE_PARTICIPLES = new Set(["told", "seen", "shown", "said", "drawn", "written", "given", "taken", "brought", "put", "felt", "thought", "kept", "heard", "spoken", "met"]);
// Every form of a verb of reporting, plural present included ("Carers report that Mia is tearful").
const REPORT_VERBS = new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "tell",
  "reported",
  "reports",
  "report",
  "thinks",
  "think",
  "thought",
  "feels",
  "feel",
  "felt",
  "believes",
  "believe",
  "believed",
  "explained",
  "explains",
  "explain",
  "described",
  "describes",
  "describe",
  "stated",
  "states",
  "state",
  "noted",
  "notes",
  "note",
  "added",
  "adds",
  "confirmed",
  "confirms",
  "confirm",
  "agreed",
  "agrees",
  "agree",
  "worries",
  "worry",
  "worried",
  "suggested",
  "suggests",
  "suggest",
  "claims",
  "claim",
  "claimed",
  "alleged",
  "alleges",
  "allege",
  "recorded",
  "records",
  "observed",
  "observes",
  "observe",
  "noticed",
  "notices",
  "notice",
  "understands",
  "understand",
  "understood",
]);
// "Her father is clear that Mia would rather stay": a copula and a word of certainty or worry, then "that".
const REPORT_ADJECTIVES = new Set(["clear", "sure", "certain", "adamant", "convinced", "confident", "worried", "concerned", "aware", "insistent", "of the view"]);
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "seems", "seemed", "feels", "felt"]);
// "Mum said by text that…": "by" naming how someone spoke, not who did it.
const BY_MEANS = new Set(["text", "phone", "telephone", "email", "e-mail", "letter", "message", "video", "whatsapp", "the", "a"]);
const SAW_STOP = new Set([
  "alone",
  "today",
  "yesterday",
  "after",
  "again",
  "twice",
  "once",
  "briefly",
  "and",
  "weekly",
  "monthly",
  "every",
  "last",
  "this",
  "before",
  "during",
  "when",
  "while",
  "since",
  "for",
  "at",
  "on",
  "in",
  "with",
  "at",
  "outside",
  "inside",
  "there",
  "here",
  "then",
  "earlier",
  "later",
  "recently",
  "too",
]);

// Irregular past tenses that introduce direct speech; regular ones ("shouted", "muttered") end in -ed.
const QUOTE_VERBS = new Set(["wrote", "spoke", "sang", "swore", "began", "went", "goes", "cried", "sobbed", "yelled", "snapped"]);
const QUOTED_SPEECH = new Set<VerbKind>(["speech", "view"]);

const FAM: Record<string, Fam> = { he: "he", she: "she", they: "they", first: "first", m: "he", f: "she", any: "any" };
const famOf = (v: string | undefined): Fam => FAM[v ?? "any"] ?? "any";

/** Same family name, allowing gendered endings (Kowalska / Kowalski, Wiśniewska / Wiśniewski). */
export function sameSurname(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  // A double-barrelled family name carries each parent's: "Ms Okafor" is a parent of "Rhys Okafor-Lane".
  if (/[-‐–]/.test(b) && a.length >= 3 && b.split(/[-‐–]/).includes(a)) return true;
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= Math.max(a.length, b.length) - 2 && k >= 5;
}

type Registered = { who: Who; fam: Fam };

export class Voices {
  private readonly text: string;
  private readonly ctx: RuleContext;
  private readonly cache = new Map<number, Tok[]>();
  private readonly refCache = new Map<number, Ref[]>();
  private readonly registry = new Map<string, Registered>();
  /** Who each family name belongs to among the people introduced with a role ("her grandmother, Mrs Iris Price"). */
  private readonly surnameRoles = new Map<string, Array<Registered & { title: string }>>();
  /** People introduced by full name, untitled, with their role in brackets ("Daniel Clarke (father)"), by family name. */
  private readonly untitledBySurname = new Map<string, Registered[]>();
  private readonly subjectFam: Fam;
  private readonly subjectSurname: string | undefined;
  private computed: VoiceHit[] | undefined;
  /** Whether the record names any child, the subject or another (read once, when first asked). */
  private childNamed: boolean | undefined;

  constructor(ctx: RuleContext) {
    this.ctx = ctx;
    this.text = ctx.text;
    this.subjectFam = famOf(ctx.profile.pronouns?.subject);
    this.subjectSurname = ctx.profile.subjectSurname?.toLowerCase();
    this.lowerSubject = lowerCaseSubjectForms(ctx);
    this.buildRegistry();
    this.registerPartyLetters();
    this.registerNamedParents();
    // Shorthand notes and minutes write the child as an initial ("obs: K smiling", "K said…"): the child's
    // initials stand for them unless someone else in the record was introduced with the same ones.
    const words = ctx.profile.subjectName.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length) {
      for (const initials of [words[0][0], words.length > 1 ? words[0][0] + words[words.length - 1][0] : ""]) {
        if (initials && !this.registry.has(initials) && !REF.notNames.has(initials)) this.registry.set(initials, { who: "subject", fam: this.subjectFam });
      }
    }
  }

  /** The child's names as a record in shorthand writes them, in lower case, as the subject of a verb. */
  private readonly lowerSubject: ReadonlySet<string>;

  /** Set by reporterOf when the reporter it found relays the child's wishes by role. */
  private relayedBy = false;

  /** True when hits() stopped early because the caller had enough evidence. */
  capped = false;

  /**
   * Every voice verb in the text with the person doing it (computed once). `enough` may stop the scan
   * early (after the caller has all the evidence it will show), which bounds the cost on long texts.
   */
  hits(enough?: (hit: VoiceHit) => boolean): VoiceHit[] {
    if (this.computed) return this.computed;
    const out: VoiceHit[] = [];
    const { sentences } = this.ctx;
    const lower = lowerOf(this.ctx);
    TRIGGER.lastIndex = 0;
    let si = 0;
    for (let m = TRIGGER.exec(lower); m; m = TRIGGER.exec(lower)) {
      const at = m.index;
      while (si < sentences.length && sentences[si].end <= at) si++;
      if (si >= sentences.length) break;
      if (sentences[si].start > at) continue;
      const toks = this.tokens(si);
      const vi = tokenIndexAt(toks, at);
      if (vi < 0 || toks[vi].q) continue;
      const phrase = matchPhrase(toks, vi);
      if (!phrase) continue;
      const hit = this.attribute(si, toks, vi, phrase);
      if (hit) {
        out.push(hit);
        if (enough?.(hit)) {
          this.capped = true;
          break;
        }
      }
      // Continue after the phrase so "would like" is not seen again as "like".
      TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, toks[vi + phrase.words.length - 1].e);
    }
    if (!this.capped) this.quotedSpeech(out);
    this.computed = out;
    return out;
  }

  /**
   * Direct speech introduced by a verb the lists do not hold ("he shouted \"I've got nothing to say\"",
   * "Mum snapped: \"No\""): the quotation marks make any past-tense verb just before them a verb of saying.
   */
  private quotedSpeech(out: VoiceHit[]): void {
    const { sentences } = this.ctx;
    const seen = new Set(out.map((h) => h.start));
    for (const q of this.ctx.quotes) {
      const i = firstAtOrAfter(sentences, q.start);
      const si = i < sentences.length && sentences[i].start <= q.start ? i : i - 1;
      if (si < 0 || sentences[si].end <= q.start) continue;
      const toks = this.tokens(si);
      let vi = toks.findIndex((t) => t.s >= q.start) - 1;
      while (vi >= 0 && (toks[vi].p === "," || toks[vi].p === ":")) vi--;
      const v = toks[vi];
      if (!v || v.p || v.q || v.cap || v.poss || VERBS.has(v.l) || seen.has(v.s)) continue;
      if (!(v.l.endsWith("ed") || QUOTE_VERBS.has(v.l)) || v.l.length < 4) continue;
      const hit = this.attribute(si, toks, vi, { words: [v.l], kinds: QUOTED_SPEECH });
      if (hit) {
        out.push(hit);
        seen.add(hit.start);
      }
    }
    out.sort((a, b) => a.start - b.start);
  }

  private attribute(si: number, toks: Tok[], vi: number, phrase: VerbPhrase): VoiceHit | undefined {
    const last = vi + phrase.words.length - 1;
    const prev = toks[vi - 1];
    // "Mum was told", "Mrs Okonkwo to be offered": passive, so the person before did not do it.
    const verb = phrase.words[0];
    const participle = phrase.words.length === 1 && (verb.endsWith("ed") || PASSIVE_PARTICIPLES.has(verb));
    const next = toks[vi + 1];
    // A reduced passive: "Dad described as distant by the school" (the participle followed by "as" or "by").
    // A raised passive: "Mr Huws reported to have moved out", "Dad said to be working away" (others report it of him).
    const raised = phrase.words.length === 1 && RAISING_PARTICIPLES.has(verb) && next?.l === "to" && (toks[vi + 2]?.l === "be" || toks[vi + 2]?.l === "have");
    const passive =
      raised ||
      (participle && prev && REF.passive.has(prev.l)) ||
      (participle && next && !next.p && (next.l === "as" || (next.l === "by" && !BY_MEANS.has(toks[vi + 2]?.l ?? ""))));
    // "On behalf of the mother, Ms Wu submitted…": a fronted principal speaks through whoever follows.
    const f = /^\d/.test(toks[0]?.l ?? "") ? 1 : 0;
    const frontedBehalf = toks[f]?.l === "on" && toks[f + 1]?.l === "behalf" && toks[f + 2]?.l === "of";
    // "It is submitted on behalf of the father that…": a passive whose principal is named after it speaks for them;
    // so does one named before it ("On behalf of the mother it is submitted that…").
    const behalf = passive ? (this.principalAfter(si, toks, last + 1, 0) ?? (frontedBehalf && vi > f + 3 ? this.principalAfter(si, toks, f, 0) : undefined)) : undefined;
    if (passive && behalf === undefined) return undefined;
    let agent = behalf === undefined ? this.agentOf(toks, vi) : { who: behalf, fam: "any" as Fam, g: vi, obj: false };
    if (!agent) return undefined;
    if (behalf === undefined && frontedBehalf && agent.g > f + 3) {
      const fronted = this.principalAfter(si, toks, f, 0);
      if (fronted !== undefined) agent = { who: fronted, fam: "any", g: agent.g, obj: false };
    }
    // "She pushed my hand away when I mentioned bath time and smiled": a verb joined by "and" after a
    // subordinate clause shares the main clause's subject, not the subordinate clause's.
    if (toks[vi - 1]?.l === "and" && phrase.kinds.has("observed")) {
      let k = agent.g - 1;
      while (k >= 0 && !toks[k].p && !REF.clauseBreakers.has(toks[k].l)) k--;
      if (k > 0 && !toks[k].p && REF.clauseBreakers.has(toks[k].l) && agent.g === k + 1) {
        const main = this.agentOf(toks, k);
        if (main) agent = main;
      }
    }
    const who = this.resolve(si, toks, agent, 0);
    if (!who) return undefined;
    let negated = false;
    for (let k = vi - 1; k >= 0 && k >= vi - 3; k--) {
      const t = toks[k];
      if (t.p) break;
      if (REF.negations.has(t.l) || t.l.endsWith("n't") || t.l.endsWith("n’t")) negated = true;
    }
    // A base form listed only after a negation ("Mum did not arrive"): alone it is a plan ("Mum will come").
    if (phrase.afterNegation && !negated) return undefined;
    let refusal = false;
    for (let k = last + 1; k < toks.length && k <= last + 3; k++) if (REFUSAL_OBJECTS.has(toks[k].l)) refusal = true;
    let modal = false;
    // The doer is not a modal: a child called May ("May asked") or Will ("Will said").
    const doerEnd = agent.end ?? agent.g;
    for (let k = vi - 1; k >= 0 && k >= vi - 2 && (k > doerEnd || k < agent.g); k--) {
      const t = toks[k];
      if (t.p) break;
      if (REF.modals.has(t.l) || t.l.endsWith("'ll") || t.l.endsWith("’ll")) modal = true;
      if (!(t.l === "also" || t.l === "then" || t.l === "not" || t.l === "never" || t.l === "still" || t.l === "now")) break;
    }
    // "what Leyla says", "whether Mum agrees": a question or a plan, not a record of what happened.
    const before = toks[agent.g - 1];
    if (before && REF.hypothetical.has(before.l)) modal = true;
    const hit: VoiceHit = {
      sentence: si,
      start: toks[vi].s,
      end: toks[last].e,
      kinds: phrase.kinds,
      who,
      negated,
      refusal,
      modal,
    };
    this.relayedBy = false;
    const reporter = this.reporterOf(si, toks, agent.g);
    if (reporter) hit.reporter = reporter;
    // "Ms Grey told the meeting that her client accepts…": the lawyer reports for the client, who holds the view.
    const client = toks[agent.g + 1]?.l;
    if (reporter && who === "parent" && (client === "client" || client === "clients")) hit.reporter = "parent";
    if (reporter && this.relayedBy) hit.relayed = true;
    if (phrase.kinds.has("observer") && who === "first") {
      const seen = this.observedAfter(si, toks, last, phrase.words[0] === "saw" || phrase.words[0] === "seen");
      if (seen) hit.observed = seen;
    }
    return hit;
  }

  /**
   * "Helen said River was upset", "Mrs Keane said Seun can be manipulative when he wants something":
   * the person whose report this clause is (the agent of the nearest report verb before it).
   */
  private reporterOf(si: number, toks: Tok[], g: number, depth = 0): Who | undefined {
    for (let j = g - 1; j >= 0; j--) {
      const t = toks[j];
      if (t.q) continue;
      if (t.p === ";" || t.p === ":" || t.p === "(" || t.p === ")") return undefined;
      const copulaReport = REPORT_ADJECTIVES.has(t.l) && j > 0 && COPULAS.has(toks[j - 1].l) && toks[j + 1]?.l === "that";
      if (!REPORT_VERBS.has(t.l) && !copulaReport) continue;
      const r = this.agentOf(toks, copulaReport ? j - 1 : j);
      const who = r ? this.resolve(si, toks, r, 0) : undefined;
      // An advocate, reviewing officer or children's guardian whose role is to carry the child's wishes.
      if (r && who === "other") this.relayedBy = isChildRelay(toks, r.end ?? r.g, this.ctx.kind);
      // "Mum told me Amir said he wants…": the child's report inside an adult's is the adult's (second-hand).
      if (who === "subject" && r && depth < 3) {
        const outer = this.reporterOf(si, toks, r.g, depth + 1);
        if (outer && outer !== "subject" && outer !== "first") return outer;
      }
      return who;
    }
    return undefined;
  }

  private observedAfter(si: number, toks: Tok[], last: number, needsAction: boolean): Who | undefined {
    for (let k = last + 1; k < toks.length && k <= last + 4; k++) {
      const t = toks[k];
      if (t.q) return undefined;
      if (t.p) continue;
      const r = this.refEndingAt(toks, k, true);
      if (!r) {
        if (REF.determiners.has(t.l) || t.l === "how" || t.l === "that") continue;
        return undefined;
      }
      // The ref may span several tokens (a full name); find its end.
      let end = k;
      while (end + 1 < toks.length && this.refEndingAt(toks, end + 1, true)?.g === k) end++;
      const who = r.who === "pronoun" ? this.resolve(si, toks, { ...r, g: k }, 0) : r.who;
      if (!who) return undefined;
      if (needsAction) {
        const next = toks[end + 1];
        if (!next || next.p || next.q || next.cap || SAW_STOP.has(next.l) || REF.objectMarkers.has(next.l)) return undefined;
      }
      return who;
    }
    return undefined;
  }

  /** The nearest person before the verb, in the verb's own clause, who is not an object. */
  private agentOf(toks: Tok[], vi: number): Ref | undefined {
    let crossedComma = false;
    for (let i = vi - 1; i >= 0 && vi - i <= MAX_BACK; i--) {
      const t = toks[i];
      if (t.q) continue;
      if (t.p) {
        if (t.p === ",") {
          crossedComma = true;
          continue;
        }
        if (t.p === ")") {
          let k = i - 1;
          while (k >= 0 && toks[k].p !== "(") k--;
          if (k < 0) return undefined;
          i = k;
          continue;
        }
        return undefined;
      }
      if (REF.clauseBreakers.has(t.l)) return t.l === "who" ? this.relativeAntecedent(toks, i) : undefined;
      const r = this.refEndingAt(toks, i, false);
      if (!r) continue;
      if (r.obj || (t.poss && r.who !== "pronoun") || (!this.nominative(toks, r) && (this.isObject(toks, r.g, 0) || this.objectInApposition(toks, r.g)))) {
        i = r.g;
        continue;
      }
      // "She lights up when her aunt visits, runs to the window…": past a comma, a person who opens a
      // subordinate clause does that clause's verb; the verb after the comma goes on with the main clause.
      if (crossedComma) {
        let j = r.g - 1;
        while (j >= 0 && !toks[j].p && (REF.determiners.has(toks[j].l) || toks[j].poss)) j--;
        if (j >= 0 && !toks[j].p && SUBORDINATORS.has(toks[j].l)) {
          i = j;
          continue;
        }
      }
      return r;
    }
    return undefined;
  }

  /**
   * "I rang her mother, Ms Amy Pearson, who said…", "the carer who told me…": the relative pronoun's
   * antecedent, the person just before it (past one comma), does what the relative clause says.
   */
  private relativeAntecedent(toks: Tok[], i: number): Ref | undefined {
    const k = toks[i - 1]?.p === "," ? i - 2 : i - 1;
    const t = toks[k];
    if (!t || t.p || t.q) return undefined;
    const r = this.refEndingAt(toks, k, false);
    if (!r || r.who === "first") return undefined;
    // An object pronoun ("I told her, who…") names no one new; its own antecedent is resolved later as a pronoun.
    return { ...r, obj: false };
  }

  /** "he", "she", "they", "I", "we" are never objects ("when I asked about school he said…"); "you" can be. */
  private nominative(toks: Tok[], r: Ref): boolean {
    const l = toks[r.g].l;
    return !r.obj && l !== "you" && REF.subjectPronouns.has(l);
  }

  /**
   * A name in apposition to a role that is an object ("moved to live with their father, Mr Ian Lockwood, and attends
   * college", "lives with their father Mr Ricardo Ferreira"): the name is the object too, so a verb joined after it
   * by "and" is not the named person's.
   */
  private objectInApposition(toks: Tok[], g: number): boolean {
    const comma = toks[g - 1]?.p === ",";
    // Set off by commas, the apposition closes after the name ("their father, Mr Lockwood, in…"); a name after one comma
    // alone opens the main clause ("When asked by the reviewer, Toby said…").
    let e = g;
    while (e + 1 < toks.length && !toks[e + 1].p && toks[e + 1].cap) e++;
    if (comma && toks[e + 1]?.p !== ",") return false;
    // Without commas, a full or titled name ("their father Mr Ricardo Ferreira", "his father Gavin Fenwick"); a single
    // name after a role is the subject of a clause of its own ("a teacher Milo chose", "at the panel Jaylen said").
    if (!comma && e === g && !REF.titles.has(toks[g].l)) return false;
    const k = comma ? g - 2 : g - 1;
    const role = toks[k];
    if (!role || role.p || role.q || role.poss || !(REF.parentRoles.has(role.l) || REF.otherRoles.has(role.l))) return false;
    const r = this.refEndingAt(toks, k, false);
    return r !== undefined && r.g <= k && this.isObject(toks, r.g, 0);
  }

  private isObject(toks: Tok[], g: number, depth: number): boolean {
    let j = g - 1;
    while (j >= 0 && !toks[j].p && (REF.determiners.has(toks[j].l) || toks[j].poss)) {
      // "…told the meeting that her client…": "that" before another determiner opens a clause; it is not one.
      if (toks[j].l === "that" && j < g && REF.determiners.has(toks[j + 1].l)) break;
      j--;
    }
    if (j < 0) return false;
    const t = toks[j];
    if (t.p || t.q) return false;
    if (REF.objectMarkers.has(t.l)) return true;
    if ((t.l === "and" || t.l === "or") && depth < 3) {
      const r = this.refEndingAt(toks, j - 1, false);
      return r ? this.isObject(toks, r.g, depth + 1) : false;
    }
    return false;
  }

  /** The person (name, role or pronoun) whose last token is toks[i], or undefined. */
  private refEndingAt(toks: Tok[], i: number, forward: boolean): Ref | undefined {
    const t = toks[i];
    if (!t || t.p || t.q) return undefined;
    if (forward) return this.findRef(toks, i, true);
    if (t.r === undefined) t.r = this.findRef(toks, i, false) ?? null;
    return t.r ?? undefined;
  }

  private findRef(toks: Tok[], i: number, forward: boolean): Ref | undefined {
    const t = toks[i];
    const l = t.l;
    // A child a review or judgment calls by a label ("Child R said…", "Baby Q's mother"): the label's two words are the
    // subject's name when the case gives it so, though "child" alone is a role and "R" alone no name.
    if (!forward && this.labelSubjectAt(toks, i)) return { who: "subject", fam: this.subjectFam, g: i - 1, obj: false };
    const sp = REF.subjectPronouns.get(l);
    if (sp !== undefined) return { who: sp === "first" ? "first" : "pronoun", fam: famOf(sp), g: i, obj: false };
    const op = REF.objectPronouns.get(l);
    if (op !== undefined) {
      // "her" before a noun is a possessive determiner, not a person.
      if (l === "her" && forward) return { who: "pronoun", fam: "she", g: i, obj: true };
      return { who: op === "first" ? "first" : "pronoun", fam: famOf(op), g: i, obj: true };
    }
    const described = this.describedChild(toks, i);
    if (described) return described;
    const pr = REF.parentRoles.get(l);
    if (pr !== undefined) {
      const prev = toks[i - 1];
      if (prev && !prev.p && REF.notParentBefore.has(prev.l)) return { who: "other", fam: famOf(pr), g: i - 1, obj: false };
      if (prev && !prev.p && prev.poss) {
        const owner = this.ctx.profile.subjectForms.has(prev.l) || this.labelSubjectAt(toks, i - 1) ? "parent" : "other";
        return { who: owner, fam: famOf(pr), g: i - 1, obj: false };
      }
      return { who: "parent", fam: famOf(pr), g: i, obj: false };
    }
    // "her client", "their clients": the party a lawyer speaks for, in these records a parent (the child is
    // represented through the children's guardian).
    if ((l === "client" || l === "clients") && i > 0 && POSSESSIVE_DETERMINERS[toks[i - 1].l] !== undefined) {
      return { who: "parent", fam: "any", g: i - 1, obj: false };
    }
    // "The child said to me…", "the young person told the officer…": in a record that names no child at all, not even
    // the subject, the child noun with "the" is the child the record is about (an anonymised extract's or a judgment's
    // way). Where any child is named, "the baby" or "the child" may be a brother or sister.
    const young = l === "person" && toks[i - 1]?.l === "young" ? 1 : 0;
    if ((l === "child" || l === "baby" || young) && !t.poss && toks[i - 1 - young]?.l === "the" && !toks[i - 1 - young].p) {
      this.childNamed ??= this.ctx.people.all.some((m) => m.role === "child" || m.role === "subject");
      if (!this.childNamed) return { who: "subject", fam: this.subjectFam, g: i - 1 - young, obj: false };
    }
    const or = REF.otherRoles.get(l);
    if (or !== undefined) {
      return { who: "other", fam: famOf(or), g: i, obj: false };
    }
    const prev = toks[i - 1];
    if (prev && !prev.p && !prev.q && PEOPLE_ROLE_PAIRS.has(`${prev.l} ${l}`)) return { who: "other", fam: "any", g: i - 1, obj: false };
    // A capitalised single word inside a sentence may be a family name ("Mr Driver", "Ellie Coach").
    if (PEOPLE_ROLE_WORDS.has(l) && (!t.cap || i === 0)) return { who: "other", fam: "any", g: i, obj: false };
    // Running notes in lower case ("kerem said…", "autumn clung to…"): the child's name as the record writes it.
    if (!t.cap && this.lowerSubject.has(l) && !t.poss) return { who: "subject", fam: this.subjectFam, g: i, obj: false };
    if (!t.cap || (REF.notNames.has(l) && !this.childNamedLikeAWord(toks, i))) return undefined;
    // "Afterwards she told…": a capitalised ordinary word opening the sentence is not a name, unless the
    // case or the people stage knows it as one.
    if (i === 0 && !forward && COMMON.has(l) && !this.ctx.profile.subjectForms.has(l) && !this.registry.has(l) && !this.knownPersonAt(t.s)) return undefined;
    let g = i;
    while (g - 1 >= 0) {
      const u = toks[g - 1];
      if (u.p || u.q || !u.cap || u.poss || REF.notNames.has(u.l) || REF.subjectPronouns.has(u.l) || REF.parentRoles.has(u.l) || REF.otherRoles.has(u.l)) break;
      // "Saw Poppy at nursery", "Met Kai at school": a running note drops the writer, so a capitalised ordinary
      // word opening the sentence before a name the case knows is the verb, not the first of the name.
      const known = (w: string) => this.ctx.profile.subjectForms.has(w) || this.registry.has(w);
      if (g - 1 === 0 && COMMON.has(u.l) && !REF.titles.has(u.l) && !known(u.l) && known(toks[g].l)) break;
      g--;
      if (REF.titles.has(u.l)) break;
    }
    // A title followed by a role ("Nan") is handled above; here classify the name itself.
    const titled = REF.titles.has(toks[g].l);
    if (titled && g === i) return { who: "other", fam: famOf(REF.titles.get(toks[g].l)), g, obj: false };
    const names: string[] = [];
    for (let k = titled ? g + 1 : g; k <= i; k++) names.push(toks[k].l);
    // The child's family name alone, untitled ("Okwuosa attended on time with his mother, Ms Okwuosa"): youth
    // justice and police records call the young person so; a parent of that name is titled.
    if (!titled && names.length === 1 && names[0] === this.subjectSurname && !REF.titles.has(toks[g - 1]?.l ?? "")) {
      return { who: "subject", fam: this.subjectFam, g, obj: false };
    }
    let named = this.classifyName(names, titled ? toks[g].l : undefined);
    // "Leanne Whitlock told the officers…" in a record about May Whitlock: a grown-up of the child's family name,
    // named in full without a title, whom the people stage takes for an adult, is a parent.
    if (
      !titled &&
      named.who === "other" &&
      names.length >= 2 &&
      sameSurname(names[names.length - 1], this.subjectSurname) &&
      this.adultAt(toks[g].s) &&
      !this.introducedInAnotherRole(names.join(" "), toks, g, i)
    ) {
      named = { who: "parent", fam: named.fam };
    }
    // …and so is the same grown-up later called by the first name alone ("Adult referred: Magdalena Wróbel" …
    // "Magdalena says she will not go back").
    if (!titled && named.who === "other" && names.length === 1 && this.familyAdultAt(toks[g].s)) named = { who: "parent", fam: named.fam };
    // A name the record gives no gender to takes the gender the people stage knows for it (from the name, a
    // title or a kin word): "Kacey is good at winding him, he smiles" cannot make Kacey the "he".
    if (named.fam === "any" && named.who !== "subject") {
      const known = this.genderAt(toks[titled ? g + 1 : g]?.s ?? toks[g].s);
      if (known) return { who: named.who, fam: known, g, obj: false };
    }
    return { ...named, g, obj: false };
  }

  /**
   * "The guardian describes a settled, talkative little girl who told her…", "staff see a quiet boy who…": a child
   * noun with an indefinite article describes someone rather than naming a new person. In a paragraph that has
   * named the subject child and no other child, and of the child's gender, it describes the subject.
   */
  private describedChild(toks: Tok[], i: number): Ref | undefined {
    const fam = DESCRIBED_CHILD[toks[i].l];
    if (fam === undefined || toks[i].poss) return undefined;
    if (fam !== "any" && this.subjectFam !== "any" && fam !== this.subjectFam) return undefined;
    // Back over up to four describing words and commas to the article ("a settled, talkative little girl").
    let j = i - 1;
    let words = 0;
    while (j >= 0 && words <= MAX_DESCRIBING_WORDS && !toks[j].q && (toks[j].p === "," || (!toks[j].p && !toks[j].cap && !INDEFINITE.has(toks[j].l)))) {
      if (!toks[j].p) words++;
      j--;
    }
    if (j < 0 || toks[j].p || !INDEFINITE.has(toks[j].l)) return undefined;
    const at = toks[i].s;
    const paragraph = this.ctx.paragraphAt(at);
    const all = this.ctx.people.all;
    let subject = false;
    for (let k = firstAtOrAfter(all, paragraph.start); k < all.length && all[k].start < at; k++) {
      if (all[k].role === "subject") subject = true;
      else if (all[k].role === "child") return undefined;
    }
    return subject ? { who: "subject", fam: this.subjectFam, g: j, obj: false } : undefined;
  }

  /** The gender the people stage gives the person mention holding this offset, as a pronoun family. */
  private genderAt(at: number): Fam | undefined {
    const all = this.ctx.people.all;
    const i = firstAtOrAfter(all, at);
    const m = i < all.length && all[i].start === at ? all[i] : i > 0 && all[i - 1].start <= at && at < all[i - 1].end ? all[i - 1] : undefined;
    return m?.gender === "f" ? "she" : m?.gender === "m" ? "he" : undefined;
  }

  private classifyName(names: string[], title: string | undefined): { who: Who; fam: Fam } {
    const full = names.join(" ");
    const reg = this.registry.get(full);
    const forms = this.ctx.profile.subjectForms;
    if (!title) {
      if (reg) return reg;
      if (forms.has(full) || forms.has(names[0])) return { who: "subject", fam: this.subjectFam };
      const first = this.registry.get(names[0]);
      if (first && names.length === 1) return first;
      return { who: "other", fam: "any" };
    }
    const fam = famOf(REF.titles.get(title));
    if (reg) return { who: reg.who, fam };
    const surname = names[names.length - 1];
    // "Mrs Price" when the record introduced "her grandmother, Mrs Iris Price": the relative, though she shares
    // the child's family name.
    // Only a bare "Mrs Price" is taken for her; "Ms Abigail Price" is someone else of the family.
    // The same title too: "her aunt, Ms Noor Khan" does not make "Mrs Khan" the aunt.
    const owners = names.length > 1 ? [] : (this.surnameRoles.get(surname) ?? []).filter((o) => o.title === title.replace(/\.$/, ""));
    if (owners.length > 0 && owners.every((o) => o.who === owners[0].who)) return { who: owners[0].who, fam };
    if (sameSurname(surname, this.subjectSurname)) return { who: "parent", fam };
    const bySurname = this.registry.get(surname);
    if (bySurname) return { who: bySurname.who, fam };
    // "Mr Clarke" after "Daniel Clarke (father)": the titled family name of one person introduced with a role,
    // when the title fits them and nobody else introduced has that family name.
    const introduced = names.length > 1 ? [] : (this.untitledBySurname.get(surname) ?? []);
    if (introduced.length === 1 && (introduced[0].fam === fam || introduced[0].fam === "any" || fam === "any")) return { who: introduced[0].who, fam };
    return { who: "other", fam };
  }

  /** True when toks[i] ends a two-word label the case gives as the subject's name ("Child R", "Baby Q"). */
  private labelSubjectAt(toks: Tok[], i: number): boolean {
    const u = toks[i - 1];
    const t = toks[i];
    if (!u || u.p || u.q || u.poss || !u.cap || !t.cap || t.q || t.p) return false;
    return this.ctx.profile.subjectForms.has(`${u.l} ${t.l}`);
  }

  /**
   * A child whose name is also a month or a little word ("May", "June", "August"): written with a capital and
   * not in a date ("in May", "3 May", "May 2026") nor asking leave ("May I…"), the word is the child.
   */
  private childNamedLikeAWord(toks: Tok[], i: number): boolean {
    if (!this.ctx.profile.subjectForms.has(toks[i].l)) return false;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev && !prev.p && (DATE_BEFORE.has(prev.l) || /^\d/.test(prev.l))) return false;
    if (next && (/^\d/.test(next.l) || REF.subjectPronouns.has(next.l))) return false;
    return true;
  }

  /** Names met beside a role other than a parent's; later mentions keep it ("his cousin Ross Marsh" … "Ross Marsh said"). */
  private readonly notParents = new Set<string>();

  private introducedInAnotherRole(name: string, toks: Tok[], g: number, i: number): boolean {
    if (this.notParents.has(name)) return true;
    if (!this.otherRoleAround(toks, g, i)) return false;
    this.notParents.add(name);
    return true;
  }

  /** A role other than a parent's next to the name: "his cousin Wahid Noorzai", "Wahid Noorzai (uncle, 30)". */
  private otherRoleAround(toks: Tok[], g: number, i: number): boolean {
    for (let k = g - 1; k >= 0 && k >= g - 2; k--) if (REF.otherRoles.has(toks[k].l)) return true;
    const after = this.ctx.text.slice(toks[i].e, toks[i].e + 40);
    const bracket = /^\s*[(,–-]\s*([^()\n]{0,36})/.exec(after)?.[1]?.toLowerCase() ?? "";
    return (bracket.match(/\p{L}+/gu) ?? []).some((w) => REF.otherRoles.has(w));
  }

  /** Does the people stage take the person named at this offset for an adult? */
  private adultAt(at: number): boolean {
    const all = this.ctx.people.all;
    const i = firstAtOrAfter(all, at);
    return i < all.length && all[i].start === at && all[i].role === "adult";
  }

  private familyAdults: Set<string> | undefined;

  /**
   * Is the person named at this offset a grown-up whom the record names in full with the child's family name, and
   * never beside a role other than a parent's ("her aunt, Ewa Wróbel", "Ewa Wróbel (aunt)")? Computed once.
   */
  private familyAdultAt(at: number): boolean {
    const all = this.ctx.people.all;
    const i = firstAtOrAfter(all, at);
    if (i >= all.length || all[i].start !== at || all[i].role !== "adult") return false;
    if (!this.familyAdults) {
      const found = new Set<string>();
      const excluded = new Set<string>();
      const text = this.text;
      for (const m of all) {
        if (m.role !== "adult" || excluded.has(m.entity)) continue;
        const words = text.slice(m.start, m.end).toLowerCase().split(/\s+/);
        if (words.length < 2 || !sameSurname(words[words.length - 1].replace(/['’]s$/, ""), this.subjectSurname)) continue;
        const before =
          text
            .slice(Math.max(0, m.start - 30), m.start)
            .toLowerCase()
            .match(/\p{L}+/gu) ?? [];
        const bracket = /^\s*[(,–-]\s*([^()\n]{0,36})/.exec(text.slice(m.end, m.end + 40))?.[1]?.toLowerCase() ?? "";
        const roles = [...before.slice(-2), ...(bracket.match(/\p{L}+/gu) ?? [])];
        if (roles.some((w) => REF.otherRoles.has(w))) {
          excluded.add(m.entity);
          found.delete(m.entity);
        } else found.add(m.entity);
      }
      this.familyAdults = found;
    }
    return this.familyAdults.has(all[i].entity);
  }

  /** Does the people stage have a person mention starting at this offset? */
  private knownPersonAt(at: number): boolean {
    const all = this.ctx.people.all;
    const i = firstAtOrAfter(all, at);
    return i < all.length && all[i].start === at;
  }

  /**
   * A representative speaks for their principal: "her solicitor", "the mother's counsel", "counsel for the
   * father", "the advocate acting for Kit". The principal's side, or undefined when none is named (or it is
   * not a person, as in "counsel for the local authority").
   */
  private principalOf(si: number, toks: Tok[], i: number, depth: number): Who | undefined {
    const prev = toks[i - 1];
    if (prev && !prev.p && !prev.q) {
      const fam = POSSESSIVE_DETERMINERS[prev.l];
      // An unresolved "her solicitor" in a child's record is a party's lawyer, most often a parent's.
      if (fam) {
        const owner = this.resolve(si, toks, { who: "pronoun", fam, g: i - 1, obj: true }, depth + 1);
        if (owner !== undefined) return owner;
        // Nobody it could be nearby: "his advocate" in a boy's record is the child's own advocate.
        return fam === this.subjectFam ? "subject" : "parent";
      }
      if (prev.poss) {
        const r = this.refEndingAt(toks, i - 1, false);
        if (r) return r.who === "pronoun" ? this.resolve(si, toks, r, depth + 1) : r.who;
      }
    }
    return this.principalAfter(si, toks, i + 1, depth);
  }

  /** After a name: ", who appears for the mother", ", appearing for the father", ", for the mother," (an advocate's party). */
  private appearsFor(si: number, toks: Tok[], k: number, depth: number): Who | undefined {
    // Past the rest of the name ("Ms Grant" from its title).
    while (k < toks.length && !toks[k].p && toks[k].cap && k - 1 >= 0 && !toks[k - 1].p) k++;
    if (toks[k]?.p !== ",") return undefined;
    k++;
    if (toks[k]?.l === "who") k++;
    if (APPEARS.has(toks[k]?.l ?? "")) k++;
    else if (toks[k - 1]?.l === "who") return undefined;
    return toks[k]?.l === "for" || toks[k]?.l === "on" ? this.principalAfter(si, toks, k, depth + 1) : undefined;
  }

  /** The person after "for", "of", "acting for" or "on behalf of" at toks[k], or undefined. */
  private principalAfter(si: number, toks: Tok[], k: number, depth: number): Who | undefined {
    const t = toks[k];
    if (!t || t.p) return undefined;
    if (t.l === "on" && toks[k + 1]?.l === "behalf" && toks[k + 2]?.l === "of") k += 3;
    else if (t.l === "acting" && toks[k + 1]?.l === "for") k += 2;
    else if (t.l === "for" || t.l === "of") k += 1;
    else return undefined;
    if (toks[k] && (toks[k].l === "the" || toks[k].l === "a")) k++;
    let best: Ref | undefined;
    for (let j = k; j < toks.length && j <= k + 3 && !toks[j].p; j++) {
      const r = this.refEndingAt(toks, j, false);
      if (r && r.g <= k + 1) best = r;
    }
    if (!best) return undefined;
    if (best.who === "pronoun") return this.resolve(si, toks, best, depth + 1);
    return best.who;
  }

  /** Resolves a person to subject / parent / other / first; pronouns to their nearest compatible antecedent. */
  private resolve(si: number, toks: Tok[], r: Ref, depth: number): Who | undefined {
    // A representative ("her solicitor", "counsel for the father") stands for their principal.
    const at = r.end ?? r.g;
    if (r.who === "other" && depth <= 4 && REPRESENTATIVES.has(toks[at]?.l ?? "")) {
      const principal = this.principalOf(si, toks, at, depth);
      if (principal !== undefined) return principal;
    }
    // "Ms Grant, who appears for the mother, argued…", "Mr Lee, appearing for the father, …": an advocate
    // named without a role word speaks for the party the apposition names.
    if (r.who === "other" && depth <= 4) {
      const principal = this.appearsFor(si, toks, at + 1, depth);
      if (principal !== undefined) return principal;
    }
    if (r.who !== "pronoun") return r.who;
    if (depth > 4) return undefined;
    const fam = r.fam;
    // (a) earlier in the same sentence: the first compatible person doing something ("She expressed
    // the hope that Mum would…, and she asked"), else the nearest compatible one ("When I asked Seun, he said").
    const pick = this.pickAntecedent(si, toks, r.g, fam);
    if (pick) return pick.who === "pronoun" ? this.resolve(si, toks, pick, depth + 1) : pick.who;
    // (b) the previous sentences: the first compatible person doing something, else the nearest compatible one.
    for (let k = 1; k <= MAX_SENTENCES_BACK && si - k >= 0; k++) {
      const pt = this.tokens(si - k);
      const pick = this.pickAntecedent(si - k, pt, pt.length, fam);
      if (pick) return pick.who === "pronoun" ? this.resolve(si - k, pt, pick, depth + 1) : pick.who;
    }
    // Nobody it could refer to nearby: in the child's own record, a "he" or "she" of the child's gender is the child.
    if (depth === 0 && (fam === "he" || fam === "she") && fam === this.subjectFam) return "subject";
    return undefined;
  }

  /** Every person mentioned in a sentence, in order (cached). */
  private refsOf(si: number, toks: Tok[]): Ref[] {
    let refs = this.refCache.get(si);
    if (refs) return refs;
    refs = [];
    for (let i = toks.length - 1; i >= 0; i--) {
      const c = this.refEndingAt(toks, i, false);
      if (!c) continue;
      // Its last token: "Idris's mother" ends in "mother", so it can be an antecedent though it starts with a possessive.
      c.end = i;
      if (!c.obj && !toks[c.g].poss && !this.nominative(toks, c) && this.isObject(toks, c.g, 0)) c.obj = true;
      refs.push(c);
      i = c.g;
    }
    refs.reverse();
    this.refCache.set(si, refs);
    return refs;
  }

  /** Among the people before token `end`: the first compatible agent, else the nearest compatible person. */
  private pickAntecedent(si: number, toks: Tok[], end: number, fam: Fam): Ref | undefined {
    const refs = this.refsOf(si, toks);
    // The people before token `end` (binary search: refs are in text order).
    let n = 0;
    for (let hi = refs.length; n < hi;) {
      const mid = (n + hi) >> 1;
      if (refs[mid].g < end) n = mid + 1;
      else hi = mid;
    }
    // Only the nearest people can be meant: a bounded look back keeps a huge run-on sentence linear.
    const from = Math.max(0, n - MAX_ANTECEDENTS);
    // A person whose gender matches the pronoun beats one of unknown gender ("the teacher"); then either.
    for (const strict of [true, false]) {
      for (let k = from; k < n; k++) {
        const c = refs[k];
        if (this.compatible(c, fam, strict) && !c.obj && !toks[c.end ?? c.g].poss) return c;
      }
      for (let k = n - 1; k >= from; k--) {
        const c = refs[k];
        if (!this.compatible(c, fam, strict) || toks[c.end ?? c.g].poss) continue;
        // "…keep her safe when I speak to Mum, and I would tell her…": a pronoun continues the chain of the same
        // pronoun before a named object, not the object named between them.
        if (c.who !== "pronoun" && c.obj) {
          for (let j = from; j < k; j++) if (refs[j].who === "pronoun" && refs[j].fam === fam && !toks[refs[j].end ?? refs[j].g].poss) return refs[j];
        }
        return c;
      }
      // "Kit's views, as the IRO put them, are that he wants…": a gender-matching possessor beats a role of unknown gender.
      if (strict) for (let k = n - 1; k >= from; k--) if (refs[k].who !== "pronoun" && this.compatible(refs[k], fam, true)) return refs[k];
    }
    return undefined;
  }

  private compatible(c: Ref, fam: Fam, strict = false): boolean {
    if (c.who === "pronoun") return c.fam === fam;
    if (c.who === "first" || fam === "first") return c.who === "first" && fam === "first";
    if (c.who === "subject") return this.subjectFam === fam || (!strict && this.subjectFam === "any");
    return c.fam === fam || (!strict && c.fam === "any");
  }

  /** The sentence's words and clause punctuation (cached). A character loop: no regex, no case folding. */
  tokens(si: number): Tok[] {
    const hit = this.cache.get(si);
    if (hit) return hit;
    const span = this.ctx.sentences[si];
    const toks: Tok[] = [];
    const text = this.text;
    const lower = lowerOf(this.ctx);
    const quotes = this.ctx.quotes;
    let qi = firstQuoteFrom(quotes, span.start);
    let i = span.start;
    const end = span.end;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        if (c === 59 || c === 58 || c === 40 || c === 41 || c === 44 || c === 0x2013 || c === 0x2014) {
          toks.push({ s: i, e: i + 1, l: text[i], cap: false, poss: false, p: text[i], q: false, r: null });
        }
        i++;
        continue;
      }
      const s0 = i;
      i++;
      for (;;) {
        if (i < end && isWordCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        // Inner apostrophes, hyphens and full stops join word parts: "D'Angelo", "Ella-Rose", "didn't".
        const j = text.charCodeAt(i);
        if (i + 1 < end && (j === 39 || j === 0x2019 || j === 45 || j === 46) && isWordCode(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      const e = i;
      let l = lower.slice(s0, e);
      let poss = false;
      const n = l.length;
      const apos = n > 2 ? l.charCodeAt(n - 2) : 0;
      if (apos === 39 || apos === 0x2019) {
        if (l.charCodeAt(n - 1) === 115) {
          const base = l.slice(0, -2);
          if (!REF.subjectPronouns.has(base) && base !== "it" && base !== "that" && base !== "there" && base !== "what" && base !== "who") {
            l = base;
            poss = true;
          }
        }
      } else if (l.charCodeAt(n - 1) === 115 && (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && !isWordCode(text.charCodeAt(e + 1))) {
        poss = true;
      }
      while (qi < quotes.length && quotes[qi].end <= s0) qi++;
      const q = qi < quotes.length && quotes[qi].start <= s0 && quotes[qi].end >= e;
      const first = text.charCodeAt(s0);
      const cap = (first >= 65 && first <= 90) || (first > 127 && text[s0] !== lower[s0]);
      toks.push({ s: s0, e, l, cap, poss, p: "", q, r: undefined });
    }
    this.cache.set(si, toks);
    return toks;
  }

  /**
   * Names introduced with a role: "his mother, Mrs Agnieszka Wiśniewska", "Nan (Mrs Patience Boateng)",
   * "Ms Shannon Carter (Mum)". Later mentions of those names take the role.
   */
  private buildRegistry(): void {
    const text = this.text;
    const lower = lowerOf(this.ctx);
    ROLE_FIND.lastIndex = 0;
    for (let m = ROLE_FIND.exec(lower); m; m = ROLE_FIND.exec(lower)) {
      const role = m[1] ?? m[2];
      const after = m.index + m[0].length;
      if (m[0].startsWith("(")) {
        // "Ms Shannon Carter (Mum)", "Dana Firth (mother, DF)": the name before the bracket, and initials given in it.
        const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
        if (before) this.register(role, "", before[2], before[1], true);
        const given = BRACKET_INITIALS.exec(text.slice(after, after + 12));
        if (given) {
          const parentFam = REF.parentRoles.get(role);
          this.registerInitials(given[1].toLowerCase(), {
            who: parentFam !== undefined ? "parent" : "other",
            fam: famOf(parentFam ?? REF.otherRoles.get(role)),
          });
        }
        continue;
      }
      if (FRONTED_BEFORE.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "Leah is Amir's mother.", "Mr Adams is her father": the name before the role, in a sentence of its own.
      const named = NAME_IS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
      if (named && (!named[3] || this.ctx.profile.subjectForms.has(named[3].toLowerCase())) && !NOT_A_NAME.test(named[2])) {
        this.register(role, "", named[2], named[1]);
        continue;
      }
      NAME_AFTER.lastIndex = after;
      const n = NAME_AFTER.exec(text);
      if (!n) continue;
      const ownerWord = lastWord(text.slice(Math.max(0, m.index - 40), m.index));
      this.register(role, ownerWord, n[2], n[1]);
    }
  }

  /**
   * Parents named as such outside a role phrase: the parents of the child's birth ("Harvey born … to Shannon
   * Lomas and Dean Keogh") and a key's entries ("Adult M = Alfie's mother"). Later "Shannon tells the HV…" and
   * "Adult M tells GP…" are a parent's.
   */
  private registerNamedParents(): void {
    const text = this.text;
    const forms = this.ctx.profile.subjectForms;
    BORN_TO.lastIndex = 0;
    for (let m = BORN_TO.exec(text); m; m = BORN_TO.exec(text)) {
      // Only the child's own birth: the child is named just before "born" ("Julian born", "Harvey was born").
      const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      const words = before
        .split(/[^\p{L}'’-]+/u)
        .filter(Boolean)
        .slice(-3);
      if (!words.some((w) => forms.has(w))) continue;
      this.register("parent", "", m[2], m[1]);
      if (m[4]) this.register("parent", "", m[4], m[3]);
    }
    KEY_ENTRY.lastIndex = 0;
    for (let m = KEY_ENTRY.exec(text); m; m = KEY_ENTRY.exec(text)) {
      // Whose mother: the child's, or unnamed ("Adult M = the mother"); not "Adult P = Child D's father".
      if (m[2] && !forms.has(m[2].toLowerCase())) continue;
      const label = m[1].toLowerCase().replace(/\s+/g, " ");
      if (forms.has(label) || this.registry.has(label)) continue;
      this.registry.set(label, { who: "parent", fam: famOf(REF.parentRoles.get(m[3].toLowerCase())) });
    }
  }

  /**
   * Letters a judgment or review gives the parents: "Her mother is referred to as M and her father as F",
   * "the mother ('M')", "the father, hereafter F". Later "M accepts…" is the mother's.
   */
  private registerPartyLetters(): void {
    const text = this.text;
    for (const re of PARTY_LETTERS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const parentFam = REF.parentRoles.get(m[1].toLowerCase());
        if (parentFam === undefined || m[2] === "I" || m[2] === "A") continue;
        // Minutes and judgments write the letter in capitals; as a word it is that parent.
        this.registerInitials(m[2].toLowerCase(), { who: "parent", fam: famOf(parentFam) });
      }
    }
  }

  /** bracketed: a party list's "Daniel Clarke (father)", whose family name alone, titled, later means them. */
  private register(role: string, ownerWord: string, name: string, title: string | undefined, bracketed = false): void {
    const names = name
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .filter((n) => !REF.notNames.has(n));
    if (!names.length) return;
    if (!title && names.some((n) => this.ctx.profile.subjectForms.has(n))) return;
    const owner = ownerWord.toLowerCase();
    let who: Who = "other";
    const parentFam = REF.parentRoles.get(role);
    if (parentFam !== undefined) {
      const possessive = /['’]s$/.test(owner);
      const ownerBase = owner.replace(/['’]s$/, "");
      const foreign = possessive && !this.ctx.profile.subjectForms.has(ownerBase);
      who = foreign || REF.notParentBefore.has(owner) ? "other" : "parent";
    }
    const fam = title ? famOf(REF.titles.get(title.toLowerCase().replace(/\.$/, ""))) : famOf(parentFam ?? REF.otherRoles.get(role));
    const entry = { who, fam };
    const full = names.join(" ");
    if (!this.registry.has(full)) this.registry.set(full, entry);
    // A family name alone is registered only for a titled adult ("his mother, Mrs X"): relatives such
    // as "her brother, Bobby Thompson" share the child's surname with the parents.
    const surname = names[names.length - 1];
    // A relative who shares the child's family name ("her aunt, Ms Berfin Rashid") does not take over
    // "Mrs Rashid", who is most likely the parent: only the full name is theirs.
    const sharesChildsName = who !== "parent" && sameSurname(surname, this.subjectSurname);
    // A titled relative or professional of the family name ("her grandmother, Mrs Iris Price"), not someone's
    // mother or father, whose "who" can depend on whose parent they are.
    if (title && names.length > 1 && parentFam === undefined)
      this.surnameRoles.set(surname, [...(this.surnameRoles.get(surname) ?? []), { ...entry, title: title.toLowerCase().replace(/\.$/, "") }]);
    if (title && !sharesChildsName && !this.registry.has(surname)) this.registry.set(surname, entry);
    if (names.length > 1 && !title) {
      const first = names[0];
      if (!this.registry.has(first)) this.registry.set(first, entry);
      const same = this.untitledBySurname.get(surname) ?? [];
      // A parent introduced by role and full name ("his mother Siobhan Gallagher") is "Ms Gallagher" later too.
      if ((bracketed || parentFam !== undefined) && !same.some((e) => e.who === entry.who && e.fam === entry.fam)) this.untitledBySurname.set(surname, [...same, entry]);
    }
    // Minutes name people by their initials once introduced ("Dana Firth (Mum)" … "DF said"): a two- or
    // three-letter token that no one else's initials or name claims.
    if (names.length > 1 && names.length <= 3) this.registerInitials(names.map((n) => n[0]).join(""), entry);
  }

  private registerInitials(initials: string, entry: Registered): void {
    if (initials.length < 1 || REF.notNames.has(initials) || this.ctx.profile.subjectForms.has(initials)) return;
    const had = this.registry.get(initials);
    // Two people with the same initials: neither is meant.
    if (had && (had.who !== entry.who || had.fam !== entry.fam)) this.registry.set(initials, { who: "other", fam: "any" });
    else if (!had) this.registry.set(initials, entry);
  }
}

// "(the) mother … referred to as M", "and her father as F", "the mother ('M')", "the father (F)".
const PARTY_LETTERS = [
  /\b([Mm]other|[Ff]ather|[Mm]um|[Dd]ad)\b[^.;\n]{0,40}?\b(?:referred to(?: here| below| in this (?:judgment|review|report))? as|called|known as|hereafter)\s+["'‘“]?([A-Z]{1,2})\b(?![\p{L}'’])/gu,
  /\band\s+(?:the\s+|his\s+|her\s+|their\s+)?([Mm]other|[Ff]ather)\s+as\s+["'‘“]?([A-Z]{1,2})\b(?![\p{L}'’])/gu,
  /\b([Mm]other|[Ff]ather|[Mm]um|[Dd]ad)\s*\(\s*["'‘“]?([A-Z]{1,2})["'’”]?\s*\)/gu,
];
const ROLE_WORDS = [...REF.parentRoles.keys(), ...REF.otherRoles.keys()].filter((w) => /^[a-z]/.test(w) && w.length > 2);
const ROLE_ALT = phraseSource(ROLE_WORDS);
// On the lower-cased text: a role word followed by a comma, bracket or space ("his mother, Mrs …"), or a
// role in brackets ("Ms Shannon Carter (Mum)").
const ROLE_FIND = new RegExp(
  `\\b(${ROLE_ALT})(?=,[ \\t]*[a-z]|[ \\t]*\\(|[ \\t]+[a-z]|[ \\t]*:[ \\t]*[a-z]|[ \\t]+[–—-][ \\t]+[a-z]|[ \\t]*[.;!?\\n]|$)|\\((${ROLE_ALT})(?:\\)|(?=[,;][ \\t]*[a-z]{1,3}[ \\t]*\\)))`,
  "g",
);
// ", DF)" after a role in brackets: the initials the record will use for that person.
const BRACKET_INITIALS = /^[,;][ \t]*([A-Z]{1,3})[ \t]*\)/;
// "According to her solicitor, Ms Price opposes…": a fronted phrase, not the solicitor's name.
const FRONTED_BEFORE = /\b(?:according\s+to|through|via)\s+(?:(?:the|her|his|their|a|an)\s+)?$/;
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}";
const TITLE = "((?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?)[ \\t]+";
// At the end of a role word, on the original text (sticky, so only where a role was found).
const NAME_AFTER = new RegExp(
  `(?:,[ \\t]*|[ \\t]*\\([ \\t]*|[ \\t]*:[ \\t]*|[ \\t]+[–—-][ \\t]+|[ \\t]+(?:is|was)[ \\t]+(?:called[ \\t]+|named[ \\t]+|known[ \\t]+as[ \\t]+)?|[ \\t]+)(?:${TITLE})?(${NAME})`,
  "yu",
);
// Before a role word: a sentence that opens with a name and gives the role after it ("Leah is Amir's mother").
const NAME_IS_BEFORE = new RegExp(
  `(?:^|[.!?;][ \\t]+|\\n[ \\t]*)(?:${TITLE})?(${NAME})[ \\t]+(?:is|was)[ \\t]+(?:the[ \\t]+)?(?:(\\p{Lu}[\\p{L}'’-]*)['’]s|his|her|their)[ \\t]+(?:birth[ \\t]+)?$`,
  "u",
);
const NOT_A_NAME = /^(?:She|He|They|This|That|It|Who|There|Here|What|Which|Mum|Dad|Mother|Father)\b/;
// The parents of the child's birth: "Harvey born at Northby General to Shannon Lomas (then 22) and Dean Keogh".
const BORN_TO = new RegExp(`\\bborn\\b[^.;\\n]{0,80}?\\bto[ \\t]+(?:${TITLE})?(${NAME})(?:[ \\t]*\\([^()\\n]{0,30}\\))?(?:[ \\t]+and[ \\t]+(?:${TITLE})?(${NAME}))?`, "gu");
// A key to the people in a review or chronology: "Adult M = Alfie's mother; Adult P = Adult M's partner".
const KEY_ENTRY = new RegExp(
  `(?:^|[;\\n][ \\t]*|:[ \\t]*)(\\p{Lu}[\\p{L}\\d]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d]*){0,2})[ \\t]*(?:=|–|—)[ \\t]*(?:the[ \\t]+)?(?:(\\p{Lu}[\\p{L}'’-]*)['’]s[ \\t]+|(?:his|her|their)[ \\t]+)?(?:birth[ \\t]+)?(mother|father|mum|dad)\\b`,
  "gmu",
);
const NAME_BEFORE = new RegExp(`(?:${TITLE})?(${NAME})[ \\t]*$`, "u");

const WORD_CHAR = /[\p{L}'’-]/u;
const SPACE_CHAR = /\s/;

/**
 * The run of letters, apostrophes and hyphens that ends `s` (before any white space), or "": what
 * `/([\p{L}'’-]+)\s*$/u` gives, read backwards from the end instead of tried at every offset.
 */
export function lastWord(s: string): string {
  let end = s.length;
  for (; end > 0; end--) {
    const c = s.charCodeAt(end - 1);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !SPACE_CHAR.test(s[end - 1])) break;
  }
  let start = end;
  while (start > 0) {
    const c = s.charCodeAt(start - 1);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) start--;
      else break;
      continue;
    }
    // A letter beyond the BMP is a surrogate pair, read as one character.
    const pair = start >= 2 && c >= 0xdc00 && c <= 0xdfff && s.charCodeAt(start - 2) >= 0xd800 && s.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(s.slice(start - width, start))) break;
    start -= width;
  }
  return s.slice(start, end);
}

// Words before a month in a date ("in May", "since June", "the 3rd of August").
const DATE_BEFORE = new Set("in on since until till by of from during before after early late mid last next this end throughout between".split(" "));

// A word that cannot be a name even when it is one of the child's forms ("will", "may").
const FUNCTION_WORDS = new Set(["will", "may", "can", "must", "shall", "should", "would", "could", "might", "did", "does", "was", "were", "are", "the", "and", "not"]);
const NOT_BEFORE_LOWER_NAME = /[\p{L}\p{N}'’-]/u;
const NEXT_WORD = /\s+(\+|[\p{Ll}]+)/uy;

/**
 * The child's one-word names that the record writes in lower case as the doer of a verb ("kerem said",
 * "autumn clung to her", "tomasz v upset"): shorthand running notes, where capitals are dropped.
 */
function lowerCaseSubjectForms(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const f of ctx.profile.subjectForms) {
    if (f.length < 3 || /\s/.test(f) || FUNCTION_WORDS.has(f) || REF.notNames.has(f) || REF.subjectPronouns.has(f)) continue;
    // (?<![\p{L}\p{N}'’-])form\s+(\+|[\p{Ll}]+) with the u flag, without compiling a pattern per child: the
    // form found as text (a literal matches where indexOf finds it).
    const text = ctx.text;
    for (let at = text.indexOf(f); at >= 0;) {
      NEXT_WORD.lastIndex = at + f.length;
      const w = classBefore(text, at, NOT_BEFORE_LOWER_NAME) ? null : NEXT_WORD.exec(text);
      if (!w) {
        at = text.indexOf(f, stepPast(text, at));
        continue;
      }
      at = text.indexOf(f, NEXT_WORD.lastIndex);
      const next = w[1];
      if (next === "+" || next === "v" || VERBS.has(next)) {
        out.add(f);
        break;
      }
    }
  }
  return out;
}

const WORD_CACHE = new Int8Array(65536);
/** Letters and digits of any script; a per-code cache keeps the Unicode test off the hot path. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c !== c) return false;
  let v = WORD_CACHE[c];
  if (v === 0) {
    v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : -1;
    WORD_CACHE[c] = v;
  }
  return v === 1;
}

function firstQuoteFrom(quotes: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenIndexAt(toks: Tok[], at: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].e <= at) lo = mid + 1;
    else if (toks[mid].s > at) hi = mid - 1;
    else return toks[mid].s === at ? mid : -1;
  }
  return -1;
}

function matchPhrase(toks: Tok[], vi: number): VerbPhrase | undefined {
  const options = VERBS.get(toks[vi].l);
  if (!options) return undefined;
  for (const v of options) {
    let ok = true;
    for (let k = 1; k < v.words.length; k++) {
      const t = toks[vi + k];
      if (!t || t.p || t.l !== v.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return v;
  }
  return undefined;
}
