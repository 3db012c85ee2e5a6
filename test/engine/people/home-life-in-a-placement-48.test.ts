// Other young people of a children's home or a short-breaks unit are named bare, with nothing of their own to say
// child or adult, and were put to the worker. Two things a record says only of a young person placed there are now
// read as child evidence ("plays, sleeps or goes to school with a child"): sharing the home's rooms with the child
// ("shares the lounge with Nell", "sharing a placement with Kenzie"), and being settled, redirected or restrained by the
// home's staff ("staff settled Kenzie"). Staff named at work, and a relative sharing a house, are read as before. Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const ava: CaseProfile = { subject: { name: "Ava Cole", aliases: ["Ava"], pronouns: "she/her" }, otherChildren: [], adults: [] };

test.each([
  ["Nell", "Ava does not like sharing the lounge with Nell when it is noisy."],
  ["Macy", "Ava shares the lounge with Macy most evenings."],
  ["Kenzie", "Ava has been sharing a placement with Kenzie since June."],
  ["Kenzie", "Ava woke at 02:00. Staff settled Kenzie, who had been shouting, and Ava went back to sleep."],
  ["Reece", "Ava was calm today. Night staff settled Reece after a difficult phone call."],
])("%s, living in the home beside the child, is another child", (name, text) => {
  expect(flagged(text, ava)).toContain(name);
});

test("a worker named at work in the same home is not made a child", () => {
  const text = "Ava was calm today. Staff member Dev (night staff) supported Ava with her routine.";
  expect(roleOf(text, "Dev", ava)).not.toBe("other-child");
});

test("sharing a house is not enough: adults share houses with children", () => {
  const text = "Ava now lives with her aunt and shares the house with Gareth.";
  expect(flagged(text, ava)).toEqual([]);
});
