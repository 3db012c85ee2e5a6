import { expandInflections, verbForms } from "../../../../src/engine/rules/jargon/inflect";

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
