// The people stage's end-anchored context patterns are run only when the word they end on (or hold) is there
// (src/engine/people/end-gates.ts). A gate must never say no where the pattern says yes: checked here against the
// patterns themselves on generated texts, and on the folding the i and u flags do ("ſ", the Kelvin sign).
// Invented sentences; every name is fictional.
import { RunHeads, finalRuns, foldRun, lastRun, runStartBefore, trimSpaceEnd } from "../../../src/engine/people/end-gates";
import { ADULT_ROLES, CHILD_KINSHIP, KIN_ALT, ROLE_ALT } from "../../../src/engine/people/name-lexicon";
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

describe("walking back over the last letters", () => {
  test("spaces as \\s reads them, and the run of letters before", () => {
    const s = "her social worker,\u00a0 ";
    const end = trimSpaceEnd(s);
    expect(s.slice(0, end)).toBe("her social worker,");
    expect(lastRun(s, end - 1)).toBe("worker");
    expect(runStartBefore(s, end)).toBe(end); // a comma is no letter
  });
  test("letters outside the Basic Latin block, and outside the first plane, belong to the run", () => {
    expect(lastRun("Zoë", 3)).toBe("zoë");
    const astral = "x 𝐀𝐁c";
    expect(lastRun(astral, astral.length)).toBe("𝐀𝐁c".toLowerCase());
  });
  test("folded as /iu folds: the long s and the Kelvin sign are s and k", () => {
    expect(foldRun("Siſter")).toBe("sister");
    expect(foldRun("\u212Aid")).toBe("kid");
    expect(/^sister$/iu.test("Siſter")).toBe(true);
  });
  test("an entry's last word", () => {
    expect([...finalRuns(["foster carer", "step-mother", "mother's partner"])]).toEqual(["carer", "mother", "partner"]);
  });
});

// Texts before a name, built from the lexicon's own words and the shapes the patterns allow around them.
function* leftTexts(words: readonly string[]): Generator<string> {
  const fronts = ["", "Later ", "spoke to her ", "x", "re-", "(", "\n", "Mr. "];
  const backs = ["", " ", ", ", " : ", "(", "  ,\t", "s ", "s, called ", " from school who she likes, ", "'", " is ", "x "];
  for (const w of words)
    for (const f of fronts)
      for (const b of backs) {
        yield f + w + b;
        yield f + w.toUpperCase() + b;
        yield f + w.replace(/s/g, "ſ") + b;
        yield f + w.replace(/ /g, "-") + b;
      }
}

describe("a gate never says no where its pattern says yes", () => {
  test("a role word at the end (ROLE_LEFT's shape)", () => {
    const roleLeft = new RegExp(`(?:^|[^\\p{L}])(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\s*[,:(]?\\s*$`, "iu");
    const last = finalRuns([...ADULT_ROLES, "sw", "fc", "pa", "iro", "hv", "gp", "ta"]);
    const gate = (left: string) => {
      let end = trimSpaceEnd(left);
      if (end > 0 && ",:(".includes(left[end - 1])) end = trimSpaceEnd(left, end - 1);
      return last.has(lastRun(left, end));
    };
    let matched = 0;
    for (const left of leftTexts([...ADULT_ROLES].slice(0, 60))) {
      if (!roleLeft.test(left)) continue;
      matched++;
      expect([left, gate(left)]).toEqual([left, true]);
    }
    expect(matched).toBeGreaterThan(1000);
  });
  test("a kin word anywhere (KIN_LEFT holds one)", () => {
    const kin = new RegExp(`(?:^|[^\\p{L}])(${KIN_ALT})`, "iu");
    const heads = new RunHeads(CHILD_KINSHIP);
    let matched = 0;
    for (const left of leftTexts([...CHILD_KINSHIP])) {
      if (!kin.test(left)) continue;
      matched++;
      expect([left, heads.anyRunStartsWithOne(left)]).toEqual([left, true]);
    }
    expect(matched).toBeGreaterThan(1000);
    expect(heads.anyRunStartsWithOne("We met at the library on Tuesday, ")).toBe(false);
  });
});

describe("what the gated patterns find is unchanged", () => {
  const subject: CaseProfile = { subject: { name: "Wren Callow", pronouns: "she/her" } };
  test.each([
    ["a role before the name, then a comma", "Wren saw her social worker, Odile Brasher, on Monday.", "Odile Brasher", "adult"],
    ["a role on a label line", "Allocated worker: Tamsin Reave\nWren is 8.", "Tamsin Reave", "adult"],
    ["a kin word with a place between", "Wren talked about her cousin from Leeds, Piran, who is 7.", "Piran", "other-child"],
    ["an age with no article", "Police spoke to 13-year-old Jory at the park; Wren was at home.", "Jory", "other-child"],
    ["a plural role word and a pair", "Wren lives with her foster carers, Ines and Bartholomew Lusk.", "Bartholomew Lusk", "adult"],
    ["a title kept apart by initials", "Ms R. Tregarthen, the school nurse, saw Wren.", "Tregarthen", "adult"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, subject)).toBe(role);
  });
});
