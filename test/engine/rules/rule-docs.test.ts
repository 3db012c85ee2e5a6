import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULES } from "../../../src/engine";
import { CATEGORIES } from "../../../src/engine/types";

// Every rule explains itself to the people who read its findings: a docs page per rule id.
describe("rules", () => {
  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))("%s has metadata and a docs page", (id, rule) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(CATEGORIES).toContain(rule.meta.category);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    const page = join(__dirname, "../../../docs/rules", `${id}.md`);
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toMatch(new RegExp(`^# ${id}\\b`));
  });

  it("has unique ids", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers every category", () => {
    expect(new Set(ALL_RULES.map((r) => r.meta.category))).toEqual(new Set(CATEGORIES));
  });
});
