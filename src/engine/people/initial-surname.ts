// A surname written after one capital initial ("J. Pellow", "G Holt", "Signed: B. Walsh") is how records name
// adults: a signature, an officer or worker on a form, a manager in minutes (FORMAT.md Ruling 7: professionals
// named by initials are adults). Children are written by their given name. "I" and "A" without a full stop are
// a pronoun and an article ("When I Smith…" does not occur; "A Jones family" does), so they are not initials.
import type { Phrase } from "./phrases";
import type { Signal } from "./cues";

const INITIAL_BEFORE = /(?:^|[\s(/:;,|–-])(\p{Lu})(\.?)[ \t]+$/u;

/** No signal yet on the mention: any (an age, a kin or peer word, a class) says more than the initial does
 * ("played with K. Bright at break" stays a child's). */
export function noChildSignal(signals: Partial<Record<Signal, number>>): boolean {
  return !Object.values(signals).some(Boolean);
}

/** Is the one-word name at p written straight after a single capital initial? */
export function afterInitial(text: string, p: Phrase): boolean {
  if (p.parts.length !== 1 || p.title) return false;
  const m = INITIAL_BEFORE.exec(text.slice(Math.max(0, p.start - 4), p.start));
  return !!m && (m[2] === "." || (m[1] !== "I" && m[1] !== "A"));
}
