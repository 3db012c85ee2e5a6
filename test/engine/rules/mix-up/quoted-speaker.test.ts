// Whose he/she it is in quoted words (stop 42, pron47b): the quote's speaker says "I", so a speaker set off by commas
// ("His tutor, Mr Obi, wrote:") or named after the one a question was put to ("I asked his aunt, Mrs Vale, about…") is not
// whom the quote's he/she means; and an answer that also uses the other sex's pronoun speaks of two people. Invented
// examples, worded apart from test/fixtures/mixup-probes/probes-32.txt.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });
const omar = profile("Omar Reid", "he/him");
const cara = profile("Cara Bell", "she/her");

describe("a he/she in quoted words", () => {
  it.each([
    ["speaker in apposition, the child named in the quote", 'The youth worker, Ms Dunn, said: "{{sc|Omar}} turns up every week and {{mix|she}} never misses a session."', omar],
    ["speaker in apposition, a male speaker", 'Her tutor, Mr Obi, wrote: "{{sc|Cara}} reads aloud well and {{mix|he}} has finished the set book."', cara],
    ["the one asked has a name set off after them", 'I asked his aunt, Mrs Vale, about {{sc|Omar}} on Monday. She said: "{{mix|She}} eats everything now, even the greens."', omar],
  ])("flags it: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["the answer also uses the child's own pronoun", 'I asked the form tutor, Ms Hart, about {{sc|Omar}}. She said: "She has spoken to his mum twice this term."', omar],
    ["the speaker in apposition speaks of someone of their own gender named before", 'Dad, Mr Bell, said of his brother Tom: "He is in and out of the flat all week." {{sc|Cara}} was at school.', cara],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
