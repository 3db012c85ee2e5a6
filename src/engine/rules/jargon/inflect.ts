// English verb inflection for the wording lexicon: a match phrase writes "~minimise the concerns" and
// every form of the verb is matched ("minimises", "minimised", "minimising", and the -ize spellings),
// so an entry lists a judgement once, by its grammar, instead of every tense someone might write.

// Verbs whose past forms are not made with -ed (only those the word lists use, and their kin).
const IRREGULAR: Readonly<Record<string, readonly [past: string, participle: string]>> = {
  bring: ["brought", "brought"],
  choose: ["chose", "chosen"],
  get: ["got", "got"],
  give: ["gave", "given"],
  go: ["went", "gone"],
  hang: ["hung", "hung"],
  keep: ["kept", "kept"],
  know: ["knew", "known"],
  let: ["let", "let"],
  lose: ["lost", "lost"],
  make: ["made", "made"],
  put: ["put", "put"],
  run: ["ran", "run"],
  sell: ["sold", "sold"],
  sleep: ["slept", "slept"],
  take: ["took", "taken"],
  tell: ["told", "told"],
  throw: ["threw", "thrown"],
};

const VOWEL = /[aeiou]/;

// A one-syllable verb ending consonant-vowel-consonant doubles its last letter ("stop" → "stopped");
// British spelling doubles a final l after one vowel too ("travel" → "travelled").
function doublesFinal(verb: string): boolean {
  if (/[^aeiou][aeiou]l$/.test(verb)) return true;
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(verb) && !/[wxy]$/.test(verb);
}

function ingForm(verb: string): string {
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(verb) && verb !== "be") return `${verb.slice(0, -1)}ing`;
  return doublesFinal(verb) ? `${verb}${verb.slice(-1)}ing` : `${verb}ing`;
}

function edForm(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return doublesFinal(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`;
}

function sForm(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Every form of a verb given in its base form: base, -s, past, past participle, -ing (and -ize for -ise). */
export function verbForms(base: string): string[] {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR[lower];
  const forms = [lower, sForm(lower), ingForm(lower), ...(irregular ?? [edForm(lower)])];
  // "minimise" is also written "minimize": both spellings are matched.
  if (/[^aeiou]is(?:e)$/.test(lower) && VOWEL.test(lower.slice(0, -3))) forms.push(...verbForms(`${lower.slice(0, -3)}ize`));
  return [...new Set(forms)];
}

/**
 * Expands every "~verb" in a phrase into the verb's forms, keeping the rest of the phrase:
 * "~lack insight" → "lack insight", "lacks insight", "lacked insight", "lacking insight".
 */
export function expandInflections(phrase: string): string[] {
  const i = phrase.indexOf("~");
  if (i < 0) return [phrase];
  const m = /^~([\p{L}-]+)/u.exec(phrase.slice(i));
  if (!m) return [phrase.slice(0, i) + phrase.slice(i + 1)];
  const head = phrase.slice(0, i);
  const rest = expandInflections(phrase.slice(i + m[0].length));
  return verbForms(m[1]).flatMap((form) => rest.map((r) => head + form + r));
}

// Endings of words that take no plural -s (adjectives, participles, adverbs): "chaotic", "looked after", "kicked off".
const NOT_A_HEAD_NOUN = /(?:ed|ing|ly|ful|ous|ive|ic|al|ent|ant|able|ible|ish|less|ary|ory|s)$/;
// Nouns that end like adjectives all the same: "-ment" makes nouns of verbs ("placement", "assessment", "engagement"),
// and a few common nouns end in -ent or -ant ("parent", "incident", "merchant", "student").
const NOUN_ALL_THE_SAME = /(?:ment|^(?:parent|incident|merchant|student|agent|client))$/;
// Words of three letters or more that end a phrase and are no noun.
const FUNCTION_WORD = /^(?:its|him|her|you|out|off|for|the|and|but|not|now|yet|too|all|any|one|own|who|how|why|after|about|again|away|back|down|over|with|from|into|onto|that|this|them|they|what|when|then|there|here|upon|else|ever|never|once|only|very|well)$/;
const PARTICLE = /^(?:off|out|up|down|in|on|over|away|back|around|about|through)$/i;
const IRREGULAR_PLURAL: Readonly<Record<string, string>> = { child: "children", man: "men", person: "people", woman: "women" };
// "-ise" words spelt "-ize" in American and Oxford spelling ("utilised", "prioritise"): the stem before has a vowel.
const ISE = /([a-z]*[aeiou][a-z]*[^aeiouw])is(e|es|ed|ing|ation|ations)\b/g;

/**
 * The regular spellings of one lexicon phrase that a writer uses for the same words: a two-word compound written
 * hyphenated or open ("lifestyle choice" and "lifestyle-choice", "co-morbid" and "co morbid"), the plural of the
 * entry's head noun ("pathway plan" → "pathway plans", "problem child" → "problem children"), and "-ize" for "-ise"
 * ("utilised" → "utilized"). Phrases in capitals are abbreviations, matched only as written. A plural is made only
 * where the phrase (two words or more) ends in one of `heads`, the last words of the entry's own term and published
 * variants, when that is a noun of three letters or more: the things the entry names, so "her support" in an entry for
 * "resistant to advice" stays singular ("her supports" is another sense) and "lost it" never becomes "lost its".
 */
export function regularSpellings(phrase: string, heads: ReadonlySet<string> = new Set()): string[] {
  const out = new Set([phrase]);
  if (/[A-Z].*[A-Z]/.test(phrase) && phrase === phrase.toUpperCase()) return [phrase];
  const words = phrase.split(" ");
  // Not a verb and its particle: "kick off" is a judgement, "the kick-off" a football match's start.
  if (words.length === 2 && words.every((w) => /^\p{L}{2,}$/u.test(w)) && !PARTICLE.test(words[1])) out.add(words.join("-"));
  if (words.length === 1 && /^\p{L}{2,}-\p{L}{2,}$/u.test(phrase)) out.add(phrase.replace("-", " "));
  if (words.length >= 2) {
    const last = words[words.length - 1];
    const before = words.slice(0, -1);
    const of = /^(?:of|in|for|with|to|from|around|about|on|at|by|into)$/;
    const lower = last.toLowerCase();
    const noun = /^\p{L}\p{Ll}{2,}$/u.test(last) && (!NOT_A_HEAD_NOUN.test(lower) || NOUN_ALL_THE_SAME.test(lower)) && !FUNCTION_WORD.test(lower);
    if (heads.has(lower) && noun && !before.some((w) => of.test(w.toLowerCase()))) {
      const plural = IRREGULAR_PLURAL[last] ?? (/(?:sh|ch|x|z)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`);
      for (const p of [...out]) out.add(p.slice(0, p.length - last.length) + plural);
    }
  }
  for (const p of [...out]) out.add(p.replace(ISE, "$1iz$2"));
  return [...out];
}
