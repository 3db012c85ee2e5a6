// Pronoun resolution for the mix-up check: who a he/she can and cannot be. Every sentence is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../helpers/annotated";

const profile = (name: string, pronouns: string, otherChildren: string[] = []): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns }, otherChildren });

function check(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "mix-up");
  expect(annotate(plain, found, "mix")).toBe(expectedFor(annotated, "mix"));
}

describe("mix-up pronouns: someone named later in the sentence is not the pronoun", () => {
  it("flags a she that cannot be Mum because Mum is named after it", () => {
    check(
      "{{sc|Kofi}} came home with his nan. Nan said {{sc|Kofi}} had been crying at the gate and that {{mix|she}} would not let go until Nan picked {{mix|her}} up.",
      profile("Kofi Mensah", "he/him"),
    );
  });

  it("keeps a she that points forward from a clause placed first", () => {
    check("{{sc|Kofi}} was at the door. When she arrived, Nan hugged him.", profile("Kofi Mensah", "he/him"));
  });

  it("keeps a he who is a third person, not the father named after him", () => {
    check("{{sc|Esther}} was quiet. Her uncle visited on Sunday and he told Dad about the move.", profile("Esther Lowe", "she/her"));
  });
});

describe("mix-up pronouns: only a child has these", () => {
  it("flags a he with a child's schooling when the only males are adults", () => {
    check(
      "Present: Mr P Quinn (deputy head), Tara's mother.\nMr Quinn said {{sc|Tara}}'s attendance is better. {{mix|He}} is revising for {{mix|his}} GCSE mocks.",
      profile("Tara Boyd", "she/her"),
    );
  });

  it("keeps a he for the father when nothing in his clause is a child's", () => {
    check("{{sc|Tara}} is revising. Her father said he is proud of her and of her mock results.", profile("Tara Boyd", "she/her"));
  });

  it("keeps a she for a sister whose schooling it is", () => {
    check("{{sc|Aled}} is four. His sister {{oc|Cerys}} is nine and she does her homework at the kitchen table.", profile("Aled Rees", "he/him"));
  });
});

describe("mix-up pronouns: the topic of the sentence before", () => {
  it("keeps a she when a girl led the sentence before and the subject only reports", () => {
    check("{{oc|Imogen}} is eleven and she rings him every night. {{sc|Ravi}} said she sounds lonely.", profile("Ravi Shah", "he/him"));
  });

  it("still flags the subject reporting about himself with no girl in focus", () => {
    check("{{sc|Ravi}} came to the office with Mr {{ad|Dunn}}. {{sc|Ravi}} said {{mix|she}} has been sleeping badly.", profile("Ravi Shah", "he/him"));
  });

  it("does not carry a topic from one list item into the next", () => {
    check("Agreed:\n- {{oc|Ffion}} will stay with her aunt on Fridays.\n- {{sc|Osian}} said {{mix|she}} wants a lock on the bathroom door.", profile("Osian Price", "he/him"));
  });
});

describe("mix-up pronouns: people in quoted words", () => {
  it("flags a he opening a sentence the subject led, when a boy is only in her quoted words", () => {
    check(
      '{{sc|Bea}} said: "{{oc|Rory}} pulls my hair in the line and he laughs." {{sc|Bea}} now waits until the line has gone in. {{mix|He}} sits with the teaching assistant at lunch.',
      profile("Bea Collins", "she/her"),
    );
  });

  it("keeps an object pronoun for the boy from the quote", () => {
    check('{{sc|Bea}} said: "{{oc|Rory}} pulls my hair." {{sc|Bea}} has told a teacher, and the teacher has spoken to him.', profile("Bea Collins", "she/her"));
  });
});

describe("mix-up pronouns: the gender a record gives a name", () => {
  it("takes a name of either gender as a girl from the pronoun bound to it", () => {
    check("{{sc|Ollie}} and {{oc|Jordan}} were in the garden. {{oc|Jordan}} showed me her new bike. She was pushing him on the swing.", profile("Ollie Ford", "he/him"));
  });
});

describe("mix-up pronouns: shorthand", () => {
  it("reads a lower-case m as Mum", () => {
    check("HV. {{sc|Dylan}} in room. m tearful, says she cant sleep. {{sc|Dylan}} said he is ok.", profile("Dylan Ash", "he/him"));
  });

  it("still flags a wrong pronoun for the young person in shorthand", () => {
    check("HV. yp seen alone. {{sc|Dylan}} quiet, said {{mix|she}} isnt eating. m says she is worried.", profile("Dylan Ash", "he/him"));
  });
});

describe("mix-up pronouns: a reporting subject", () => {
  it("flags a pronoun after the subject's own 'and said', past a person of unknown gender", () => {
    check("Jo Okoye said {{sc|Hamid}} was shaking and said {{mix|she}} did not want to go back.", profile("Hamid Noori", "he/him"));
  });
});

describe("pasted names: ages", () => {
  it("reads 'was born on' as a date of birth", () => {
    check(
      "{{sc|Pip}} was born on 02/03/2024. His brother {{oc|Arlo}} is 13.\n\n{{mix|Arlo}} is still in nappies at night and sleeps in a cot.",
      profile("Pip Hart", "he/him", ["Arlo Hart"]),
    );
  });
});

describe("pasted names: a paragraph about the subject", () => {
  const ruby = profile("Ruby Lane", "she/her", ["Toby Lane"]);

  it("flags a brother named once, unintroduced, between sentences about the subject", () => {
    check(
      "Visit 01/11/2025.\n\n{{sc|Ruby}} lives with her grandparents. {{sc|Ruby}} has painted her room yellow. {{mix|Toby}} said {{mix|he}} wants to stay here until the summer. {{sc|Ruby}} is sleeping well.",
      ruby,
    );
  });

  it("keeps a child introduced by where he comes from", () => {
    check(
      "Visit 01/11/2025.\n\n{{sc|Ruby}} lives with her grandparents. {{sc|Ruby}} was in the garden. {{oc|Toby}} from next door was playing football. {{sc|Ruby}} joined in.",
      ruby,
    );
  });

  it("keeps a child given an age", () => {
    check("Visit 01/11/2025.\n\n{{sc|Ruby}} lives with her grandparents. {{sc|Ruby}} was in the garden. {{oc|Toby}} is 6 and was playing football. {{sc|Ruby}} joined in.", ruby);
  });

  it("keeps a child after the sentence before spoke of a brother", () => {
    check(
      "Visit 01/11/2025.\n\n{{sc|Ruby}} lives with her grandparents. {{sc|Ruby}} talked about her brother. {{oc|Toby}} lives with their dad in Leeds. {{sc|Ruby}} sees him at weekends.",
      ruby,
    );
  });
});

describe("pasted names: ages and stages", () => {
  const jonah = profile("Jonah Wells", "he/him", ["Martha Wells"]);
  const intro = "Visit 12/11/2025.\n\n{{sc|Jonah}} (14 months) lives with Mum and his sister {{oc|Martha}} (10).\n\n";

  it("flags the older sister's name on a baby's bedtime bottle", () => {
    check(intro + "{{mix|Martha}} still has a bottle at bedtime and a dummy in the day.", jonah);
  });

  it("keeps the older sister helping with the baby", () => {
    check(intro + "{{oc|Martha}} often helps Mum with the bottles and the dummy.", jonah);
  });

  it("keeps a sentence that names the baby as well", () => {
    check(intro + "{{oc|Martha}} walked to the nursery with Mum to collect {{sc|Jonah}}.", jonah);
  });
});
