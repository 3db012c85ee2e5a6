import {
  APPOSED_BEFORE_WORDS,
  CANDIDATE,
  capitalOffsets,
  DESCRIBED,
  GLOSSARY,
  INITIALS_ARE_ROLE,
  INITIALS_BEFORE_NAMED_BRACKET,
  INITIALS_MARK,
  INITIALS_THEN_NAME,
  SAME_LINE_LETTERS,
  matchesFrom,
  NAME_THEN_INITIALS as STICKY_NAME_THEN_INITIALS,
  NAME_THEN_ROLE as STICKY_NAME_THEN_ROLE,
  namesBefore,
  ROLE_MARK,
} from "../../../../src/engine/rules/jargon/acronyms";

// Two global searches for a name and then letters, each tried by V8 at every capital of a record, became sticky tries
// at the capitals of the words before a place where the letters begin (stop 45): they must make the same matches.
// The module's sticky patterns, and the global searches they replaced.
const NAME_THEN_INITIALS = new RegExp(STICKY_NAME_THEN_INITIALS.source, "gu");
const NAME_THEN_ROLE = new RegExp(STICKY_NAME_THEN_ROLE.source, "gu");

const show = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m].join("|"));
const initials = (text: string) => show(matchesFrom(text, STICKY_NAME_THEN_INITIALS, namesBefore(text, INITIALS_MARK, 4, true)));
const roles = (text: string) => show(matchesFrom(text, STICKY_NAME_THEN_ROLE, namesBefore(text, ROLE_MARK, 1, false)));

describe("names before letters, tried only where the letters can begin", () => {
  it.each([
    "Mark Holt (MH) will visit. Sam Whitfield, SW, called.",
    "Mark Holt (family support worker, MH) and Ann Marie Kerr - AMK",
    "Sarah Jones-SJ; Tom Lee Smith Brown Taylor (TB)",
    "CHILD PROTECTION CONFERENCE MINUTES\nPresent: Karen Doyle (SW), Mark Holt (FSW)",
    "Élodie Ébène (ÉÉ) Zoë Ávila\u00a0(ZA) Jo  Bell:\tJB",
    "Sam Smith, AB, CD and Jo Bell (x, AB)",
  ])("agree with the global searches on %j", (text) => {
    expect(initials(text)).toEqual(show(text.matchAll(NAME_THEN_INITIALS)));
    expect(roles(text)).toEqual(show(text.matchAll(NAME_THEN_ROLE)));
  });

  it("finds the names and their initials", () => {
    expect(initials("Present: Mark Holt (MH), Ann Lee - AL")).toEqual(["9|Mark Holt (MH)|Mark Holt|MH|", "25|Ann Lee - AL|Ann Lee||AL"]);
  });

  it("agree with the global searches on random text of names, capitals, brackets, dashes and spaces", () => {
    const pieces = ["Mark", "Holt", "Ann", "Jo", "MH", "SW", "AB", "ABCDE", "CONFERENCE", "x", "é", "É", "Zoë", "’", "'", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "(", ")", ",", ";", "/", "-", "–", "—", ":", "=", ".", "𝐀", "1"];
    let seed = 20251207;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 4000; n++) {
      let text = "";
      const len = 1 + (next() % 30);
      for (let k = 0; k < len; k++) text += pieces[next() % pieces.length];
      expect([text, initials(text)]).toEqual([text, show(text.matchAll(NAME_THEN_INITIALS))]);
      expect([text, roles(text)]).toEqual([text, show(text.matchAll(NAME_THEN_ROLE))]);
    }
  });
});

describe("patterns opening on a capital after a word's edge, tried only at such capitals", () => {
  const patterns = { GLOSSARY, APPOSED_BEFORE_WORDS, DESCRIBED, SAME_LINE_LETTERS, CANDIDATE, INITIALS_THEN_NAME, INITIALS_BEFORE_NAMED_BRACKET, INITIALS_ARE_ROLE };
  const atCapitals = (text: string, sticky: RegExp) => show(matchesFrom(text, sticky, capitalOffsets(text)));
  const globally = (text: string, sticky: RegExp) => show(text.matchAll(new RegExp(sticky.source, sticky.flags.replace("y", "g"))));

  it.each(Object.entries(patterns))("%s agrees with its global search", (_, sticky) => {
    const samples = [
      "PEP = Personal Education Plan; CSC: Children's Social Care. The ICPC, a meeting to decide what happens, met.",
      "DSL, the school's Designated Safeguarding Lead, will attend. KD was the allocated social worker. MH (Mark Holt) rang.",
      "MARAC REFERRAL FORM – Northmoor Multi-Agency Risk Assessment Conference\nO'BRIEN éCSC 1CSC C&F DoLS SaLT CP-IS",
    ];
    const pieces = ["PEP", "CSC", "KD", "MH", "ICPC", "Mark", "Holt", "the", "a", "is", "was", "worker", "to", "that", " ", " ", ", ", "(", ")", "=", ":", " – ", "-", "\n", "é", "'", "’", "1", "s", "&", "which", "meeting", "decide"];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 1500; n++) {
      let text = "";
      const len = 1 + (next() % 25);
      for (let k = 0; k < len; k++) text += pieces[next() % pieces.length];
      samples.push(text);
    }
    for (const text of samples) expect([text, atCapitals(text, sticky)]).toEqual([text, globally(text, sticky)]);
  });
});
