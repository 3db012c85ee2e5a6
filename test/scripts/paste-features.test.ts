// scripts/lib/paste-features.mjs, which counts the constructions pasted names sit in on sets nobody may read: the
// classes and feature values must be right, and no name or span text may reach its rows.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const lib = join(__dirname, "..", "..", "scripts", "lib", "paste-features.mjs");

type Row = { cls: string; said: string; f: Record<string, string> };

function rows(body: string): Row[] {
  const script = `import { pasteRows } from ${JSON.stringify(lib)};\n${body}`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as Row[];
}

// Invented: Quentin (he/him) is the subject; Zebedee, his listed brother, is a real other child; "Marigold" opens a
// sentence under an analysis heading where Quentin is meant (a paste the engine missed and reported as another child);
// "Ottoline" is an unlisted child named with Zebedee.
const CASE = `
const plain = [
  "Quentin lives with Mum and his brother Zebedee (9).",
  "",
  "Analysis",
  "Quentin has settled well. Marigold has had two detentions this term and he says he is bored. Quentin is in Year 7.",
  "",
  "Zebedee and Ottoline play football on Saturdays.",
].join("\\n");
const at = (w, from = 0) => { const start = plain.indexOf(w, from); return { start, end: start + w.length, text: w }; };
const spans = [
  { tag: "sc", ...at("Quentin") }, { tag: "oc", ...at("Zebedee") }, { tag: "sc", ...at("Quentin", 60) },
  { tag: "mix", ...at("Marigold") }, { tag: "sc", ...at("Quentin", 140) },
  { tag: "oc", ...at("Zebedee", 150) }, { tag: "oc", ...at("Ottoline") },
];
const report = {
  findings: spans.filter((s) => s.tag === "oc" || s.tag === "mix").map((s) => ({ category: "other-child", ruleId: "other-child-name", start: s.start, end: s.end })),
  review: [],
};
const doc = { kind: "case-note", profile: { subject: { name: "Quentin Ash", aliases: ["Quentin"], pronouns: "he/him" }, otherChildren: ["Zebedee Ash", "Marigold Ash"] } };
const sex = { zebedee: "m", marigold: "f", ottoline: "f" };
console.log(JSON.stringify(pasteRows(doc, plain, spans, report, (g) => sex[g.toLowerCase()])));`;

describe("paste features", () => {
  const out = rows(CASE);

  test("classes: a missed paste, listed and unlisted other children; the subject is left out", () => {
    expect(out.map((r) => r.cls)).toEqual(["ocL", "mixM", "ocL", "ocU"]);
    expect(out[1].said).toBe("other-child");
  });

  test("the missed paste's construction", () => {
    const f = out[1].f;
    expect(f["named child listed in profile"]).toBe("yes");
    expect(f.position).toBe("opens sentence");
    expect(f.follows).toBe("auxiliary");
    expect(f.precedes).toBe("nothing (sentence start)");
    // "he" follows in the same sentence: the subject's sex, not the named child's.
    expect(f["pronoun same sentence"]).toBe("subject's only");
    expect(f.sexes).toBe("different");
    expect(f["subject in same sentence"]).toBe("no");
    expect(f["sentences back to subject"]).toBe("1");
    expect(f["sentences on to subject"]).toBe("1");
    expect(f.heading).toBe("analysis");
    expect(f["other mentions of the name"]).toBe("0");
    expect(f["kin word next to name"]).toBe("no");
    expect(f["named child again in paragraph"]).toBe("no");
    expect(f.kind).toBe("case-note");
  });

  test("the real brother: introduced with a kin word and an age, named with another child", () => {
    expect(out[0].f["introduced with kin/age"]).toBe("kin and age");
    expect(out[0].f["kin word next to name"]).toBe("yes");
    expect(out[0].f["subject in same sentence"]).toBe("yes");
    expect(out[2].f["other child named in sentence"]).toBe("yes");
    expect(out[2].f.follows).toBe("and/or");
  });

  test("the paragraph features: the missed paste's paragraph names the subject either side; the unlisted child's does not", () => {
    const f = out[1].f;
    expect(f["subject in paragraph (where)"]).toBe("before and after");
    expect(f["paragraph sentences"]).toBe("2-3");
    expect(f["name's sentence in paragraph"]).toBe("middle");
    // Its "he" is in the name's own sentence: nothing gendered in the rest of the paragraph.
    expect(f["paragraph pronouns (outside sentence)"]).toBe("none");
    expect(f["other children named in paragraph"]).toBe("0");
    expect(f["kin word in paragraph"]).toBe("no");
    expect(f["named child outside paragraph"]).toBe("0");
    expect(f["first mention of the name"]).toBe("yes");
    // The line before is the heading "Analysis"; the line after names only Zebedee and Ottoline.
    expect(f["subject in neighbouring paragraphs"]).toBe("no");
    const o = out[3].f;
    expect(o["subject in paragraph (where)"]).toBe("neither");
    expect(o["other children named in paragraph"]).toBe("1");
    expect(o["name's sentence in paragraph"]).toBe("only");
    expect(o["subject in neighbouring paragraphs"]).toBe("yes");
    // The brother's first line: "his brother" is a kin word in the paragraph; his later line is not his first mention.
    expect(out[0].f["kin word in paragraph"]).toBe("yes");
    expect(out[2].f["first mention of the name"]).toBe("no");
    expect(out[2].f["named child outside paragraph"]).toBe("1");
    // A paragraph of their own elsewhere: Zebedee's last line names him without Quentin; his first line names Quentin.
    expect(out[0].f["named child's own paragraphs elsewhere"]).toBe("1");
    expect(out[2].f["named child's own paragraphs elsewhere"]).toBe("0");
    expect(f["named child's own paragraphs elsewhere"]).toBe("0");
    expect(f["paragraph's adults elsewhere"]).toBe("no named adult");
  });

  test("the bare subject and the subject's pronoun run after the name (stop 39)", () => {
    // "Marigold has had two detentions this term and he says he is bored.": opens its sentence before an auxiliary, no kin
    // word, age or other child; then two "he"s (the subject's sex, not hers) before Quentin is named again.
    expect(out[1].f["bare subject of sentence"]).toBe("yes");
    expect(out[1].f["subject's pronoun run after name"]).toBe("2+");
    // Zebedee introduced late in the sentence, with his age; a brother of the subject's sex says nothing by pronouns.
    expect(out[0].f["bare subject of sentence"]).toBe("no");
    expect(out[0].f["subject's pronoun run after name"]).toBe("same sex");
    // Ottoline is named with another child; no pronoun follows her.
    expect(out[3].f["bare subject of sentence"]).toBe("no");
    expect(out[3].f["subject's pronoun run after name"]).toBe("none");
  });

  test("rows hold no name or span text", () => {
    const text = JSON.stringify(out);
    for (const secret of ["Quentin", "Zebedee", "Marigold", "Ottoline", "detentions", "football"]) expect(text).not.toContain(secret);
  });
});

describe("--cross conjunctions", () => {
  const holds = (cross: string, vector: Record<string, string>): boolean => {
    const script = `import { crossHolds } from ${JSON.stringify(lib)};\nconsole.log(JSON.stringify(crossHolds(${JSON.stringify(cross)}, ${JSON.stringify(vector)})));`;
    return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as boolean;
  };
  const v = { position: "opens sentence", "kin word next to name": "no", "named child again in paragraph": "no" };

  test("every term must hold; a term's |-separated values are alternatives", () => {
    expect(holds("position=opens sentence&kin word next to name=no", v)).toBe(true);
    expect(holds("position=later|opens sentence", v)).toBe(true);
    expect(holds("position=later", v)).toBe(false);
    expect(holds("position=opens sentence&named child again in paragraph=yes", v)).toBe(false);
  });

  test("a feature the row lacks never holds", () => {
    expect(holds("no such feature=no", v)).toBe(false);
  });
});
