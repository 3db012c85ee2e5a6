// A sentence about friends and play ("in my class", "best friend", "bullied", "sleepover") makes each name in it a
// peer, but not a word where someone lives, comes from or moves to: "I'm from Hull", "moved down from Stroud", "going
// back to Maltby", "just outside Kettleby". A person after the same prepositions keeps the cue ("confided in",
// "bumped into", a possessive). Invented text (names and towns differ from test/fixtures/child-probes).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const boy: CaseProfile = { subject: { name: "Caleb Strand", aliases: ["Caleb"], pronouns: "he/him" } };

test("a town the child comes from is not a peer", () => {
  const text = 'Caleb said "Tamsin in my class says I talk funny because I\'m from Barnsley."';
  expect(roleOf(text, "Tamsin", boy)).toBe("other-child");
  expect(roleOf(text, "Barnsley", boy)).not.toBe("other-child");
});

test("a town someone moves to or lives outside is not a peer", () => {
  expect(roleOf("Caleb's best friend Idris is moving back to Kelvedon after Easter.", "Kelvedon", boy)).not.toBe("other-child");
  expect(roleOf("Caleb wants a sleepover at Idris's, which is just outside Kelvedon.", "Kelvedon", boy)).not.toBe("other-child");
});

test("a person after the same prepositions keeps the peer cue", () => {
  expect(roleOf("At break Caleb confided in Marnie that he was being bullied.", "Marnie", boy)).toBe("other-child");
  expect(roleOf("Caleb bumped into Marnie in the playground and she pushed him.", "Marnie", boy)).toBe("other-child");
});

test("a child known from a club with a possessive before it", () => {
  expect(roleOf("Caleb knows Anwen from his swimming club in Kelvedon.", "Anwen", boy)).toBe("other-child");
});
