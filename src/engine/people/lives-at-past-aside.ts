// The person named straight before an aside between commas is who "lives at" the address after it, whoever the
// aside names: "Tamsin Hale (14), in the same year as Callum, lives at 27 Birch Close"; a note's "… Tamsin Hale
// (15), same class as Callum, lives 27 Birch Close". Only a singular verb: "live at" after a list is a household's.
import type { Span } from "../text/span";
import { firstAtOrAfter } from "../text/span";

const ASIDE_THEN_LIVES = /(?:\s*\([^()\n]{0,20}\))?\s*,[^.;:!?()\n,]{1,80},\s*(?:lives|has\s+moved|stays)(?:\s+(?:at|to|in))?\s+$/i;

/** The mention straight before an aside that ends in "lives at" the identifier at `at`; else undefined. */
export function livesAtPastAside<M extends Span>(text: string, mentions: readonly M[], sentenceStart: number, at: number): M | undefined {
  const from = Math.max(sentenceStart, at - 160);
  const m = ASIDE_THEN_LIVES.exec(text.slice(from, at));
  if (!m) return undefined;
  const asideStart = from + m.index;
  const i = firstAtOrAfter(mentions, from);
  let owner: M | undefined;
  for (let j = i; j < mentions.length && mentions[j].start < asideStart; j++) if (mentions[j].end === asideStart) owner = mentions[j];
  return owner;
}
