import { expandInflections, regularSpellings, verbForms } from "../../../../src/engine/rules/jargon/inflect";
import { scanLexicon } from "../../../../src/engine/rules/jargon/lexicon";

describe("verb inflection for the wording lexicon", () => {
  test.each([
    ["minimise", ["minimise", "minimises", "minimising", "minimised", "minimize", "minimizes", "minimizing", "minimized"]],
    ["play", ["play", "plays", "playing", "played"]],
    ["refuse", ["refuse", "refuses", "refusing", "refused"]],
    ["stop", ["stop", "stops", "stopping", "stopped"]],
    ["travel", ["travel", "travels", "travelling", "travelled"]],
    ["carry", ["carry", "carries", "carrying", "carried"]],
    ["choose", ["choose", "chooses", "choosing", "chose", "chosen"]],
    ["go", ["go", "goes", "going", "went", "gone"]],
    ["lie", ["lie", "lies", "lying", "lied"]],
    ["lack", ["lack", "lacks", "lacking", "lacked"]],
  ])("%s", (base, forms) => {
    expect(verbForms(base).sort()).toEqual([...forms].sort());
  });

  test("a phrase keeps its other words; phrases without ~ are unchanged", () => {
    expect(expandInflections("~keep taking him back")).toEqual(["keep taking him back", "keeps taking him back", "keeping taking him back", "kept taking him back"]);
    expect(expandInflections("no verb here")).toEqual(["no verb here"]);
  });
});

describe("regular spellings of a lexicon phrase", () => {
  test.each([
    ["lifestyle choice", "choice", ["lifestyle choice", "lifestyle-choice", "lifestyle choices", "lifestyle-choices"]],
    ["co-morbid", "morbid", ["co-morbid", "co morbid"]],
    ["problem child", "child", ["problem child", "problem-child", "problem children", "problem-children"]],
    ["Child Protection Conference", "Conference", ["Child Protection Conference", "Child Protection Conferences"]],
    ["utilised", "utilise", ["utilised", "utilized"]],
    // Nouns that end like adjectives (stop 45): "-ment" makes nouns of verbs, and a few common nouns end in -ent.
    ["foster placement", "placement", ["foster placement", "foster-placement", "foster placements", "foster-placements"]],
    ["absent parent", "parent", ["absent parent", "absent-parent", "absent parents", "absent-parents"]],
    ["Fraser competent", "competent", ["Fraser competent", "Fraser-competent"]],
    ["service resistant", "resistant", ["service resistant", "service-resistant"]],
    // Not the entry's head noun, a preposition's object, a pronoun, a single word, an adjective: no plural.
    ["her support", "advice", ["her support", "her-support"]],
    ["team around the child", "child", ["team around the child"]],
    ["lost it", "it", ["lost it", "lost-it"]],
    ["key", "key", ["key"]],
    ["looked after", "after", ["looked after", "looked-after"]],
    // A verb and its particle keep their space: "the kick-off" is a match's start.
    ["kick off", "off", ["kick off"]],
    ["mum is chaotic", "chaotic", ["mum is chaotic"]],
    // Abbreviations are matched as written.
    ["LAC", "LAC", ["LAC"]],
  ])("%s", (phrase, head, forms) => {
    expect(regularSpellings(phrase, new Set([head.toLowerCase()])).sort()).toEqual([...forms].sort());
  });

  // Written before the change, in wordings of no eval set: each was missed whole by the lexicon scan.
  const whole = (category: "jargon" | "judgemental", text: string, phrase: string) =>
    scanLexicon(category, text).some((m) => text.slice(m.start, m.end) === phrase);
  test.each([
    ["jargon", "Both pathway plans were sent out late.", "pathway plans"],
    ["jargon", "There are two residential units nearby.", "residential units"],
    ["jargon", "Two statutory reviews were held in June.", "statutory reviews"],
    ["judgemental", "The file spoke of a lifestyle-choice, which was wrong.", "lifestyle-choice"],
    ["judgemental", "He said they were drug dealers.", "drug dealers"],
    ["jargon", "Some foster kids said it felt unfair.", "foster kids"],
    ["judgemental", "The notes call them problem-children.", "problem-children"],
    ["jargon", "The report asks whether they are good enough parents for a baby.", "good enough parents"],
    ["jargon", "Both residential placements ended within a month.", "residential placements"],
    ["judgemental", "The old file calls them lazy parents.", "lazy parents"],
  ] as const)("%s: %s", (category, text, phrase) => {
    expect(whole(category, text, phrase)).toBe(true);
  });

  test("a plural in another sense is not made", () => {
    expect(scanLexicon("judgemental", "The dog lost its lead on the walk.")).toEqual([]);
    expect(scanLexicon("jargon", "She left her house keys at school.").map((m) => m.entry.id)).not.toContain("key");
  });
});
