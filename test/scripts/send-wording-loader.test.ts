// scripts/send-wording-loader.cjs: the on-send bundle carries the wording of findings and rules blank and,
// without the judgemental stage, the people stage's reasons coded. The bundle's findings are compared
// with the engine's in on-send-bundle.test.ts; these check the rewriting itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/send-wording-loader.cjs") as {
  blankWording: (source: string, fileName?: string, options?: { reasons?: boolean }) => { source: string; blanked: number };
  reasonCodes: () => Map<string, string>;
};

const engine = join(__dirname, "..", "..", "src", "engine");

describe("send-wording-loader", () => {
  it("blanks a finding's and a rule's wording and nothing else", () => {
    const source = `const NOTE = "why";
export const rule = {
  meta: { id: "x-rule", category: "identifier", description: "Finds x." },
  message: (m) => \`This is \${m.kind}.\`,
  check(ctx) {
    ctx.report({ start: 1, end: 2, message: \`names \${ctx.who}\`, note: NOTE, source: "ICO", advice: "say so", suggestions: ["another child"], confidence: 0.9, data: { childId: "c1" } });
  },
};`;
    const { source: out, blanked } = loader.blankWording(source);
    expect(blanked).toBe(7);
    expect(out).toContain('description: ""');
    expect(out).toContain('message: () => ""');
    expect(out).toContain('ctx.report({ start: 1, end: 2, message: "", note: "", source: "", advice: "", suggestions: [], confidence: 0.9, data: { childId: "c1" } })');
    expect(out).toContain('id: "x-rule", category: "identifier"');
  });

  it("codes a reason only where every literal of its text in the engine is written as a reason", () => {
    const codes = loader.reasonCodes();
    expect(codes.size).toBeGreaterThan(20);
    expect(new Set(codes.values()).size).toBe(codes.size);
    // Also a detail's kind, and an age template's words: never coded.
    expect(codes.has("date of birth")).toBe(false);
    expect([...codes.keys()].some((t) => t.startsWith("aged "))).toBe(false);
    // Every engine file: a coded text's literals are all coded, and nothing else changes there.
    const files = readdirSync(engine, { recursive: true }).filter((f): f is string => typeof f === "string" && f.endsWith(".ts"));
    for (const f of files) {
      const source = readFileSync(join(engine, f), "utf8");
      const { source: out } = loader.blankWording(source, f, { reasons: true });
      for (const text of codes.keys()) expect(out.includes(JSON.stringify(text))).toBe(false);
    }
    const cues = loader.blankWording('addSignal(c, "kin", cond ? "has a partner or a job" : "a party to the proceedings");', "x.ts", { reasons: true }).source;
    expect(cues).toBe(`addSignal(c, "kin", cond ? ${JSON.stringify(codes.get("has a partner or a job"))} : ${JSON.stringify(codes.get("a party to the proceedings"))});`);
  });
});
