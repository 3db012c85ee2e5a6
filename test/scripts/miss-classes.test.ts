// scripts/lib/miss-classes.mjs, which counts a blind set's misses by class: the classes must be right
// and no span's text, name or reason's quoted part may reach its output.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const lib = join(__dirname, "..", "..", "scripts", "lib", "miss-classes.mjs");

function classes(body: string): string[] {
  const script = `import { classesOf, countLines } from ${JSON.stringify(lib)};\n${body}`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as string[];
}

// "Zebedee" is another child the engine placed as an adult; "Quillon" an adult it flagged; the label
// "feral" is quoted and missed although known alone; "brattish" is missed and unknown.
const CASE = `
const plain = 'Zebedee visited. Quillon said. Staff called her "feral" and brattish. She told me.';
const at = (w) => ({ start: plain.indexOf(w), end: plain.indexOf(w) + w.length, text: w });
const spans = [
  { tag: "oc", ...at("Zebedee") }, { tag: "ad", ...at("Quillon") },
  { tag: "jud", ...at("feral") }, { tag: "jud", ...at("brattish") }, { tag: "mix", ...at("She") },
];
const report = {
  findings: [{ category: "other-child", ruleId: "other-child-name", ...at("Quillon") }],
  people: [
    { role: "adult", reasons: ['called "Mr Zebedee" by Zebedee'], mentions: [at("Zebedee")] },
    { role: "other-child", reasons: ["called 'friend'"], mentions: [at("Quillon")] },
  ],
  review: [],
  quality: { analysis: { value: false } },
};
const doc = { quality: { analysis: true, nextSteps: true } };
const keys = classesOf(doc, plain, spans, report, (text) => text === "feral");
console.log(JSON.stringify(countLines(keys)));`;

describe("miss classes", () => {
  const lines = classes(CASE);

  test("counts each miss and false finding by its class", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/1 {2}other-child {2}missed {2}capitalised word \| placed as adult$/),
        expect.stringMatching(/1 {2}other-child {2}false {3}other-child-name \| capitalised word \| gold ad \| plain$/),
        expect.stringMatching(/1 {2}judgemental {2}missed {2}lower-case word \| quoted\+attribution before \| known alone/),
        // After the closing quote mark the context is no longer quoted.
        expect.stringMatching(/1 {2}judgemental {2}missed {2}lower-case word \| attribution before \| not known alone/),
        expect.stringMatching(/1 {2}mix-up {7}missed {2}capitalised word \| plain$/),
        expect.stringMatching(/quality {6}analysis gold true engine false$/),
      ]),
    );
    // nextSteps has no engine value here: a wrong key is counted, a right one is not.
    expect(lines.filter((l) => l.includes("quality"))).toHaveLength(2);
  });

  test("prints no span text, name or quoted part of a reason", () => {
    const out = lines.join("\n");
    for (const secret of ["Zebedee", "Quillon", "feral", "brattish", "Mr", "friend"]) expect(out).not.toContain(secret);
    expect(out).toContain("called …");
  });
});

describe("quoted context", () => {
  const quoted = (text: string, word: string): boolean => {
    const script = `import { insideQuote } from ${JSON.stringify(lib)};
const plain = ${JSON.stringify(text)};
console.log(JSON.stringify(insideQuote(plain, 0, plain.indexOf(${JSON.stringify(word)}))));`;
    return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as boolean;
  };

  test("an apostrophe inside a word is not a quote mark", () => {
    expect(quoted("Reuben's contact with Dad", "contact")).toBe(false);
    expect(quoted("She doesn’t like contact", "contact")).toBe(false);
  });

  test("curly quotes open and close; straight quotes toggle", () => {
    expect(quoted("The log said “very clingy", "clingy")).toBe(true);
    expect(quoted("The log said “clingy” and rude", "rude")).toBe(false);
    expect(quoted("He called it 'hard work' and 'rude", "rude")).toBe(true);
    expect(quoted("He called it 'hard work' and rude", "rude")).toBe(false);
  });
});

describe("bracketed context", () => {
  test("a span that opens a bracket is counted as bracketed", () => {
    const script = `import { context } from ${JSON.stringify(lib)};
const plain = "Chair: independent reviewing officer (IRO). The IRO said";
console.log(JSON.stringify([context(plain, plain.indexOf("IRO")), context(plain, plain.lastIndexOf("IRO"))]));`;
    const got = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as string[];
    expect(got).toEqual(["bracketed", "plain"]);
  });
});

describe("a span deep inside a long quotation", () => {
  const contextOf = (text: string, word: string): string => {
    const script = `import { context } from ${JSON.stringify(lib)};
const plain = ${JSON.stringify(text)};
console.log(JSON.stringify(context(plain, plain.lastIndexOf(${JSON.stringify(word)}))));`;
    return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as string;
  };
  // More than 60 characters between the opening mark and the span, so the window before it sees no mark.
  const middle = "the bus was late again and nobody at the centre rang to tell us why, so ";

  test("is inside a long quotation when the quotation opened earlier in the paragraph is still open", () => {
    expect(contextOf(`Gran wrote: “${middle}we gave up waiting`, "waiting")).toBe("inside a long quotation");
    expect(contextOf(`Gran wrote: "${middle}we gave up waiting`, "waiting")).toBe("inside a long quotation");
    expect(contextOf(`Gran wrote: '${middle}we gave up waiting`, "waiting")).toBe("inside a long quotation");
    // A quote inside the quote, opened and closed, leaves the outer one open.
    expect(contextOf(`Gran wrote: “${middle}the driver shrugged, ‘tough’, and we gave up waiting`, "waiting")).toBe("inside a long quotation");
  });

  test("is not, once the quotation closed, in the next paragraph, or after an apostrophe", () => {
    expect(contextOf(`Gran wrote: “${middle}we gave up” and then waiting`, "waiting")).toBe("plain");
    expect(contextOf(`Gran wrote: “${middle}\nwe gave up waiting`, "waiting")).toBe("plain");
    // A plural possessive's mark and a word's apostrophe open nothing.
    expect(contextOf(`The twins' ${middle}we didn't stop waiting`, "waiting")).toBe("plain");
  });

  test("every other label is read from the 60 characters before, as before", () => {
    expect(contextOf("Gran: “we gave up waiting", "waiting")).toBe("quoted");
    expect(contextOf(`Gran wrote: “${middle}we did not keep waiting`, "waiting")).toBe("inside a long quotation+negation before");
  });
});
