// Pasted names betrayed by grammar: a child who tells of themselves says "I" and is reported as "he" or "she", never
// by their own name again, so "Dora told me that Dora 'bit me last week'" names the reporter where the one reported
// on, most often the record's own child, was meant. Invented example, in Max's record: "Dora told me that Dora 'bit
// me when I took his train'", written of Max. The same holds for one who asks or thinks about themselves.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";

// Only a verb of telling between the two mentions, with whom they told it to: "told me that", "said", "told staff".
const TELLS_OF = /^[ \t]+(?:(?:had\s+)?(?:told|tells)\s+(?:me|us|staff|(?:his|her|their|the)\s+\p{L}+)|said|says|explained|explains|reported|reports|disclosed|discloses)(?:[ \t]+that)?[ \t]+$/iu;
// So, too, one who asks or thinks about themselves: "Macy asked whether Macy could stay up", "Macy thinks that Macy is
// blamed" (not of what is theirs: "Macy thinks that Macy's teacher is kind" can be a writer's repetition).
const ASKS_OF =
  /^[ \t]+(?:(?:asked|asks|wondered|wonders)(?:[ \t]+(?:me|us|staff|(?:his|her|their|the)[ \t]+\p{L}+))?[ \t]+(?:whether|if)|(?:thinks|thought|feels|felt|believes|believed|worries|worried|hopes|hoped)(?:[ \t]+that)?)[ \t]+$/iu;
const REACH = 48;

export function findSelfReportPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 1; i < all.length; i++) {
    const m = all[i];
    const teller = all[i - 1];
    if (m.role !== "child" || m.inQuote || teller.inQuote || teller.entity !== m.entity || teller.possessive || m.start - teller.end > REACH) continue;
    const between = ctx.text.slice(teller.end, m.start);
    if (TELLS_OF.test(between) || (!m.possessive && ASKS_OF.test(between))) out.push(m);
  }
  return out;
}
