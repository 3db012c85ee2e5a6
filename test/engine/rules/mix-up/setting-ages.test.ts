// A child's age read from the setting or class the record puts them in ("goes to the preschool", "Maisie's nursery",
// "takes Wiktor to nursery", "Leon is in Reception", "Jayden in Year 10", "Freddie, now in Year 11"), so a stage that
// only the subject can have, given to that child's name, is found as a pasted name (mix-up/age-stage.ts).
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";

const profile = (name: string, pronouns: string, others: string[]): CaseProfile => ({
  subject: { name, aliases: [name.split(" ")[0]], pronouns },
  otherChildren: others,
});

/** The mix-up findings that cover the given occurrence (0-based) of a word. */
function mixUpOn(text: string, p: CaseProfile, word: string, occurrence: number): boolean {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(word, at + 1);
  return analyse(text, p).findings.some((f) => f.category === "mix-up" && f.start <= at && at < f.end);
}

describe("ages from a child's own setting or class", () => {
  it.each([
    [
      "a brother taken to day nursery, then given the subject's Year 7 tutor",
      "Visit 2 December 2026. Callum (11) was home. Dad drops Arlo at the day nursery on his way to work.\n\nArlo's Year 7 tutor has phoned about missing homework.",
      profile("Callum Reed", "he/him", ["Arlo Reed"]),
      "Arlo",
      1,
    ],
    [
      "a sister who attends a named preschool, then given the subject's college course",
      "Case note 4 December 2026. Jade is 17. Evie attends Little Owls Preschool on weekday mornings.\n\nEvie has missed three days of her college course this month.",
      profile("Jade Barker", "she/her", ["Evie Barker"]),
      "Evie",
      1,
    ],
    [
      "a sister in Reception, then given the subject's driving lessons",
      "Review 1 December 2026. Tia is 17 and works part-time. Her sister Nell is in Reception at Holy Cross.\n\nNell has booked her driving test for February.",
      profile("Tia Ward", "she/her", ["Nell Ward"]),
      "Nell",
      1,
    ],
    [
      "a brother now in Year 12, then given the subject's nappies",
      "Visit 5 December 2026. Reggie is 10 months old. Theo, now in Year 12, was at college.\n\nTheo was in a wet nappy and needed changing when I arrived.",
      profile("Reggie Moss", "he/him", ["Theo Moss"]),
      "Theo",
      1,
    ],
    [
      "a sister at a named infant school, then given the subject's sixth-form course",
      "Visit 5 December 2026. Demi is 17. Kara goes to Brook Street Infants and loves her teacher.\n\nKara has dropped one of her sixth form subjects since half-term.",
      profile("Demi Lowe", "she/her", ["Kara Lowe"]),
      "Kara",
      1,
    ],
    [
      "a brother whose stated age (10) is kept when his school (a juniors) gives a wider range",
      "Case note 2 December 2026. Toby is 14. His brother Alfie (10) goes to Oak Juniors.\n\nAlfie's Year 9 tutor has asked to meet Mum.",
      profile("Toby Lowe", "he/him", ["Alfie Lowe"]),
      "Alfie",
      1,
    ],
  ])("finds the paste: %s", (_label, text, p, word, occurrence) => {
    expect(mixUpOn(text, p, word, occurrence)).toBe(true);
  });

  it.each([
    [
      "the brother at day nursery, with nursery news of his own",
      "Visit 2 December 2026. Callum (11) was home. Dad drops Arlo at the day nursery on his way to work.\n\nArlo's key worker says he has settled and naps after lunch.",
      profile("Callum Reed", "he/him", ["Arlo Reed"]),
      "Arlo",
      1,
    ],
    [
      "the sister who collects the subject from nursery (a helper, not her stage)",
      "Visit 5 December 2026. Reggie is 3. Amber is in Year 11 at Castle High.\n\nAmber collects Reggie from nursery on Fridays and gives him his tea.",
      profile("Reggie Moss", "he/him", ["Amber Moss"]),
      "Amber",
      1,
    ],
    [
      "a year the child met someone in, not their class now",
      "Case note 4 December 2026. Jade is 17. She met Evie in Year 7 and they are still close.\n\nEvie has booked her driving test for March.",
      profile("Jade Barker", "she/her", ["Evie Barker"]),
      "Evie",
      1,
    ],
    [
      "the sister was in Reception years ago (a past class is not read)",
      "Review 1 December 2026. Tia is 17. In 2014 Nell was in Reception at Holy Cross.\n\nNell has booked her driving test for February.",
      profile("Tia Ward", "she/her", ["Nell Ward"]),
      "Nell",
      1,
    ],
  ])("raises nothing: %s", (_label, text, p, word, occurrence) => {
    expect(mixUpOn(text, p, word, occurrence)).toBe(false);
  });
});
