import { phoneNumber } from "../../../../src/engine/rules/identifier/phone-number";
import { runRule, tableTest } from "./run-rule";

tableTest(
  phoneNumber,
  [
    "Seun has a new mobile number, {{pid|07700 900482}}, which the home has shared.",
    "Tel: {{pid|01632 960481}} | Mobile: {{pid|07700 900654}}",
    "Direct line: {{pid|01632 960 215}}",
    "Call {{pid|+44 7700 900123}} after five.",
    "Call {{pid|+44 (0)1632 960 771}} today.",
    "Office: {{pid|(01632) 960481}}.",
    // A bracket around the whole number is punctuation, not part of it.
    "Staff rang her mobile ({{pid|07700 900214}}) twice; the office ({{pid|(01632) 960733}}) once.",
    "London office {{pid|020 7946 0000}}.",
    "Ring {{pid|0161-496-0000}} or {{pid|07700900482}}.",
    "Helpline {{pid|0300 123 4567}}, freephone {{pid|0800 123 456}}.",
    "From abroad dial {{pid|0044 7700 900123}}.",
    "Tel:{{pid|01632960481}}",
    "She has {{pid|07700 900871}} 2 children",
    "Switchboard {{pid|0161 496 0000}}/1.",
    // Extensions belong to the number; numbers abroad start with "+" and their country code.
    "Desk {{pid|01632 960123 ext. 204}}, or {{pid|01632 960124 extension 12}}, or {{pid|01632 960125 x33}}.",
    "Her aunt in Poland: {{pid|+48 512 345 678}}; in Ireland {{pid|+353 87 123 4567}}.",
    "Dad in the US: {{pid|+1 (555) 010-0199}}",
  ],
  [
    "On 02/07/2025 at 16:05 the visit ended.",
    "The fee was £0.50, up 15% on 2024.",
    "Case number: NM24C00517",
    "NHS number: 943 476 5919",
    "Between 0900 and 1700 on 01.02.2020.",
    "Dates 01-02-2020 09-30 and 2019 2020 2021 2022.",
    "Scores 0 7 1 2 3 4 5 6 7 8 9 in total.",
    "Crime reference NP/25/004417 and 0123/4567/8901.",
    "A long figure 077009004821234 is not a phone number.",
    "Version 1.07700 900482 is not either.",
    "Scores went +3 12 and +12 points; +1 2 3; +20% in 2024 2025.",
    "A calm extension 12 of the plan.",
    "",
  ],
);

describe("phone-number findings", () => {
  it("label the kind and suggest a placeholder", () => {
    const [f] = runRule(phoneNumber, "Mob 07700 900219");
    expect(f.data).toEqual({ identifierKind: "phone number" });
    expect(f.suggestions).toEqual(["[phone number]"]);
    expect(f.message).toMatch(/phone number/);
  });
});
