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

  test("rows hold no name or span text", () => {
    const text = JSON.stringify(out);
    for (const secret of ["Quentin", "Zebedee", "Marigold", "Ottoline", "detentions", "football"]) expect(text).not.toContain(secret);
  });
});
