// Other children the engine used to leave unplaced or miss (issue 15): possessives written without the
// apostrophe in texts and quick notes, a season that is a given name, "is a 14-year-old", a child
// starting at a nursery, "she's nine" carried back to the name, and a number inside the bracket that
// opens at another child's name. Every sentence and name here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const nell: CaseProfile = { subject: { name: "Nell Ashgrove", pronouns: "she/her" } };
const otis: CaseProfile = { subject: { name: "Otis Varley", pronouns: "he/him" } };

const reviewed = (text: string, profile: CaseProfile) => analyse(text, profile).review.map((r) => text.slice(r.start, r.end));
const flaggedOrReviewed = (text: string, profile: CaseProfile) => [...flagged(text, profile), ...reviewed(text, profile)];

describe("a possessive written without its apostrophe", () => {
  test("'at Rosies' in a text is Rosie's home: the name is found, not a stranger called Rosies", () => {
    const text = 'Nell texted: "im at Rosies tonight, her mum said its ok"';
    expect(flaggedOrReviewed(text, nell)).toContain("Rosie");
  });
  test("'Finns foster carers' names Finn", () => {
    const text = "Nell said Finns foster carers will not let him come to the park.";
    expect(flaggedOrReviewed(text, nell)).toContain("Finn");
  });
  test("an accented name: 'Zoés carers' names Zoé", () => {
    const text = "Nell's sister Zoé is six. nell said Zoés carers are kind.";
    expect(flagged(text, nell)).toEqual(["Zoé", "Zoé"]);
  });
  test("a surname ending in s is left alone", () => {
    const forms = analyse("Mr Evans said Nell was calm today. Evans will ring at home.", nell).people.flatMap((p) => p.forms);
    expect(forms).toContain("Evans");
    expect(forms).not.toContain("Evan");
    expect(flagged("Nell's teacher, Sarah Phillips, rang.", nell)).toEqual([]);
  });
  test("a family's surname in s before 'family' is no given name's possessive", () => {
    const forms = (text: string) => analyse(text, nell).people.flatMap((p) => p.forms);
    expect(forms("The Evans family moved in May. Nell is settled.")).not.toContain("Evan");
    expect(forms("Evans family visit\nDonna Evans said Nell is settled.")).not.toContain("Evan");
    expect(flaggedOrReviewed("Then Finns carers rang. Nell is settled.", nell)).toContain("Finn");
  });
});

describe("a season that is a given name", () => {
  test("listed with another child after a plural word for children", () => {
    const text = "There were two other children at the contact centre: Autumn and Bodhi. Otis played with Autumn all afternoon.";
    expect(flagged(text, otis)).toEqual(["Autumn", "Bodhi", "Autumn"]);
  });
  test("the season itself is not a person", () => {
    const text = "Otis moved class in the Autumn term. We will review the plan in Autumn 2027.";
    expect(flaggedOrReviewed(text, otis)).toEqual([]);
  });
});

describe("an age given as 'is a 14-year-old'", () => {
  test("after a copula", () => {
    expect(roleOf("Mum said Priyanka is a 14-year-old who lives two doors down.", "Priyanka", nell)).toBe("other-child");
    expect(roleOf("Otis talks about Caden, who is a nine-year-old at his club. Caden was a nine-year-old then.", "Caden", otis)).toBe("other-child");
  });
  test("an adult's age the same way, and the parent of a teenager, are not children", () => {
    expect(roleOf("Otis's uncle Desmond is a 34-year-old roofer.", "Desmond", otis)).toBe("adult");
    expect(roleOf("Gloria is the 15-year-old's grandmother.", "Gloria", otis)).not.toBe("other-child");
  });
});

describe("a child starting at a nursery or school", () => {
  test("'talked about Kit starting at Bluebell Nursery' makes Kit a child, and the nursery Kit's", () => {
    const text = "Nan talked about Kit starting at Bluebell Nursery next week. Nell asked if Kit has a scooter.";
    expect(flagged(text, nell)).toEqual(["Kit", "Bluebell Nursery", "Kit"]);
  });
  test("inside a quote: '\"your cousin Kit\" starting at nursery'", () => {
    expect(roleOf('Nan mentioned "your cousin Kit" starting nursery in January.', "Kit", nell)).toBe("other-child");
  });
  test("an adult starting work is not a pupil", () => {
    expect(roleOf("Nell's aunt Bernadette is starting work at the bakery.", "Bernadette", nell)).not.toBe("other-child");
  });
});

describe("an age carried back from a she's or he's", () => {
  test("\"He's ten\" after a boy named in a girl's record", () => {
    expect(roleOf("Nell has been playing with Jenson. He's ten and lives on her road.", "Jenson", nell)).toBe("other-child");
  });
  test("in a girl's own words, 'My cousin Ottilie comes round… She's twelve' is Ottilie's age", () => {
    const text = "Nell talked about home. \"My cousin Ottilie comes round on Fridays and plaits my hair. She's twelve and she's funny.\"";
    expect(roleOf(text, "Ottilie", nell)).toBe("other-child");
  });
  test("the same shape with an adult's age makes an adult", () => {
    const text = "Nell talked about home. \"My friend Doreen comes round on Fridays. She's 70 and she's funny.\"";
    expect(roleOf(text, "Doreen", nell)).toBe("adult");
  });
  test('"She\'s 40" makes an adult', () => {
    expect(roleOf("Otis talked about Marguerite. She's 40 and runs the cafe.", "Marguerite", otis)).toBe("adult");
  });
});

describe("a number inside the bracket opened at another child's name", () => {
  test("another child's NHS number is theirs, not the subject's identifier", () => {
    const text = "The visit also covered his baby brother Rafferty (born 02/09/2026, NHS number 943 476 5919), seen on his own record.";
    const report = analyse(text, otis);
    const other = report.findings.filter((f) => f.category === "other-child").map((f) => text.slice(f.start, f.end));
    expect(other).toContain("943 476 5919");
  });
  test("the subject's own number in the same shape stays an identifier", () => {
    const text = "Otis Varley (born 02/09/2020, NHS number 943 476 5919) was seen at home.";
    const report = analyse(text, otis);
    expect(report.findings.filter((f) => f.category === "other-child")).toEqual([]);
  });
});

describe("a pet name the subject gives another person", () => {
  test("'calls him \"Fen-Fen\"' is the boy named just before, and every later use of it is him", () => {
    const text = 'Otis and Fenwick\tFenwick (11) waits by the gate; Otis calls him "Fen-Fen" and hugs him\tClose\nAt contact Otis runs to Fen-Fen first.';
    expect(flagged(text, otis)).toEqual(["Fenwick", "Fenwick", "Fen-Fen", "Fen-Fen"]);
  });
  test("a pet name that shortens nobody named before it is left alone", () => {
    const text = 'Otis and Fenwick (11) get on well. Otis calls him "Biscuit" because of his hair.';
    expect(flagged(text, otis)).toEqual(["Fenwick"]);
  });
});

describe("a school named first, its pupil after 'where'", () => {
  test("'the school nurse at Holm Lane Infants, where Ishbel goes' makes Ishbel a pupil", () => {
    const text = "Neighbour rang at 03:10 about crying. Send details to the school nurse at Holm Lane Infants, where Ishbel goes.";
    expect(flagged(text, otis)).toEqual(["Holm Lane Infants", "Ishbel"]);
  });
  test("not a place of work: 'the café, where Bronagh works'", () => {
    expect(roleOf("Otis met his aunt at the café on the corner, where Bronagh works.", "Bronagh", otis)).not.toBe("other-child");
  });
});

describe("places and group references that are not a child's", () => {
  test("'still in Tabriz with their mother': a city before a parent is no child", () => {
    const text = "Otis thinks about his little sister Roya, who is seven and was still in Tabriz with their mother when he left.";
    expect(flagged(text, otis)).toEqual(["Roya"]);
  });
  test("a family's case reference in the heading over its children stays an identifier", () => {
    const text = "Allocations for this week.\n\n2. Family two (CR-770314)\nTwo sisters, Wynne Calder (12) and Posy (8). School raised concerns.";
    const report = analyse(text, otis);
    const other = report.findings.filter((f) => f.category === "other-child").map((f) => text.slice(f.start, f.end));
    expect(other).not.toContain("CR-770314");
    expect(report.findings.some((f) => f.category === "identifier" && text.slice(f.start, f.end) === "CR-770314")).toBe(true);
  });
  test("a house name after an address label is not a person", () => {
    const text = 'Carers: Maureen and Clive Dunmore\nAddress: "Willow Garth", 12 Fold Lane, Ashby Moor QX2 6PL\nOtis settled well.';
    expect(flagged(text, otis)).toEqual([]);
  });
});

describe("a scuffle at school", () => {
  test("'Lunchtime: Otis in a scuffle with Dara' makes Dara a peer", () => {
    expect(roleOf("12/03/2025 – Lunchtime: Otis in a scuffle with Dara over a ball.", "Dara", otis)).toBe("other-child");
  });
  test("an argument with an adult at home is no peer incident", () => {
    expect(roleOf("Otis had a row with Glenda about his tea at home.", "Glenda", otis)).not.toBe("other-child");
  });
});

describe("a sixth form", () => {
  test("'who is at Millbeck Sixth Form' is a school, the child's, not a person", () => {
    const text = "They run a café in Millbeck. Their children are Kady, 16, who is at Millbeck Sixth Form, and Otis.";
    expect(flagged(text, otis)).toEqual(["Kady", "Millbeck Sixth Form"]);
    expect(reviewed(text, otis)).toEqual([]);
  });
});

describe("a list whose last member is led by 'sometimes' or 'also'", () => {
  test("'Lorcan, Dev, sometimes Jago' is one list: a child in it makes all of them children", () => {
    expect(flagged('Otis said the other boys at the park get lifts from him: "Lorcan (12), Dev, sometimes Jago."', otis)).toEqual(["Lorcan", "Dev", "Jago"]);
  });
  test("a list holding an adult says nothing of the others", () => {
    expect(roleOf("Otis was collected by his dad, Gareth Varley, and sometimes Marlowe.", "Marlowe", otis)).not.toBe("other-child");
  });
});

describe("a role after a contrast word is someone else's", () => {
  test("'ring Jory, only mum': Jory is not a mum, so not an adult", () => {
    const text = 'Nell wants to see Jory more. She said "they never let me ring Jory, only mum, and mum never answers".';
    expect(["other-child", "undecided"]).toContain(roleOf(text, "Jory", nell));
  });
  test("a role a few words after a comma still counts when it is apposition", () => {
    const text = "Nell was collected by Dana Whitfield, her allocated social worker, at four.";
    expect(roleOf(text, "Dana", nell)).toBe("adult");
  });
});

describe("a name that is also a word, opening a line of note-speak", () => {
  test.each([
    ["05/11/2025 – Daisy off school with a cold.", "Daisy"],
    ["Rose absent again today, Mum rang at nine.", "Rose"],
    ["Hope seen at home with her brother.", "Hope"],
    ["Summer late for school three times this week.", "Summer"],
  ])("%s", (line, name) => {
    const text = `Chronology for Nell Ashgrove\n\n${line}`;
    expect(flaggedOrReviewed(text, nell)).toContain(name);
  });
  test.each(["Hope you are well after the meeting.", "Rose in price again, the rent is now too high."])("not a name: %s", (line) => {
    expect(analyse(`Nell Ashgrove case note\n\n${line}`, nell).people.map((p) => p.displayName)).toEqual(["Nell Ashgrove"]);
  });
});
