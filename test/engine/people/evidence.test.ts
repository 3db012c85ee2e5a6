// Table tests of the people stage's signals (invented sentences; names and places are fictional).
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { peopleWeights, weigh } from "../../../src/engine/people/weights";
import { roleOf as roleOfIn } from "./helpers";

const leo: CaseProfile = { subject: { name: "Leo Marsh", pronouns: "he/him" } };
const mia: CaseProfile = { subject: { name: "Mia Price", pronouns: "she/her" } };

const roleOf = (text: string, name: string, profile: CaseProfile = leo) => roleOfIn(text, name, profile);

describe("child evidence", () => {
  test.each([
    ["age in brackets", "Leo sees Corin (4) on Saturdays.", "Corin"],
    ["age without a comma", "Leo plays with Marcus aged 3 most days.", "Marcus"],
    ["age to come", "Leo talks about Idris, who will be nine next month.", "Idris"],
    ["shorthand age", "Leo and Bex 3yo were at the centre.", "Bex"],
    ["age among other words in a bracket", "Leo asked after Tamsin and Oriel (twins, aged 4).", "Oriel"],
    ["age after a bracketed name", "The school said [Jory], who is ten, was upset.", "Jory"],
    ["kinship word before", "Leo's brother Caspian came too.", "Caspian"],
    ["kinship word in apposition", "Caspian, his stepbrother, came too.", "Caspian"],
    ["a school of their own", "Leo walked to Fenwick's school with her.", "Fenwick"],
    ["goes to a school", "Leo said Imara attends Hollins Primary School with him.", "Imara"],
    ["a year group", "Leo sits next to Tobin, who is in Year 4.", "Tobin"],
    ["a date of birth next to the name", "Leo lives with Kestrel (DOB 03/03/2019).", "Kestrel"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("other-child");
  });
});

describe("adult evidence", () => {
  test.each([
    ["title", "Leo lives with Mr Oduya Fenn.", "Oduya Fenn"],
    ["title with a full stop", "Leo was seen by Dr. Halloran Vey today.", "Halloran Vey"],
    ["role in apposition", "Leo met Corrie Blythe, the family support worker.", "Corrie Blythe"],
    ["adult age", "Leo's cousin Farrah (brother, 19) stays at weekends.", "Farrah"],
    ["a partner of their own", "Leo likes Dorran but Dorran's partner shouts.", "Dorran"],
    ["current age after a birth", "14/08/2005 | Half-brother Tamsyn Hale born (now 20). | Health", "Tamsyn Hale"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("adult");
  });
});

describe("F3: one weak or misplaced cue does not make a child", () => {
  test("the own-parent cue that can be the subject's parent is not counted", () => {
    expect(roleOf("Leo likes Craig. His mother says Leo sleeps better now.", "Craig")).not.toBe("other-child");
  });
  test("a date of birth goes to the nearest name only", () => {
    const text = "Pauline, a neighbour, helps most days. Archie (DOB 03/03/2018), Mum's nephew, sometimes sleeps over.";
    expect(roleOf(text, "Pauline")).not.toBe("other-child");
    expect(roleOf(text, "Archie")).toBe("other-child");
  });
  test("a DOB in the next sentence does not reach a titled adult", () => {
    const text = "Leo's half-brother lives with his father, Mr Ifan Roe, and attends Brook School. Leo's sister Nell was born on 3 February 2025.";
    expect(roleOf(text, "Ifan Roe")).toBe("adult");
  });
  test("plural calendar words are not people", () => {
    const people = analyse("Leo goes to the club on Mondays and Thursdays.", leo).people;
    expect(people.map((p) => p.displayName)).not.toEqual(expect.arrayContaining(["Mondays"]));
    expect(people.map((p) => p.displayName)).not.toEqual(expect.arrayContaining(["Thursdays"]));
  });
  test("a full-named adult listed next to the subject's siblings is not made a child", () => {
    expect(roleOf("Household: Carla Price, Steven Price, Mia and Reggie (6).", "Steven Price", mia)).not.toBe("other-child");
  });
  test("a brother or sister of an adult named just before is an adult", () => {
    const text = "Ottilie will stay with Barnaby. Barnaby to confirm his rota by Friday; if not, his sister, Philippa Crane, will have Ottilie for the night.";
    expect(roleOf(text, "Philippa Crane", mia)).not.toBe("other-child");
  });
  test("a brother or sister of another child stays a child", () => {
    const text = "Mia's brother Barnaby (9) came home. Barnaby showed me his sister Philippa's drawings; Philippa is at nursery.";
    expect(roleOf(text, "Philippa", mia)).toBe("other-child");
  });
  test("a kin word whose owner is not found still counts", () => {
    expect(roleOf("Mia spoke about the party. His sister Philippa was there too.", "Philippa", mia)).toBe("other-child");
  });
  test("'(Mum's partner)' gives the role of partner, not of mum", () => {
    const r = analyse("Present: Barnaby Crane (Mum's partner). Mia was at school.", mia);
    expect(r.people.find((p) => p.displayName === "Barnaby Crane")?.reasons).toContain("has a role: partner");
  });
  test("a list that holds an adult passes no child status along it", () => {
    const text = "Household: Rhoda (mum), Anselm, Pia (4) and Mia.";
    expect(roleOf(text, "Anselm", mia)).not.toBe("other-child");
    expect(roleOf(text, "Pia", mia)).toBe("other-child");
  });
  test("a list of children only still passes it along", () => {
    expect(roleOf("Mia, Anselm and Pia (4) went to the park with Mum.", "Anselm", mia)).toBe("other-child");
  });
  test("a kinship word followed by its own name belongs to that name", () => {
    const text = "Mia lives with her parents, Mr Kwame Dunn and Mrs Efua Dunn, her sister Abena (Year 7).";
    expect(roleOf(text, "Efua Dunn", mia)).toBe("adult");
    expect(roleOf(text, "Abena", mia)).toBe("other-child");
  });
  test("towns inside an address are not people", () => {
    const people = analyse("Leo's brother lives at 8 Birch Road, Bramley, Kent AB1 2CD with Leo's aunt.", leo).people;
    expect(people.find((p) => p.displayName === "Bramley")).toBeUndefined();
  });
});

describe("adult cues from real published text (FAILURES section 3)", () => {
  test("someone agreeing or signing as a child's parent is an adult", () => {
    expect(roleOf("Leo stays with Garrow at weekends. Garrow consents as Leo's father to the plan.", "Garrow")).toBe("adult");
  });
  test("a name addressed in a transcript before 'the child is…' is not a child", () => {
    expect(roleOf("Leo was discussed. So, Perpetua, the child is still on a plan?", "Perpetua")).not.toBe("other-child");
  });
  test("a kinship word in apposition still counts", () => {
    expect(roleOf("Leo lives with Perpetua, the baby, and his mum.", "Perpetua")).toBe("other-child");
  });
  test("parties named in a judgment heading are adults, not children", () => {
    const text = "IN THE FAMILY COURT AT ORMSBY\nBETWEEN:\nORMSBY COUNCIL Applicant\nand\nDELPHINE KNOX\nFirst Respondent\nHALDANE KNOX Second Respondent\n\nLeo is six.";
    expect(roleOf(text, "DELPHINE KNOX")).toBe("adult");
    expect(roleOf(text, "HALDANE KNOX")).toBe("adult");
  });
  test("the names either side of 'v' in a heading are parties", () => {
    expect(roleOf("ORMSBY COUNCIL v DELPHINE KNOX AND OTHERS\n\nLeo is six.", "DELPHINE KNOX")).toBe("adult");
  });
  test("a respondent child through a guardian is not made an adult", () => {
    const text = "RE: LEO KNOX AND WREN KNOX (CHILDREN)\nWREN KNOX Third Respondent (by her Children's Guardian)\n\nLeo is six.";
    expect(roleOf(text, "WREN KNOX")).toBe("other-child");
  });
  test("words of a law-report citation and a firm's name are not people to review", () => {
    const r = analyse("As said in Re Q [2016] EWCA Civ 882, and by Ms Ada Lyle (instructed by Lyle & Co Solicitors). Leo is six.", leo);
    expect(r.people.find((p) => p.displayName === "Civ")?.role ?? "not-a-person").toBe("not-a-person");
    expect(r.people.find((p) => p.displayName === "Lyle")?.role ?? "not-a-person").toBe("not-a-person");
  });
});

describe("undecided and the worker's decisions", () => {
  test("a name with nothing to say child or adult is undecided, and its mentions are put to review", () => {
    const r = analyse("Leo went to the park with Zennor. Zennor stayed for tea.", leo);
    const z = r.people.find((p) => p.displayName === "Zennor")!;
    expect(z.role).toBe("undecided");
    expect(z.reasons.length).toBeGreaterThan(0);
    expect(r.review.map((x) => x.personId)).toEqual([z.id, z.id]);
    expect(r.findings.filter((f) => f.category === "other-child")).toHaveLength(0);
  });
  test("a field name joined from capitalised words, or a label beside its translation, is not put to review as a person", () => {
    const undecided = (t: string) =>
      analyse(t, leo)
        .people.filter((p) => p.role === "undecided")
        .map((p) => p.displayName);
    expect(undecided("Leo saw the AppVersion and CoverPageProperties fields.")).toEqual([]);
    expect(undecided("Leo pressed Hyperlink Ссылка on the page.").join(" ")).not.toMatch(/Hyperlink/);
    // Names with a usual capital inside still are.
    expect(undecided("Leo went to the park with DeShawn. DeShawn stayed for tea.")).toContain("DeShawn");
  });
  test("notPeople: the worker's word is not a person", () => {
    const r = analyse("Leo went to the park with Zennor.", { ...leo, notPeople: ["Zennor"] });
    expect(r.people.find((p) => p.displayName === "Zennor")?.role).toBe("not-a-person");
    expect(r.review).toHaveLength(0);
  });
  test("listed people always win over the evidence", () => {
    const text = "Leo visited Mr Arlo Penn. Arlo Penn is kind.";
    expect(analyse(text, { ...leo, otherChildren: ["Arlo Penn"] }).people.find((p) => p.displayName.includes("Arlo"))?.role).toBe("other-child");
    expect(roleOf("Leo's brother Caspian (7) came.", "Caspian", { ...leo, adults: ["Caspian"] })).toBe("adult");
  });
});

describe("Report.people shape", () => {
  test("every person has an id, forms, a role, a confidence, reasons and sorted mentions", () => {
    const text = "Leo's sister Poppy Marsh (6) came with Ms Jo Hart. Poppy was tired.";
    const r = analyse(text, leo);
    for (const p of r.people) {
      expect(typeof p.id).toBe("string");
      expect(p.forms.length).toBeGreaterThan(0);
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(p.reasons)).toBe(true);
      for (const m of p.mentions) expect(p.forms).toContain(text.slice(m.start, m.end));
    }
    const poppy = r.people.find((p) => p.role === "other-child")!;
    expect(poppy.id).toBe(r.otherChildren[0].id);
    expect(poppy.mentions).toHaveLength(2);
    expect(r.people.find((p) => p.role === "subject")?.mentions.length).toBeGreaterThan(0);
  });

  test("an adult the worker listed is one entry however the record writes them", () => {
    const text = "Leo lives with his mother, Donna Marsh. Later that week Ms Marsh rang to say Leo was unwell.";
    const r = analyse(text, { ...leo, adults: ["Donna Marsh"] });
    const donna = r.people.filter((p) => p.displayName === "Donna Marsh");
    expect(donna).toHaveLength(1);
    expect(donna[0].role).toBe("adult");
    expect(donna[0].mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe("weights", () => {
  test("tuning overrides a weight and a threshold, and ignores unknown keys", () => {
    const w = peopleWeights({ kin: 1, "threshold.minChild": 5, nonsense: 3 });
    expect(w.weights.kin).toBe(1);
    expect(w.thresholds.minChild).toBe(5);
    expect(weigh({ kin: 1 }, w).role).toBe("undecided");
    expect(weigh({ kin: 1 }, peopleWeights(undefined)).role).toBe("child");
    expect(weigh({ title: 1, kin: 1 }, peopleWeights(undefined)).role).toBe("adult");
    expect(weigh({}, peopleWeights(undefined)).role).toBe("unknown");
  });
  test("against an adult cue, one weak kind of child cue is not enough, two kinds or one strong one are", () => {
    const w = peopleWeights(undefined);
    expect(weigh({ peer: 3, label: 1 }, w).role).toBe("undecided");
    expect(weigh({ peer: 3 }, w).role).toBe("child");
    expect(weigh({ peer: 1, attends: 1, label: 1 }, w).role).toBe("child");
    expect(weigh({ "age-child": 1, role: 1 }, w).role).toBe("child");
  });
  test("analyse honours options.tuning.people", () => {
    const text = "Leo's brother Caspian came too.";
    expect(analyse(text, leo, { tuning: { people: { kin: 0.5 } } }).people.find((p) => p.displayName === "Caspian")?.role).toBe("undecided");
  });
});

describe("names in other shapes", () => {
  test("a quoted nickname joins the person it follows", () => {
    const r = analyse('Other young people: Kasimir Dole ("Kaz", 14). Kaz was seen at the station.', leo);
    const p = r.people.find((x) => x.displayName === "Kasimir Dole")!;
    expect(p.role).toBe("other-child");
    expect(p.forms).toEqual(expect.arrayContaining(["Kaz"]));
  });
  test("lower-case names in shorthand notes, given an age or a kin word", () => {
    const r = analyse("visit w/ leo. bro tamsin (9) upset. tamsin went to bed early.", leo);
    const p = r.people.find((x) => x.displayName === "tamsin");
    expect(p?.role).toBe("other-child");
    expect(p?.mentions).toHaveLength(2);
  });
  test("an ordinary word the record uses as a name, never in lower case", () => {
    expect(roleOf("Leo met Harbour (17) at the skate park. Harbour rings him most days.", "Harbour")).toBe("other-child");
    expect(roleOf("Leo sat by the harbour. He met Harbour (17) there.", "Harbour")).not.toBe("other-child");
  });
  test("a surname alone is the person named in full with it", () => {
    const r = analyse("The adult of concern is Dorin Vasca (26). Police arrested Vasca on Friday.", leo);
    const p = r.people.find((x) => x.displayName === "Dorin Vasca")!;
    expect(p.role).toBe("adult");
    expect(p.mentions).toHaveLength(2);
  });
  test("a role field label and an action owner are adult evidence", () => {
    expect(roleOf("Escort: Marit Olsen\nLeo was calm in the car.", "Marit Olsen")).toBe("adult");
    expect(roleOf("Actions\n1. Brin to chase the school report by Friday.", "Brin")).toBe("adult");
    expect(roleOf("Present: Anwar Bell – community link worker\nLeo was not present.", "Anwar Bell")).toBe("adult");
  });
  test("words that are not names are not put to review", () => {
    const r = analyse("Leo's mother speaks Tigrinya. The family moved from Pellworth. Referral to the clinic was made; the referral is open.", leo);
    expect(r.review).toHaveLength(0);
  });
});

describe("other children's details", () => {
  const detailTexts = (text: string, profile: CaseProfile = leo) =>
    analyse(text, profile)
      .findings.filter((f) => f.category === "other-child" && f.data?.mentionKind === "detail")
      .map((f) => f.text);
  test("a birth row in a chronology is the child's date of birth", () => {
    expect(detailTexts("Date | Event\n02/11/2018 | Sister Wren born. | Health\n03/03/2019 | Leo starts nursery.")).toEqual(["02/11/2018"]);
  });
  test("an expected baby's due date", () => {
    expect(detailTexts("Mum is pregnant and the baby is due on 9 February 2031.")).toEqual(["9 February 2031"]);
    expect(detailTexts("The baby is due on 9 February 2031.", { subject: { name: "Unborn baby Marsh" } })).toEqual([]);
  });
  test("a date in brackets straight after another child's name", () => {
    expect(detailTexts("Leo's brother Corin Marsh (19/08/2014) lives with Dad.")).toEqual(["19/08/2014"]);
  });
  test.each([
    [
      "a reference after the children's names, with the subject named only as their sibling",
      "[Leo]'s brother [Corin] (15) and sister [Wren] (age 3) are the subject of separate proceedings (Case No ZZ25C00991) and live with foster carers.",
      ["ZZ25C00991"],
    ],
    [
      "a child's own home address in a paragraph that names the subject",
      "The school log gives Leo's sister Wren Marsh's home address, 8 Birch Road, Anytown. Leo was calm.",
      ["8 Birch Road, Anytown"],
    ],
    ["the subject's own address in a sentence that names both stays an identifier", "Leo lives with his brother Corin (15) at 8 Birch Road, Anytown.", []],
  ])("%s", (_label, text, expected) => {
    expect(detailTexts(text).filter((t) => !/^[A-Z][a-z]+$/.test(t))).toEqual(expected);
  });
  test.each([
    ["a school named with its school word first", "Leo's sister Wren (7) goes to Ysgol Glan Afon in the village.", ["Ysgol Glan Afon"]],
    ["a Gaelic-medium school after an opener", "Leo's brother Corin (6) is at Gaelscoil Bhaile Nua now.", ["Gaelscoil Bhaile Nua"]],
    ["a school opening a sentence, before the child", "Leo's sister Wren is seven. Fernbrook Primary have told us that Wren was late again.", ["Fernbrook Primary"]],
    ["a school opening a sentence about the subject stays unattributed", "Leo's sister Wren is seven. Fernbrook Primary have told us that Leo and Wren were late.", []],
  ])("%s", (_label, text, expected) => {
    expect(detailTexts(text)).toEqual(expected);
  });
  test("a school followed by the child's name in brackets", () => {
    expect(detailTexts("Leo's sister Ottilie (7) is doing well.\nMrs Dee Harper – class teacher, Brookmere Primary (Ottilie)")).toEqual(["Brookmere Primary"]);
  });
});

describe("lists and the child's own words", () => {
  test("names heading list items beside the child's own item are children", () => {
    const text = "Contact changes this week:\n1. Leo Marsh\nSession moves to Friday.\n2. Isolde and Piran Tregear\nSession moves to Thursday.\n3. Jory Penrose – no change.";
    const r = analyse(text, leo);
    for (const name of ["Isolde", "Piran Tregear", "Jory Penrose"]) expect(r.people.find((p) => p.displayName === name)?.role).toBe("other-child");
  });
  test("an item head with its own adult evidence stays an adult", () => {
    const text = "1. Leo Marsh – visit on Friday.\n2. Mr Ansel Hart – the escort.";
    expect(analyse(text, leo).people.find((p) => p.displayName === "Ansel Hart")?.role).toBe("adult");
  });
  test("a name in the child's own quoted words is a weak sign: put to the worker, not flagged", () => {
    const r = analyse('Leo said: "Wystan keeps taking my bag."', leo);
    const p = r.people.find((x) => x.displayName === "Wystan")!;
    expect(p.evidence).toEqual({ "child-quote": 1 });
    expect(p.role).toBe("undecided");
  });
  test("compounds with a lower-case part are not names", () => {
    expect(analyse("Pick-up: Friday at 3pm with their mother.", leo).people.map((p) => p.displayName)).not.toContain("Pick-up");
  });
});

describe("court headings in capitals", () => {
  const heading =
    "IN THE FAMILY COURT SITTING AT NORBURY\nRE: LEO MARSH AND WREN MARSH (CHILDREN)\n\nBETWEEN:\n\nNORBURY VALE COUNCIL\nApplicant\n\nand\n\nODETTE MARSH\nFirst Respondent\n\nLeo is nine.";
  test("two names joined by AND are two people, and the marker makes the other one a child", () => {
    const r = analyse(heading, leo);
    expect(r.people.find((p) => p.forms.includes("WREN MARSH"))?.role).toBe("other-child");
    expect(r.people.find((p) => p.role === "subject")?.forms).toContain("LEO MARSH");
    expect(r.findings.filter((f) => f.category === "other-child").map((f) => f.text)).toEqual(["WREN MARSH"]);
  });
  test("a name on the heading with a title is not made a child", () => {
    expect(roleOf("In the matter of Mr Idris Vane and Leo Marsh (a child)\nLeo is nine.", "Idris Vane")).not.toBe("other-child");
  });
  test("a council in capitals is not a person", () => {
    expect(analyse(heading, leo).people.find((p) => p.displayName === "NORBURY VALE COUNCIL")?.role ?? "not-a-person").toBe("not-a-person");
  });
  test("a heading without the children marker makes nobody a child", () => {
    expect(roleOf("RE: LEO MARSH AND WREN MARSH\nLeo is nine.", "WREN MARSH")).not.toBe("other-child");
  });
});

describe("ordinary words used as given names", () => {
  test("a word named in full elsewhere is a name at a sentence start too", () => {
    const text = "Notes.\n\nStory Fairweather (13) – key worker Dan Kola\nStory has found the change hardest and has asked to keep Dan.";
    const p = analyse(text, leo).people.find((x) => x.forms.includes("Story Fairweather"));
    expect(p?.role).toBe("other-child");
    expect(p?.mentions).toHaveLength(2);
  });
  test("an imperative before a name is not made part of it", () => {
    const r = analyse("Leo's brother Piran Tregear (9) visits.\nCheck Piran's date of birth with his dad before filing.", leo);
    expect(r.people.flatMap((p) => p.forms)).not.toContain("Check Piran");
    expect(r.findings.filter((f) => f.category === "other-child").map((f) => f.text)).toContain("Piran");
  });
  test("the ordinary word alone stays a word", () => {
    expect(analyse("Story time was fun. Leo liked it.", leo).people.map((p) => p.displayName)).not.toContain("Story");
  });
});

describe("numbered parts of a text are not names with ages", () => {
  test.each([
    ["a chain of numbered parts", "The duty is set out in Chapter 3, Part 2, Article 9 of the regulations.", "Chapter"],
    ["an unfamiliar part word before a familiar one", "None of the criteria in Subchapter 7, Title 14, Section 13250(b) are met.", "Subchapter"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).not.toBe("other-child");
  });

  test("a shorthand list of children with bare ages still gives each an age", () => {
    expect(roleOf("Children in the house: kerem 13, berkay 16, defne 8. Zephyrin 14, Ansel 6.", "Zephyrin")).toBe("other-child");
  });
});
