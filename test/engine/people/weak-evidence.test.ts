// Other children with weak or indirect evidence (issue 15, the recall side): evidence carried from a
// he or she back to the name, details whose owner is undecided, the child's own first person in their
// words, lists after a plural child noun and a comma, table cells, roles after a copula or before a name.
// Every sentence and name here is invented (and differs from test/fixtures/child-probes).
import { analyse } from "../../../src/engine";
import type { CaseProfile, PersonRole } from "../../../src/engine/types";

const jasper: CaseProfile = { subject: { name: "Jasper Quill", pronouns: "he/him" } };
const marnie: CaseProfile = { subject: { name: "Marnie Tewks", pronouns: "she/her" } };

function roleOf(text: string, name: string, profile: CaseProfile): PersonRole | "absent" {
  const person = analyse(text, profile).people.find((p) => p.forms.some((f) => f === name));
  return person ? person.role : "absent";
}

function flagged(text: string, profile: CaseProfile): string[] {
  return analyse(text, profile)
    .findings.filter((f) => f.category === "other-child")
    .map((f) => text.slice(f.start, f.end));
}

function reviewed(text: string, profile: CaseProfile): string[] {
  return analyse(text, profile).review.map((r) => text.slice(r.start, r.end));
}

describe("evidence carried from a he or she to the name before it", () => {
  test("an age said of a she in a boy's record belongs to the girl named just before", () => {
    expect(roleOf("Jasper mentioned Delphine again. She is 12 and lives on the next street.", "Delphine", jasper)).toBe("other-child");
  });
  test("a year group said of a he in a girl's record", () => {
    expect(roleOf("Marnie has been messaging Kieran. He is in Year 10 at the academy.", "Kieran", marnie)).toBe("other-child");
  });
  test("an adult's age said the same way makes an adult, not a child", () => {
    expect(roleOf("Marnie has been messaging Kieran. He is 27 and has a car.", "Kieran", marnie)).toBe("adult");
  });
  test("a he or she that can be the subject carries nothing", () => {
    expect(roleOf("Jasper mentioned Colin. He is 9 and loves trains.", "Colin", jasper)).not.toBe("other-child");
    expect(roleOf("Jasper mentioned Kieran. He is 9 and loves trains.", "Kieran", jasper)).toBe("undecided");
  });
  test("only the nearest person of that gender, in the sentence before", () => {
    const text = "Jasper saw Delphine at the park.\n\nMum came in later. She is 41.";
    expect(roleOf(text, "Delphine", jasper)).not.toBe("adult");
  });
});

describe("a detail goes with its owner", () => {
  test("a date of birth after a she that cannot be the subject is the girl's", () => {
    const text = "Name: Jasper Quill\nDOB: 02/05/2014\n\nJasper lives with his half-sister Wilhelmina. She was born on 17/10/2016 and sees her own father.";
    expect(flagged(text, jasper)).toEqual(expect.arrayContaining(["Wilhelmina", "17/10/2016"]));
  });
  test("a school whose owner is undecided goes to review with them, not nowhere", () => {
    const text = "Marnie said Ottoline goes to Bramley Fields Primary and they met at swimming.";
    const report = analyse(text, marnie);
    const person = report.people.find((p) => p.forms.includes("Ottoline"));
    if (person?.role === "undecided") {
      const school = report.review.find((r) => text.slice(r.start, r.end) === "Bramley Fields Primary");
      expect(school?.personId).toBe(person.id);
      expect(school?.detail).toBe("school");
    } else {
      expect(person?.role).toBe("other-child");
      expect(flagged(text, marnie)).toContain("Bramley Fields Primary");
    }
  });
  test("a date of birth after a bare name goes to review with that name", () => {
    const text = "Jasper Quill (DOB 09/09/2013). Also at the address: Florentyna, DOB 30/01/2017.";
    const spans = [...flagged(text, jasper), ...reviewed(text, jasper)];
    expect(spans).toContain("30/01/2017");
    expect(spans).not.toContain("09/09/2013");
  });
});

describe("peers in the child's own words", () => {
  test("'me and X' inside the child's quoted words", () => {
    expect(roleOf('Marnie said: "Me and Clementine built a den and nobody found us."', "Clementine", marnie)).toBe("other-child");
  });
  test("'X and Y are my friends' after a colon and a bracket", () => {
    const text = 'Jasper\'s views (his words): "Ignatius and Barnaby are my best mates, we race bikes."';
    expect(flagged(text, jasper)).toEqual(["Ignatius", "Barnaby"]);
  });
  test("a name in the child's words with an adult's role is not a peer", () => {
    const text = 'Jasper said: "Me and Gwendolyn bake on Sundays." Gwendolyn is his foster carer.';
    expect(roleOf(text, "Gwendolyn", jasper)).not.toBe("other-child");
  });
  test("'me and X' outside the child's own words adds nothing", () => {
    expect(roleOf("The carer wrote: me and Cosmo will sort the garden.", "Cosmo", jasper)).not.toBe("other-child");
  });
});

describe("lists, tables and roles", () => {
  test("names after a plural child noun and a comma are children", () => {
    expect(flagged("Jasper lives with three other young people, Percival, Eulalie and Thaddeus, at the unit.", jasper)).toEqual(["Percival", "Eulalie", "Thaddeus"]);
  });
  test("a comma after words that follow the noun names no child", () => {
    expect(roleOf("Mum has two children with her former partner, Reginald.", "Reginald", marnie)).not.toBe("other-child");
  });
  test("a kin word in a table cell belongs to the name in the cell before", () => {
    const text = "Name\tRelationship\tNotes\nOrlaith Tewks\tStep-sister\tShares a room with Marnie\n";
    expect(roleOf(text, "Orlaith Tewks", marnie)).toBe("other-child");
  });
  test("a role word before a given name is that name's, not the name before", () => {
    const text = "Pick-ups\nMon – Jasper and Peregrine, escort Winifred\nTue – Peregrine\n";
    expect(roleOf(text, "Peregrine", jasper)).not.toBe("adult");
    expect(roleOf(text, "Winifred", jasper)).not.toBe("other-child");
  });
  test("a role after a copula makes an adult", () => {
    expect(roleOf("Jasper likes Rosamund. Rosamund is his key worker at the home.", "Rosamund", jasper)).toBe("adult");
  });
  test("'the head girl' is no adult's role", () => {
    expect(roleOf("Marnie looks up to Henrietta, who she says is kind. Henrietta is the head girl.", "Henrietta", marnie)).not.toBe("adult");
  });
  test("speaking of children one cares for is no own parent", () => {
    const text = "Jasper's cousin Ambrose (8) stays most weekends. Georgiana said she cannot cope with both boys at bedtime.";
    expect(roleOf(text, "Georgiana", jasper)).not.toBe("other-child");
  });
});

describe("peers at school and play, and the child's words one a line", () => {
  test("'keeps kicking' at school is an incident between children", () => {
    expect(roleOf("Marnie cried in science because Hamish keeps kicking the back of her chair.", "Hamish", marnie)).toBe("other-child");
  });
  test("playing in a two-word place with someone", () => {
    expect(roleOf("Jasper spent the session playing in the water tray with Barnaby.", "Barnaby", jasper)).toBe("other-child");
  });
  test("quotes one a line after the child's name are all the child's words", () => {
    const text = 'In Jasper\'s words:\n"I miss my old house."\n"Me and Leopold do football at lunch."\n';
    expect(roleOf(text, "Leopold", jasper)).toBe("other-child");
  });
  test("quotes after an adult's name are not the child's words", () => {
    const text = 'In Mum\'s words:\n"I am tired."\n"Me and Leopold sort the bills on Fridays."\n';
    expect(roleOf(text, "Leopold", jasper)).not.toBe("other-child");
  });
});

describe("a he or she of the subject's own gender", () => {
  test("is the person the sentence before opened with, when neither names the subject", () => {
    const text = "Marnie's cousin Philippa came for tea. She is in Year 8 at Thornbury Academy.";
    expect(flagged(text, marnie)).toEqual(expect.arrayContaining(["Philippa", "Thornbury Academy"]));
  });
  test("carries nothing when the subject is named there", () => {
    const text = "Philippa and Marnie came for tea. She is in Year 8 at Thornbury Academy.";
    expect(flagged(text, marnie)).not.toContain("Thornbury Academy");
  });
  test("carries nothing past a paragraph break", () => {
    const text = "Marnie's cousin Philippa came for tea.\n\nShe is in Year 8 at Thornbury Academy.";
    expect(flagged(text, marnie)).not.toContain("Thornbury Academy");
  });
});

describe("a name after 'to' or 'including'", () => {
  test("chatting to someone is a person, not a place", () => {
    expect(roleOf("Marnie has been chatting to Zephyrine most evenings.", "Zephyrine", marnie)).not.toBe("absent");
    expect(roleOf("Marnie moved to Zephyrbury last year.", "Zephyrbury", marnie)).not.toBe("undecided");
  });
  test("friends including someone: a friend of the child", () => {
    expect(roleOf("Jasper went bowling with a few friends including Ptolemy.", "Ptolemy", jasper)).toBe("other-child");
  });
  test("an adult's friends including someone: an adult", () => {
    expect(roleOf("Mum's friends including Wilhelmina came round.", "Wilhelmina", jasper)).not.toBe("other-child");
  });
});

describe("a given name that is also a word, opening a sentence", () => {
  test("is the person the record names with it inside a sentence", () => {
    const text = "Marnie's boyfriend is Mason. Mason goes to Riverstone Academy.";
    expect(flagged(text, marnie)).toEqual(["Mason", "Mason", "Riverstone Academy"]);
  });
  test("is a name when a present-tense verb of a person follows", () => {
    expect(flagged("Summer plays with Marnie at break most days.", marnie)).toEqual(["Summer"]);
  });
});
