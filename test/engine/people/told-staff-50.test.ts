// A young person of a school or a children's home tells the setting's staff what happened ("Rhys told staff that
// Ava had gone out of the back gate"), or runs to fetch one of them ("seen by Corin Vale, who ran to get a member of
// staff"): the staff are the setting's, and the one telling them is someone they look after there, not one of them.
// Bare names with nothing else to say child or adult were put to the worker. Now the telling is a peer's sign, and a
// list the teller stands in with the child's daily life is read alike. An adult who asks staff for something, a
// titled or role-named adult who tells them, and the subject herself are read as before. Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const ava: CaseProfile = { subject: { name: "Ava Cole", aliases: ["Ava"], pronouns: "she/her" }, otherChildren: [], adults: [] };

test.each([
  ["Rhys", "Ava was missing from 21:00. Rhys told staff that Ava had gone out of the back gate."],
  ["Marnie", "Ava was upset at break. Marnie told a member of staff about the messages on Ava's phone."],
  ["Corin Vale", "Ava was pushed over in the yard. This was seen by Corin Vale, who ran to get a member of staff."],
  ["Bryn", "Ava watched a film with Ashton, Kenzie and Bryn. Later Kenzie told staff that Ava was crying in her room."],
  ["Ashton", "Ava watched a film with Ashton, Kenzie and Bryn. Later Kenzie told staff that Ava was crying in her room."],
])("%s, who tells the setting's staff about the child, is another child", (name, text) => {
  expect(flagged(text, ava)).toContain(name);
});

test.each([
  ["Rudi", "Ava's uncle visited. Rudi asked staff to keep a plate of tea aside for Ava."],
  ["Kit", "Kit, the deputy manager, told staff to keep Ava's door open at night."],
  ["Whitby", "Mr Whitby told staff that Ava had been seen in town."],
  ["Dev", "Dev (night staff) told staff at handover that Ava slept well."],
])("%s, an adult who asks or tells staff, is not made a child", (name, text) => {
  expect(roleOf(text, name, ava)).not.toBe("other-child");
});

test("the subject telling staff stays the subject", () => {
  const text = "Ava told staff that she was fine and went to bed.";
  expect(flagged(text, ava)).toEqual([]);
  expect(roleOf(text, "Ava", ava)).toBe("subject");
});
