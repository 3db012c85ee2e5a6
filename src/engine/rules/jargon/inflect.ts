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
