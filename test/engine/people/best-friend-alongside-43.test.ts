// "Mum and her best friend NAME": in a girl's record "her" may be the child's, and a best or school friend is a
// child's more often than not; in a boy's record it can only be Mum's. A plain friend, or a verb of being with,
// stays the adult's. Invented text (names differ from test/fixtures/child-probes).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const girl: CaseProfile = { subject: { name: "Orla Venn", aliases: ["Orla"], pronouns: "she/her" } };
const boy: CaseProfile = { subject: { name: "Reuben Venn", aliases: ["Reuben"], pronouns: "he/him" } };

test("a girl's record: Mum and her best friend is not made an adult's friend", () => {
  expect(roleOf("On Sunday Orla went bowling with Mum and her best friend Keira.", "Keira", girl)).not.toBe("adult");
});

test("a boy's record: Mum and her best friend is Mum's", () => {
  expect(roleOf("On Sunday Reuben went bowling with Mum and her best friend Keira.", "Keira", boy)).toBe("adult");
});

test("a girl's record: Mum and her friend (no best or school) stays Mum's", () => {
  expect(roleOf("Mum and her friend Keira were smoking in the kitchen; Orla was upstairs.", "Keira", girl)).toBe("adult");
});

test("a girl's record: Mum lives with her best friend: the verb makes it Mum's", () => {
  expect(roleOf("Mum now lives with her best friend Keira in a flat near the station. Orla visits on Saturdays.", "Keira", girl)).toBe("adult");
});
