// Reported labels (issue 12, item 3): a judgemental word the record attributes to someone or names as a
// word ("the school described him as aggressive", "the term promiscuous was used", "Mother was said to
// be hostile") is the writer's own judgement only if the record adopts it. Judgments, practice reviews
// and supervision notes quote poor language in order to reject it: when the rest of the sentence or the
// next one rejects the label ("I do not accept that", "this masked the exploitation", "the review
// considers this label unfair"), or the word is only mentioned as a word, it is not reported.
import type { RuleContext } from "../../rule";
import { findSpanIndex, firstAtOrAfter } from "../../text/span";
import { ROLE_ALT } from "../../people/name-lexicon";
import { inChildsReportedWords, rejectedBefore } from "../../filters/wording-context";
import { isNegated } from "../../text/negation";
import { NAMING_AS_VERBS } from "./naming-verbs";
import qualityData from "../../../../rules/qualities.json";
import { recordsLabelExamined } from "./answered";

// Right before the label, in its clause: a naming act ("described … as", "called her", "labelled",
// "referred to … as", "said to be", "a description of … as", "to record that she had", "said she was").
// (Plain classes, no \p{…}: the on-send bundle carries these as they are.) Not "so-called", the writer's own distancing.
const NAMED_BEFORE =
  /(?:\b(?:describ|descript|characteri[sz]|portray|depict|label|brand|regard|view|treat|dismiss|record|document|account|see[ns]?\b|saw\b|referr?\w*\s+to)\w*[^.;!?\n]{0,60}?\bas|(?<!\bso-)\b(?:call|term|label|brand)\w*\s+(?:(?:the\s+)?\S+\s+)?|\b(?:said|alleged|reported|thought|felt|believed|claimed|considered|found|deemed|judged|assessed)\s+to\s+(?:be|have\s+been)|\b(?:record|write|say|note|log|state|suggest|conclude|accept|submi(?:t|ssion)|contend|argu|assert|alleg|maintain|clai?m|case\s+is|position\s+is)\w*(?:\s+[^.;!?\n]{1,40}?)?\s+that\b[^.;!?\n]{0,40}?|\b(?:said|says|told\s+\S+|report\w*|thinks|thought|feels|felt|believe[sd]|claim\w*|alleg\w*|state[sd])\s+(?:that\s+)?\S+(?:\s+\S+)?\s+(?:is|was|were|are|ha[sd](?:\s+been)?|can\s+be|could\s+be))\s*(?:["'‘“]?[A-Za-z'’-]+["'’”]?(?:,\s*|\s+(?:and|or)\s+))?["'‘“]?(?:(?:a|an|so|very|being|quite|really|just)\s+)?["'‘’“”]?\s*$/i;

// The label named as a word: "the term promiscuous", "words such as", "the phrase 'lifestyle choice'".
const MENTIONED_BEFORE =
  /\b(?:the|this|that|such|these|those|a|an)\s+(?:(?:same|very|word|words|terms?)\s+)?(?:term|word|phrase|label|expression|language|description|descriptor|wording)s?\s+(?:(?:of|like|such\s+as|used\s+(?:was|is))\s+)?["'‘’“”]?\s*$|\b(?:word|term|phrase|language|label)s?\s+(?:like|such\s+as|including)\s+["'‘’“”]?\s*(?:[^,.;!?\n]{1,30},\s*["'‘’“”]?)*$/i;

// What rejects a named label, in the rest of its sentence or the next: the writer, the court or the
// review does not accept it; it is wrong or not borne out; it hid what was happening; the writer's own
// experience of the child is different ("My experience of him is different", "I have found her quite differently").
const REJECTION =
  /\b(?:(?:I|we|the\s+(?:court|judge|review|panel|author|reviewer|guardian))\s+(?:do|does|did|would|could|can|am|is|was)?\s*(?:not|n't|never|un(?=able))\s*(?:able\s+to\s+)?(?:accept|agree|find|consider|think|believe|share|endorse|support|see|adopt)|(?:is|are|was|were|be|been)\s+(?:not|n't|never)\s+(?:borne\s+out|supported|accurate|fair|right|justified|evidenced|true|correct|appropriate|helpful|neutral|a\s+fair)|no\s+(?:evidence|basis|indication|signs?(?=\s+of\s+(?:this|that|it|these|those|such)\b)|support\s+for|confidence(?=\s+that\b))|(?:my|our)\s+(?:own\s+)?(?:experience|view|observations?|assessment|impression|picture|understanding)\s+(?:of\s+\S+(?:\s+\S+)?\s+)?(?:is|are|was|were|has\s+been)\s+(?:very\s+|quite\s+|rather\s+|somewhat\s+)?different|(?:(?:is|was)\s+not|(?:is|was)n['’]t|(?:has|have|had)\s*(?:not|n['’]t|never)\s+been)\s+(?:my|our)\s+(?:experience|view|impression)|\b(?:gave|gives|give|paints?|painted|presents?|presented|describes?|described)\s+(?:a|an)\s+(?:very\s+|quite\s+|rather\s+)?different\s+(?:picture|account|view|impression|description)|(?:is|was|were|are)\s+not\s+what\s+(?:I|we)\s+(?:saw|see|observed|found|heard|have\s+seen|experienced)\b|\b(?:I|we)\s+(?:have\s+)?(?:see|saw|seen|find|found|know|experience[sd]?)\s+(?:\S+\s+){1,2}(?:very\s+|quite\s+)?differently|(?:reject|disagree|disput|criticis|criticiz|mask|obscur|overlook|stigmatis)\w*|ignor(?:ed|es|ing)|\b(?:understand|understands|understood|see|sees|saw|read|reads|interpret\w*|explain\w*)\s+(?:this|that|it|these|them)\s+as\s+[^.;!?]{1,40}?\b(?:rather\s+than|instead\s+of|not\s+(?:as\s+)?(?:a\s+)?(?:choice|defiance|naughtiness|rudeness|bad\s+behaviou?r))\b|(?:\b(?:this|that|these|it|which|words?|labels?|phrases?|language|terms?|descriptions?)\s+(?:\w+\s+)?(?:hid|hides|hiding)|\b(?:can|could|may|might|will|would)\s+(?:also\s+|easily\s+|often\s+)?(?:hide|conceal)\b|\b(?:hid|hides|hiding)\s+(?:what|how|that|the\s+(?:exploitation|abuse|harm|risk|fact|reality|danger))\b)|miss(?:es|ed)(?!\s+(?:(?:a|an|the|her|his|their|my|our|two|three|four|several|some|any|one|\d+)\s+)?(?:days?|school|college|nursery|lessons?|classes|class|appointments?|sessions?|visits?|meetings?|contacts?|calls?|weeks?|bus|time|family\s+time|doses?|medication)\b)|\bnothing\s+[\w-]+\s+about\s+(?:her|him|them|it|this|that)\b|\b(?:have|has|had)\s*(?:not|n't|never)\s+(?:seen|observed|witnessed|noticed)\s+(?:this|that|it|any|such|(?:her|him|them)\s+(?:that|this|like\s+that)\b)\b|nothing\s+to\s+(?:support|suggest|show)|less\s+likely\s+to\s+(?:see|treat|recognise|recognize|protect|act)|minimised\s+(?:the|her|his|their)|(?:shift|plac)\w*\s+(?:the\s+)?(?:responsibility|blame)|victim[-\s]blaming|\bas\s+(?:though|if)\s+(?:that|this|it|these|those)\s+(?:explained|excused|justified|accounted\s+for)\b|(?:(?:is|was|are|were)\s+not|(?:is|was|are|were)n['’]t)\s+(?:about\s+)?(?:who|what|how|the\s+[a-z-]+\s+(?:I|we|that|who))\b|\bwrong\s+(?:word|label|description|term|way)|(?:is|was|are|were)\s+wrong\b|not\s+(?:been\s+)?(?:accepted|agreed|upheld|endorsed)\b|(?:nobody|no\s*one|no-one)\b[^.;!?]{0,30}?\b(?:would|could|will)\s+(?:agree|recognise|recognize|accept)|should\s*(?:not|n['’]t)\s+(?:be\s+)?(?:described|called|labell?ed|seen|referred|thought\s+of)\b|should\s+(?:be\s+)?(?:go|removed|corrected|amended|withdrawn|deleted)\b|(?:would|could|do|does|did)\s*(?:not|n['’]t)\s+(?:describe|call|label)\b|\bneither\s+(?:\S+\s+)?(?:is|was|are|were)\s+(?:supported|borne\s+out|accurate|fair|true|justified|evidenced)|not\s+seen\s+anything|complain(?:s|ed|t)?\s+(?:that|about)|(?:not|n['’]t)\s+acceptable|unfair|inaccurate|misleading|unhelpful|inappropriate|unjustified|unwarranted|not\s+endorse|no\s+longer\s+use|should\s+not\s+(?:be\s+)?use|stop(?:s|ped|ping)?\s+using|(?:should|must)\s*(?:not|n['’]t)\s+have\s+been\s+(?:carried|used|recorded|written|repeated|copied|accepted|relied)|(?:challeng(?:e|es|ed|ing)|question(?:s|ed|ing)?|quer(?:y|ies|ied)|correct(?:s|ed|ing)?)\s+(?:this|that|the|these|those|it|her|his|their)\b|blam(?:es|ed|ing)\s+(?:her|him|them|the\s+(?:child|victim|young\s+person)|children|victims)\b|(?:nobody|no\s*one|no-one|none\s+of\s+(?:us|them|the\s+\w+))\s+(?:\w+\s+)?(?:treated|saw|recognised|recognized|identified|named|understood|called)\s+(?:this|it|that|her|him|them|these)\s+as|no\s+(?:record|note|entry|report|account|log|one)\s+(?:explain|say|describe|record|show|give|set)\w*|\b(?:gives?|gave|offers?|offered|provides?|provided|contains?|contained|includes?|included)\s+no\s+(?:example|evidence|detail|basis|explanation|instance)s?\b|\basked\s+(?:that\s+)?(?:this|it|that|these|the\s+(?:words?|remarks?|comments?|labels?|phrases?))\s+(?:is|are|be|was|were|should)?\s*(?:not|never)\s+(?:be\s+)?(?:repeated|used|recorded|written)|\b(?:I|we)\s+asked\s+(?:that\s+|for\s+)?(?:this|it|that|these|the\s+(?:words?|remarks?|comments?))\s+(?:to\s+)?(?:be|is|are)\s+(?:noted|recorded|logged|challenged|withdrawn|removed))/i;

// A rejection rejects THIS label only where it points at it: the label's own words in its sentence, or a word
// that refers back to it ("this label", "that word", "the description", "it", "which") as the rejecting clause's
// subject (just before it: "This label misses…", "That isn't who turned up", "…, which ignores") or its object
// (just after: "We do not accept that", "I disagree with this description"). "She missed school" or "He
// disputed the detention" after a quoted label is not about the label.
// "term" as a word, not a school term: not "attendance this term is 97%", "late 11 times this term.".
const WORD_TERM = String.raw`(?<!\b(?:attendance|school|times|days|weeks|lessons|sessions|late|absent|absences)\s+\w+\s+)terms?\b(?!\s*(?:[.,;!?)]|$)|\s+(?:is|was|are|were)\s+\d)`;
const BACK_NOUNS = String.raw`(?:labels?|words?|${WORD_TERM}|phrases?|descriptions?|descriptors?|characteri[sz]ations?|language|wording|views?|picture|comments?|remarks?)`;
const REFERS_BACK_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:but|and|which|however|yet|(?:said|says|say|think|thinks|thought|feel|feels|felt|believes?|believed|agree[sd]?)(?:\s+that)?)\s+)(?:(?:this|that|these|those|it|which|neither|both)\s+(?:(?:is|was|are|were|does|did|do|has|had|have|would|could|can|may|might|should|must|also|simply|in\s+fact)\b[^,;:]{0,30})?|(?:(?:this|that|these|those|such|the|her|his|their|neither|both|[A-Za-z'’-]+['’]s)\s+)+${BACK_NOUNS}\b[^,;:]{0,40})$`,
  "i",
);
const REFERS_BACK_OBJECT = new RegExp(String.raw`^\s*(?:[a-z-]+\s+){0,3}?(?:(?:this|that|these|those|it|them)\b(?!\s+(?:day|week|time|morning|afternoon|evening|night|year|month|term|point)\b)|(?:(?:the|such|her|his|their|[A-Za-z'’-]+['’]s)\s+)+${BACK_NOUNS}\b)`, "i");
const SELF_POINTING = /\b(?:this|that|it|these|different(?:ly)?|describe|call|label|no\s+(?:record|note|entry|report|account|log|example|detail|explanation|instance)s?)\b/i;
// Near the rejection (40 characters either side): a word for words ("in terms that are not about what he did").
const BACK_NOUN_NEAR = new RegExp(String.raw`\b(?:${BACK_NOUNS}|either|neither|both|describ\w*|labell?\w*|(?:this|that)\s+way)\b`, "i");
// A rejection with no object ("Kacey disagreed and…", "Mum disputed it."): its object is what was just reported.
const NO_OBJECT = /^\s*(?:[.;:,!?)]|and\b|but\b|$)/i;
const LABEL_AS_SUBJECT = new RegExp(String.raw`^["'’”]?\s*(?:${BACK_NOUNS}\s+)?(?:(?:is|was|are|were|does|did|do|has|had|have|would|could|can|may|might|also|simply|in\s+fact|n't|not)\s+){0,3}$`, "i");
const REJECTION_ALL = new RegExp(REJECTION.source, "gi");
// A rejection that ends in its own object ("not seen anything") and goes on with a relative clause
// ("…anything that suggests risk"): the "that" opens the clause, it does not point back at the label, unless the
// clause does ("nothing that supports this"). "No evidence that he has harmed anyone" rejects the claim.
const RELATIVE_HEAD = /(?:anything|nothing|something)$/i;
const RELATIVE_AFTER = /^\s*(?:that|which)\b(?!(?:\s+[a-z-]+){1,3}?\s+(?:this|that|it|these|those|them|such)\b)/i;

// "No evidence that anyone asked her…", "no indication that any professional considered…": the "that" opens a clause
// about what others did or did not do, not a pointer back to the label (the finding is about the response).
const NO_EVIDENCE_HEAD = /\bno\s+(?:evidence|basis|indication|support\s+for|confidence)$/i;
const OTHERS_CLAUSE_AFTER =
  /^\s*that\s+(?:any(?:one|body)?|no\s*one|no-one|nobody|some(?:one|body)|(?:the|a|an|any|her|his|their)\s+(?:[a-z-]+\s+)?(?:professionals?|agenc(?:y|ies)|services?|schools?|police|panel|staff|workers?|teams?|teachers?|officers?|nurses?|doctors?|GPs?|managers?|practitioners?|partners?))\b/i;

const CHALLENGE_VERB = /^(?:challeng|question|quer|correct|reject|disagree|disput|criticis|criticiz)/i;
const NOBODY_BEFORE = /(?:\b(?:nobody|no\s*one|no-one|never|not)|n['’]t)\s+(?:(?:has|have|had|ever|yet|once|been)\s+)*$/i;

/** A rejection in `text` (one or a few sentences) that names the label or refers back to it. */
function anchoredRejection(text: string, label: string, afterLabel = false, strict = false): boolean {
  const lower = text.toLowerCase();
  const named = (label.match(/[A-Za-z'’]{4,}/g) ?? []).some((w) => lower.includes(w.toLowerCase()));
  for (const m of text.matchAll(REJECTION_ALL)) {
    // A challenge nobody made rejects nothing: "nobody has questioned it", "no one challenged this", "never corrected".
    if (CHALLENGE_VERB.test(m[0]) && NOBODY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (named || BACK_NOUN_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 70))) return true;
    if (strict) continue;
    if (SELF_POINTING.test(m[0]) || NO_OBJECT.test(after)) return true;
    // Right after the label, the label (or its noun phrase) is the subject: "'manipulative' misses the point".
    if (afterLabel && LABEL_AS_SUBJECT.test(text.slice(0, m.index))) return true;
    const lineFrom = Math.max(0, m.index - 60);
    const before = text.slice(lineFrom, m.index).replace(/^[\s\S]*[.!?]["'’”)]*\s+/, "");
    if (REFERS_BACK_SUBJECT.test(before) || (REFERS_BACK_OBJECT.test(after) && !(RELATIVE_HEAD.test(m[0]) && RELATIVE_AFTER.test(after)) && !(NO_EVIDENCE_HEAD.test(m[0]) && OTHERS_CLAUSE_AFTER.test(after)))) return true;
  }
  return false;
}

// The named label set against what the child was: "seen as a difficult teenager rather than as a child at risk".
// Or corrected by what the person was: "called her 'manipulative' but she was trying to keep herself safe",
// "seen as 'streetwise' when in fact she was being groomed" (a state of fear or harm, not another label).
const CONTRASTED =
  /^\W*(?:(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:as\s+)?(?:a|an|the)?\s*(?:child|victim|young\s+person|girl|boy|teenager|\d{1,2}-year-old)\b|(?:(?:but|when|whereas|while)\s+(?:in\s+(?:fact|reality)\s*,?\s*|actually\s+)?|(?=\S+\s+(?:was|is|were|are)\s+(?:in\s+fact|actually)\b))(?:she|he|they|[A-Z][a-z'’-]+)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:in\s+fact\s+|actually\s+|really\s+|only\s+|just\s+)?(?:a\s+(?:child|victim|young\s+person|\d{1,2}-year-old)|being\s+[a-z]+ed|trying\s+to|frightened|scared|terrified|afraid|anxious|worried|upset|distressed|in\s+fear|in\s+pain|traumatised|traumatized|grieving)\b)/i;

// The writer's own meeting with the person set against the named label, in its sentence or the next: "What I saw on
// three visits was a girl frightened of going home", "When I met her I found a frightened 13-year-old". Only a state of
// fear, hurt or need (or a quality), not what the person did ("What I saw was Ryan ignoring every request").
// The qualities are also what listed-quoted-label leaves alone in a list beside a label ("'defiant' and 'kind to the
// younger ones'"): a quality is not a label passed on.
// The qualities are a data file with its sources (rules/qualities.json).
export const QUALITY = `(?:${(qualityData as { words: string[] }).words.join("|")})`;
const CONTRARY_STATE = String.raw`(?:frightened|scared|terrified|afraid|anxious|worried|upset|distressed|exhausted|lonely|sad|grieving|traumati[sz]ed|overwhelmed|confused|withdrawn|hurt|vulnerable|desperate|struggling|${QUALITY}|in\s+(?:fear|pain|distress))`;
const CONTRARY_OBSERVATION = new RegExp(
  String.raw`\b(?:what|who)\s+(?:I|we)\s+(?:have\s+)?(?:saw|seen|see|found|find|observed|met|meet)\b[^.;!?\n]{0,50}?\b(?:was|is|were|are|has\s+been)\s+(?:(?:a|an)\s+)?(?:(?:very|clearly|really|quite|young|little)\s+)*(?:(?:child|girl|boy|young\s+person|teenager|\d{1,2}-year-old|mother|father|parent|woman|man)\s+(?:who\s+(?:was|is|seemed)\s+)?(?:(?:very|clearly|really|quite)\s+)?)?${CONTRARY_STATE}\b` +
    String.raw`|\b(?:I|we)\s+(?:have\s+)?(?:saw|seen|found|met|observed)\s+(?:a|an)\s+(?:(?:very|clearly|really|quite)\s+)?${CONTRARY_STATE}\s+(?:child|girl|boy|young\s+person|teenager|\d{1,2}-year-old|mother|father|parent|woman|man)\b` +
    // On the writer's own visits the person was otherwise: "On each of my visits she has been warm", "When I visited the
    // next morning she was quiet and frightened".
    String.raw`|\b(?:(?:on|during|at)\s+(?:(?:each|all|every\s+one)\s+of\s+)?(?:my|our)\s+(?:\w+\s+)?(?:visits?|sessions?|meetings?)|when\s+(?:I|we)\s+(?:visited|saw|met|spoke\s+(?:to|with))\b[^,.;!?\n]{0,30}?)\s*,?\s+(?:she|he|they|\p{Lu}[\p{L}'’-]+)\s+(?:has\s+been|had\s+been|have\s+been|was|is|were|seemed|appeared)\s+(?:(?:very|really|quite|always|consistently)\s+)?(?:[\p{L}-]+\s+and\s+)?${CONTRARY_STATE}\b`,
  "iu",
);

// The label is the writer's own after all: "which matches what I saw", "and I agree", "I share that view".
const ADOPTED = /\b(?:I|we)\s+(?:would\s+)?(?:agree|share|accept|concur)\b|\bwhich\s+(?:matches|reflects|fits|is\s+consistent\s+with)\b/i;

// The writer or a worker declines the words: "no longer describes Mum as", "stopped calling him", "declined to record that she had kicked off", "chose not to
// call it a meltdown", "avoided the word"; nobody holds the view: "No one thought she was attention seeking".
const DECLINED_BEFORE =
  /\b(?:warn\w*|caution\w*|advis\w*|argu\w*)\s+against\s+(?:describ|call|refer|record|label|brand|see|view|treat|list|us)\w*\b[^.;!?\n]{0,60}$|\b(?:no\s+longer|stopped|stops|ceased\s+to)\s+(?:describ|call|refer|record|label|brand|see|view|treat|list)\w*\b[^.;!?\n]{0,60}$|\b(?:no\s*one|no-one|nobody|none\s+of\s+(?:us|them|the\s+\S+))\b[^.;!?\n]{0,40}?\b(?:thought|thinks|felt|feels|believe[sd]?|consider(?:ed|s)?|suggest(?:ed|s)?|described|saw|sees|regard(?:ed|s)?|call(?:ed|s)?|said|says)\b[^.;!?\n]{0,60}$|\b(?:declin\w*|refus\w*|resist\w*|cho(?:se|osing)\s+not|avoid\w*|careful\s+not|asked\s+(?:\S+\s+){1,3}not)\s+(?:to\s+)?(?:record|write|say|use|call|describe|label|using|writing|saying|calling|describing)\b[^.;!?\n]{0,60}$/i;

// A naming feared or foreseen, not made: "worried that school would see him as", "afraid she will be labelled", "might
// think of her as". A modal before the naming verb, after a word of fear or a condition: the label is nobody's yet.
const FEARED_NAMING_BEFORE =
  /\b(?:worr\w*|afraid|scared|frightened|fear\w*|concern\w*|anxious|nervous|dread\w*|if|unless|in\s+case|so\s+that|risk)\b[^.;!?\n]{0,50}?\b(?:would|will|might|may|could|['’]ll|['’]d)\s+(?:(?:just|only|now|then|all|always|never)\s+)?(?:be\s+|get\s+)?(?:see[ns]?|seen|think\s+of|thought\s+of|think|call(?:ed)?|labell?(?:ed)?|describ(?:e|ed)|treat(?:ed)?|view(?:ed)?|regard(?:ed)?|brand(?:ed)?|judg(?:e|ed)|written\s+off\s+as)\b[^.;!?\n]{0,40}$/i;

// A naming the writer calls mistaken, in the label's own sentence ("professionals often wrongly view these
// relationships as consensual"); not in the next, which may be about another label.
const MISTAKEN = /\b(?:wrongly|mistakenly|incorrectly|erroneously|wrongfully)\b/i;

// A seeming the same sentence corrects: "behaviour may seem to be non-compliant where in fact the issue may be
// the way workers communicate", "she appeared hostile when in reality she was frightened".
const SEEMING_BEFORE = /\b(?:seem|appear|look)(?:s|ed|ing)?\s+(?:to\s+(?:be|have\s+been)\s+)?(?:(?:a|an|very|quite|being)\s+)?["'‘“]?$/i;
const IN_FACT_AFTER = /^["'’”]?\s*,?\s*(?:where|when|whereas|while|but)\s+(?:in\s+(?:fact|reality|truth)|actually|really)\b/i;

// Sentence limits for the look ahead (a full stop, a line break).
const NEXT_SENTENCE = /^[^.!?\n]*[.!?]?["'’”)]*\s*[^.!?\n]*/;

// A negation the sentence scanner stops short of: across an aside ("not, in my view, manipulative") or
// as a quantifier ("nothing chaotic about the home").
const NEGATED_ASIDE =
  /(?:\b(?:not|never)|n't)\s*,\s*(?:in\s+my\s+(?:view|opinion|assessment|experience)|I\s+(?:think|believe|would\s+say)|on\s+the\s+evidence|in\s+fact|to\s+my\s+mind|as\s+far\s+as\s+I\s+(?:can\s+see|know)|as\s+[^,;.!?\n]{1,60}?\s+(?:puts|put|says|said|calls|called)\s+it)\s*,\s*(?:(?:a|an|being|really|very|so|at\s+all)\s+)?$|\b(?:nothing|not\s+at\s+all|in\s+no\s+way)\s+$|\bno\s+such\s+(?:thing|person)\s+as\s+(?:(?:a|an)\s+)?["'‘“]?$/i;

// The label is the lesser reading in a comparison: "looked more like panic than defiance", "more about
// being frightened than being difficult".
// Or the alternative the writer sets aside: "it was distress rather than a bid for attention", "fear
// instead of defiance" (within two words of the contrast, in its clause).
const CONTRASTED_BEFORE =
  /\bmore\s+(?:like|as\s+if|about|a\s+sign\s+of|to\s+do\s+with|likely\s+to\s+be)\b[^.;!?\n]{1,60}?\bthan\s+(?:(?:a|an|simple|simply|just|plain|deliberate)\s+)?["'‘“]?$|\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:(?:a|an|the|any|simply|just|being|as)\s+)?(?:[A-Za-z'’-]+\s+){0,2}["'‘“]?$/i;

// The sentence goes on to say what the words do: "talking about her risk-taking behaviour can suggest that
// she shares the blame", "…places the responsibility on the child" — the words are discussed, not used.
const WORDING_BLAMES =
  /^[^.;!?\n]{0,60}?\b(?:can|may|could|might|will|does|do)?\s*(?:imply|implies|implied|suggest|suggests|suggested|place|places|placed|shift|shifts|shifted)\b[^.;!?\n]{0,80}?\b(?:blame|blameworthy|responsibility|responsible|fault|complicit|culpab\w+)\b/i;

// A record or a document as the speaker of a quoted label: "The referral form states that Dad was
// 'hostile'", "the minutes record that Mother was 'not engaging'". The quote marks show the words are theirs.
const RECORD_SAYS =
  /\b(?:minutes|notes?|records?|referral|report|log|entry|chronology|letter|email|form|file|assessment|plan)\s+(?:also\s+)?(?:records?|recorded|says?|said|states?|stated|notes?|noted|describes?|described|calls?|called|reads?|has|had)\b/i;

// A record's entry quoted as written: a record noun, then "reads" (optionally "in full" or "as follows") and a colon.
const RECORD_READS =
  /\b(?:visit|entry|note|notes|log|record|records|recording|case\s+note|minutes?|referral|report|chronology|email|text|message|form)\b[^.;!?\n"“]{0,40}?\b(?:reads?|read)(?:\s+(?:in\s+full|as\s+follows|simply|only))?\s*:\s*$/i;

/** Quoted words a record or document is said to hold, which the writer does not pass on as a report of someone's label. */
export function quotedFromARecord(ctx: RuleContext, start: number, end: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.end < end) return false;
  const s = ctx.sentenceAt(start);
  return RECORD_SAYS.test(ctx.text.slice(Math.max(s.start, q.start - 120), q.start)) && !reportedUnchallenged(ctx, start, end);
}

/** The next words deny the same label: "…frightened, not aggressive", "rather than manipulative". */
function deniedAgain(window: string, label: string): boolean {
  const head = label.split(/\s+/)[0].toLowerCase();
  if (head.length < 3) return false;
  const at = window.toLowerCase().indexOf(head);
  return at >= 0 && /(?:\b(?:not|never|rather\s+than|instead\s+of)|n't)\s+(?:(?:being|a|an|at\s+all|really|simply|just)\s+){0,2}$/i.test(window.slice(Math.max(0, at - 30), at));
}

// A noun of naming opening the sentence, the label its complement: "The triage label of the mother as", "Her
// description of Dad as", "Calling her".
const NAMING_AS_SUBJECT =
  /^[\s\d.()•*-]*(?:(?:the|this|that|her|his|their|a|an|[\p{L}'’-]+['’]s)\s+)?(?:[\p{L}-]+\s+)?(?:(?:labels?|description|characteri[sz]ation|portrayal|depiction)\s+of\s+[^.;!?\n]{1,40}?\s+as|(?:calling|labell?ing|describing)\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)(?:\s+as)?|(?:calling|labell?ing|describing|recording|branding|treating|seeing|viewing|writing\s+(?:up|off))\s+(?:(?:a|an|the|this|that|every|any)\s+)(?:[\p{L}-]+\s+)?[\p{L}-]+\s+as)\s+(?:(?:a|an)\s+)?["'‘“]?$/iu;

function namingIsSubject(ctx: RuleContext, sentenceStart: number, start: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const from = qi >= 0 && ctx.quotes[qi].start >= sentenceStart ? ctx.quotes[qi].start + 1 : start;
  return from - sentenceStart <= 160 && NAMING_AS_SUBJECT.test(ctx.text.slice(sentenceStart, from));
}

// A later item of a negated list ("not streetwise, mature for her age or promiscuous", "wasn't 'lazy', 'rude' or 'sly'"):
// the negation the first item takes covers every item of a list joined by "or" or "nor". Not a list joined by "and"
// ("not lazy, rude and sly" may deny the first only), nor a new clause after the comma ("not lazy, she is rude").
const NEGATED_LIST_BEFORE =
  /(?:\b(?:not|never|neither)|n['’]t)\s+(?:(?:a|an|being|really|particularly|at\s+all)\s+)?["'‘“]?[\p{L}'’ -]{1,40}?["'’”]?(?:,\s*["'‘“]?[\p{L}'’ -]{1,40}?["'’”]?)*(?:,\s*|,?\s+(?:or|nor)\s+)["'‘“]?$/iu;
const OR_BEFORE = /(?:,\s*|\s+)(?:or|nor)\s+["'‘“]?$/i;
const OR_AFTER = /^["'’”]?(?:,\s*["'‘“]?[\p{L}'’ -]{1,40}?["'’”]?)*,?\s+(?:or|nor)\s/iu;
const OPENING_QUOTE = /^["'‘“]$/;

function negatedList(ctx: RuleContext, before: string, end: number): boolean {
  return NEGATED_LIST_BEFORE.test(before) && (OR_BEFORE.test(before) || OR_AFTER.test(ctx.text.slice(end, end + 120)));
}

// The label as the predicate of a question someone put or left open ("Staff asked whether Tom's shouting was attention
// seeking or…", "The head of year asked whether Ava was being 'manipulative'", "we considered if she was…"): a possibility
// raised, not a judgement passed. The question's subject and its verb come straight before the label, in one clause.
// The label inside a free relative that names it as someone's term: "what her teacher called 'attention seeking' was…",
// "what she calls 'kicking off'", "what was described as 'manipulative' behaviour". The record mentions the word at a
// distance (it is theirs, and the thing is to be told apart from it), it does not use it.
const WHAT_IT_WAS_CALLED = /\bwhat\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|describe[sd]?\s+as|labell?(?:s|ed)?(?:\s+as)?|term(?:s|ed)?|refer(?:s|red)?\s+to\s+as)\s+["'‘“]?$/i;
const ASKED_WHETHER =
  /\b(?:ask\w*|wonder\w*|quer\w*|question\w*|consider\w*|discuss\w*|explor\w*|unclear|unsure|not\s+(?:sure|clear|known)|(?:do|does|did)\s*(?:not|n['’]t)\s+know|to\s+(?:establish|understand|find\s+out|check))\s+(?:\w+\s+){0,2}?(?:whether|if)\s+[^,.;:!?\n"“”]{1,50}?\b(?:is|was|are|were|had\s+been|has\s+been|(?:might|could|may|would)\s+(?:be|have\s+been))\s+(?:(?:being|a|an|just|simply|really|deliberately)\s+){0,2}["'‘“]?$/i;

/**
 * True when the judgemental words at [start, end) are attributed to someone else or mentioned as a word,
 * and the record rejects them (or, mentioned as a word in a sentence about words, does not use them).
 */
export function rejectedReport(ctx: RuleContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  const before = ctx.text.slice(Math.max(s.start, start - 120), start);
  if (ASKED_WHETHER.test(before) || WHAT_IT_WAS_CALLED.test(before)) return true;
  if (DECLINED_BEFORE.test(before) || FEARED_NAMING_BEFORE.test(before) || NEGATED_ASIDE.test(before) || CONTRASTED_BEFORE.test(before) || negatedList(ctx, before, end)) return true;
  // A quoted label after a clause that rejects it ("It is wrong to say she was 'choosing to go missing'", "Far from being
  // 'streetwise'"): the rejection the unquoted words get (wordingSuppression) holds across the quote mark.
  if (rejectedBefore(ctx.text, s.start, OPENING_QUOTE.test(ctx.text.slice(start - 1, start)) ? start - 1 : start)) return true;
  if (WORDING_BLAMES.test(ctx.text.slice(end, Math.min(s.end, end + 200)))) return true;
  if (SEEMING_BEFORE.test(before) && IN_FACT_AFTER.test(ctx.text.slice(end, Math.min(s.end, end + 80)))) return true;
  // The naming is the sentence's subject ("The triage label of the mother as 'X' closed down curiosity and should not
  // have been carried into later records"): a rejection in its predicate is about the label.
  if (namingIsSubject(ctx, s.start, start) && REJECTION.test(ctx.text.slice(end, s.end))) return true;
  const mentioned = MENTIONED_BEFORE.test(before);
  if (!mentioned && !NAMED_BEFORE.test(before)) return false;
  const ahead = ctx.text.slice(end, Math.min(ctx.text.length, end + 260));
  const window = NEXT_SENTENCE.exec(ahead)?.[0] ?? ahead;
  // A rejection in the label's own sentence outweighs a concession in the next ("…from chaotic families, as though
  // that explained why they had not been cared for. I accept that the parents must take some responsibility").
  const rest = ctx.text.slice(end, Math.min(s.end, end + 200));
  const label = ctx.text.slice(start, end);
  // Named here without quotes, quoted and rejected further on ("recorded his mother as disengaged … Recording a parent
  // as 'disengaged' without asking why can hide coercive control"): the later rejection is of this naming too.
  if (!mentioned && rejectedWhereQuotedLater(ctx, end, label)) return true;
  if (!mentioned && anchoredRejection(rest, label, true) && !ADOPTED.test(rest)) return true;
  if (ADOPTED.test(window)) return false;
  // Named as a word ("the term promiscuous was used"): the writer mentions it, does not use it.
  if (mentioned) return true;
  // Someone's quoted denial ("I'm not a liar") is their view, not the record's.
  const unquoted = window.replace(/^["'’”]+/, "").replace(/["“][^"”]{12,}(?:["”]|$)/g, "");
  return anchoredRejection(window, label) || CONTRASTED.test(window) || CONTRARY_OBSERVATION.test(window) || VIEWS_DISCUSSED.test(window) || rejectionOfWords(ctx.text.slice(s.start, start)) || MISTAKEN.test(ctx.text.slice(s.start, start)) || deniedAgain(unquoted, label);
}

// A rejection before the naming, in its sentence, rejects the words unless it is a person's rejection of a person: "the
// father has encouraged River to reject her, and she describes him as…", "Mum criticised him and…" (a verb of rejecting
// with a person as its object is something that happened, not the record's view of the label).
const PERSON_REJECTED = /^(?:reject|criticis|criticiz|disput|ignor|blam)\w*$/i;
const PERSON_OBJECT = /^\s+(?:her|him|them|me|us|(?:her|his|their|my)\s+(?:mother|father|mum|dad|parents?|carers?|brother|sister|family|friends?)|\p{Lu}[\p{L}'’-]+(?!['’]s\s+(?:words?|labels?|descriptions?|view)))\b/u;

function rejectionOfWords(before: string): boolean {
  for (const m of before.matchAll(REJECTION_ALL)) {
    if (PERSON_REJECTED.test(m[0]) && PERSON_OBJECT.test(before.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    return true;
  }
  return false;
}

// Scare quotes round a modifier inside a noun phrase: a determiner or possessive before the quote, a noun after it
// ("An 'aggressive' father", "the parents' 'volatile' relationship"). The writer uses the word while distancing
// themself from it; it is not anyone's speech, and the label still lands on the person.
const NOUN_PHRASE_OPENS = /(?:\b(?:a|an|the|this|that|her|his|their|its|such\s+a)|\p{L}['’]s|\p{L}s['’])\s+(?:(?:very|quite|rather|so-called|often|increasingly|more|most)\s+)?$/iu;
const NOUN_FOLLOWS =
  /^\s+(?!(?:and|or|but|is|was|are|were|be|been|has|had|to|of|in|on|at|as|about|from|after|before|since|until|when|while|because|if|so|than|then|which|who|that|by|for|with)\b)\p{Ll}[\p{L}-]+/u;

/** One scare-quoted word that modifies the noun after it (see above). */
export function scareQuotedModifier(ctx: RuleContext, start: number, end: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.start + 1 !== start || q.end - 1 !== end || /\s/.test(ctx.text.slice(start, end))) return false;
  const s = ctx.sentenceAt(start);
  return NOUN_PHRASE_OPENS.test(ctx.text.slice(Math.max(s.start, q.start - 40), q.start)) && NOUN_FOLLOWS.test(ctx.text.slice(q.end, Math.min(s.end, q.end + 40)));
}

/**
 * A short quoted label the rest of the sentence adopts: "The school call him 'disrespectful', which
 * matches what I saw"; "Her carer said she was 'hostile' and I agree". Not speech (five words or more).
 */
export function adoptedQuotedLabel(ctx: RuleContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.end < end || ctx.text.slice(q.start, q.end).split(/\s+/).length > 4) return false;
  return ADOPTED.test(ctx.text.slice(q.end, Math.max(q.end, s.end)));
}

// Who reports a label about someone: a carer, parent, teacher, school or officer by role, a record
// (an officer's note, a referral), or a named adult, with a verb of saying, telling ("shared", "mentioned",
// "insisted", "confirmed"), describing or worrying right before the quoted words ("Her carer said he can be 'sulky'", "the school describe her as 'mouthy'",
// "the officer's note calls the flat 'squalid'", "She is worried he is 'running with the wrong crowd'").
// The role words are the people stage's (rules/people/cues.json adultRoles: "social worker", "residential
// worker", "judge", "assessor"); organisations and records are listed here.
const ROLE_SPEAKER = new RegExp(
  String.raw`\b(?:(?:the|her|his|their|my|our|a|an|one|another)\s+)?(?:foster\s+)?(?:${ROLE_ALT}|carers?|teachers?|head\s+of\s+year|school|college|nursery|academy|officers?|PC|police|staff|SENCO|(?:\S+['’]s\s+)?(?:notes?|records?|log|report|referral|minutes|entry|file|letter|e-?mail|form|summary|statement|chronology))(?:['’]s(?:\s+(?:view|opinion|words))?)?(?:\s+(?:at|from|in|for)\s+(?:the\s+|her\s+|his\s+|a\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*)?(?:\s+(?:nevertheless|however|also|still|later|previously|originally|repeatedly))?,?\s+$`,
  "i",
);
const SAYS_LABEL = new RegExp(
  String.raw`\s+(?:also\s+|has\s+|had\s+|have\s+|often\s+|sometimes\s+)?(?:(?:started|starts|begun|began|taken\s+to|takes\s+to|took\s+to)\s+)?(?:(?:rang|phoned|messaged|texted|wrote|e-?mailed|called)\s+(?:me\s+|us\s+)?to\s+)?(?:said|says|say|describes|described|describe|describing|calls|called|call|calling|(?:refers?|referred|referring)\s+to|labels?|labell?ed|labell?ing|brands?|branded|dubs?|dubbed|(?:${NAMING_AS_VERBS}|lists?|listed|identif(?:y|ies|ied)|flag(?:s|ged)|names?|named|categori[sz](?:es|ed)|classif(?:y|ies|ied))\s+(?:\S+\s+){1,3}?as|thinks|thought|think|feels|felt|feel|reports|reported|report|wrote|writes|noted|notes|recorded|records|told\s+(?:me|us|the\s+\w+)|(?:shared|shares|mentioned|mentions|commented|comments|insisted|insists|confirmed|confirms|complained|complains|claimed|claims|maintained|maintains|stated|states|explained|explains|suggested|suggests|added|adds|admitted|admits|confessed|confesses|alleged|alleges|raised)(?:\s+that)?|(?:is|was|are|were)\s+(?:very\s+|really\s+)?worried(?:\s+that)?|worries(?:\s+that)?|(?:view|opinion)\s+(?:is|was)\s+that|(?:gave|gives|give|given|giving)\s+evidence)\b[^.;!?\n]{0,80}$`,
  "i",
);
// The reflexive is the object of the naming verb ("called herself", "sees himself as") or the subject of
// the reported clause ("she herself is"); not a reflexive of another verb ("putting himself at risk and …").
const SELF_DESCRIBED =
  /\b(?:herself|himself|themselves|themself|myself|ourselves)\s+(?:(?:as|to\s+be|(?:is|was|are|were|am|can\s+be)(?:\s+(?:so|very|really|just|a\s+bit))?)\s+)?["'‘“]?$/i;
const NEGATED_IN_QUOTE = /(?:\b(?:not|never|no)|n't)\s+(?:\S+\s+)?$/i;
const LABEL_WORDS = 4;

// A short phrase opening in lower case, with nobody speaking in it ("running with the wrong crowd"), is a
// label even at six words; anything longer, or a sentence, is speech.
const FRAGMENT_WORDS = 6;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'll|me|my|we|us|our)\b/;

// A quote that completes the sentence's own predicate ("Jasper was 'streetwise and knew what he was
// doing'", "described him as '…'") is a label however long, if it opens in lower case and no one speaks in it.
// Also its last conjunct: "describe him as defiant, oppositional and '…'".
const PREDICATE_BEFORE_QUOTE = /(?:\b(?:is|was|are|were|been|be|being|as|that)|['’]s)(?:\s+[^.;:!?"“”\n]{1,60}?(?:,|\s+(?:and|or)))?\s*$/i;
// The reported clause's subject straight before the quote, its predicate quoted: 'wrote that Mum "can't be bothered to
// get up for the school run"', 'told the panel that Jo "kicks off whenever…"'. The subject is a name, a pronoun or a
// parent's role, after "that" (so the quote is the clause's verb phrase, not someone's sentence).
const SUBJECT_BEFORE_QUOTE = /\bthat\s+(?:(?:her|his|their|the)\s+)?(?:\p{Lu}[\p{L}'’-]+|he|she|they|mum|mother|dad|father|parents?|carers?)\s*$/iu;
const PREDICATE_WORDS = 12;

function isSpeech(inner: string, before = ""): boolean {
  const words = inner.trim().split(/\s+/).length;
  if (words <= LABEL_WORDS) return false;
  const lowerNotFirstPerson = /^\s*[a-z\u00DF-\u00FF]/.test(inner) && !FIRST_PERSON.test(inner);
  if (lowerNotFirstPerson && words <= PREDICATE_WORDS && (PREDICATE_BEFORE_QUOTE.test(before) || SUBJECT_BEFORE_QUOTE.test(before))) return false;
  return words > FRAGMENT_WORDS || !lowerNotFirstPerson;
}

// Inside an adult's quoted speech, the label said of someone else: "He's a liar, he tells me what I want to
// hear", "She's out of control" (a child speaking of themselves says "I'm", and is not an adult speaker).
// Or, opening the speech or one of its sentences, the pronoun straight before a label that is itself a verb ("He plays up
// for his mum", "She kicks off every night"); not a later clause, which goes on to describe ("she plays us off…").
// A word of candour may open the speaker's sentence first ("Honestly, she's…", "To be honest he has been…").
const CANDOUR = String.raw`(?:(?:honestly|frankly|basically|seriously|well|look|to\s+be\s+honest|I\s+mean|between\s+you\s+and\s+me),?\s+)?`;
const SPEECH_LABEL_BEFORE = new RegExp(
  String.raw`(?:(?:^|[.!?,;]\s*|\b(?:and|but|because|cos)\s+)${CANDOUR}(?:he|she|they)(?:['’]s(?:\s+been)?|['’]re|\s+is|\s+was|\s+are|\s+were|\s+(?:has|have|had)\s+been|\s+can\s+be|\s+could\s+be|\s+gets)\s+(?:(?:a|an|so|such\s+a|just|really|very|always|being|completely|totally|a\s+proper|a\s+right)\s+){0,2}|(?:^|[.!?]\s+)${CANDOUR}(?:he|she|they)\s+(?:(?:has|had|have|always|just|really|still|constantly|only)\s+){0,2})$`,
  "i",
);
// The same inside speech about someone named: "Hazel is lovely one to one but can be a drama queen"
// (the named person, then a second predicate of theirs joined by "but" or "and").
const NAMED_SPEECH_LABEL_BEFORE =
  /(?:^|[.!?;]\s*)\p{Lu}[\p{L}'’-]+\s+(?:is|was|can\s+be|gets)\b[^.!?;"”]{0,50}?\b(?:but|and)\s+(?:can\s+be|is|gets|also\s+is)\s+(?:(?:a|an|so|such\s+a|just|really|very|always|a\s+bit\s+of\s+a|a\s+proper|a\s+right)\s+){0,2}$/u;
// A named person's progressive or perfect predicate opening the speech, or its second conjunct: "Reuben has
// been attention seeking all week and playing staff off…" (a log's words about the person named).
// A short time phrase may open the sentence first ("Yesterday evening he was sulking", "At teatime she was…").
const NAMED_PREDICATE_IN_SPEECH =
  /(?:^|[.!?;]\s*)(?:(?:yesterday|today|tonight|earlier|later|this|last|that|on|at|in|by|after|before|during)\b(?:\s+[\p{L}\d:]+){0,2}?,?\s+)?(?:\p{Lu}[\p{L}'’-]+|he|she)\s+(?:has\s+been|had\s+been|is|was|can\s+be|could\s+be|keeps|kept)\s+(?:[^.!?;"”]{1,60}?\s+and\s+)?(?:(?:so|really|very|always|constantly|just)\s+)?$/iu;

// A reported view the next words turn to as a view: "these views shaped the response", "that characterisation".
// VIEW_NOUNS are the nouns that take it up; WORDS_DISCUSSED below reads them too.
const VIEW_NOUNS = String.raw`views?|characteri[sz]ations?|perceptions?|assumptions?|submissions?|assertions?`;
const VIEWS_DISCUSSED = new RegExp(String.raw`\b(?:this|that|these|those|such)\s+(?:${VIEW_NOUNS}|labels?|language|descriptions?)\b`, "i");

// The record turns to the words themselves ("this language", "that word", "Neither word", "these labels"):
// it quotes them to examine them, not to pass them on. Also a reported view named as a view ("these views
// shaped the response", "that characterisation", "this submission").
const WORDS_DISCUSSED = new RegExp(
  String.raw`\b(?:this|that|these|those|such|the|neither|either|both|a|its|their)\s+(?:same\s+)?(?:words?|labels?|language|phrases?|${WORD_TERM}|descriptions?|descriptors?|wording|expressions?)\b` +
    String.raw`|\b(?:this|that|these|those|such)\s+(?:${VIEW_NOUNS}|allegations?)\b`,
  "i",
);

// A remark on the words that neither rejects nor withdraws them: they are not explained, someone asks what lay
// behind them, or they stand as the speaker's view ("neither word is explained", "SR asked what BA had seen that
// led to those words", "the phrase stands as BA's view"). The sets keep such a label (a label questioned, not withdrawn).
const REMARK_ONLY = /\b(?:(?:is|are|was|were)\s+(?:not\s+|never\s+)?(?:explained|defined|evidenced|clarified)|asked\s+(?:what|whether|why|how)|(?:stands?|stood|remains?|remained)\s+as)\b/i;

/** The following sentences, without those that only remark on the words. */
const withoutRemarks = (following: string): string =>
  following
    .split(/(?<=[.!?]["'’”)]*)\s+/)
    .filter((sentence) => !REMARK_ONLY.test(sentence) || REJECTION.test(sentence))
    .join(" ");

// Past a blank line, a new paragraph turns to these words only by pointing back at them ("this word", "such
// language"), not by speaking of words in general ("Several spoke about the words used about them").
const WORDS_POINTED_AT = new RegExp(String.raw`\b(?:this|that|these|those|such|neither|either|both)\s+(?:same\s+)?(?:words?|labels?|language|phrases?|${WORD_TERM}|descriptions?|descriptors?|wording|expressions?)\b`, "i");

/** The record turns, in the following sentences, to the words it has just quoted. */
function wordsDiscussedAfter(following: string): boolean {
  const br = PARAGRAPH_BREAK.exec(following);
  const here = withoutRemarks(br ? following.slice(0, br.index) : following);
  return WORDS_DISCUSSED.test(here) || (br !== null && WORDS_POINTED_AT.test(withoutRemarks(following.slice(br.index))));
}

// A sentence before the label opens the subject of wording: "Language matters.", "The language of records."
const LANGUAGE_HEADING = /\blanguage\s+(?:matters|used|of\s+(?:the\s+)?records?|in\s+(?:the\s+)?records?)\b/i;

const NAMING_FRAME_END = /\b(?:the|this|that|her|his|their|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?(?:description|characteri[sz]ation|label|portrayal)\s+of\s+[^.;!?\n]{1,40}?\s+as\s+(?:(?:a|an)\s+)?["'‘“]?$/i;

function wordsDiscussedBefore(ctx: RuleContext, sentenceStart: number, quoteStart: number): boolean {
  let at = sentenceStart - 1;
  while (at > 0 && sentenceStart - at < 8 && /\s/.test(ctx.text[at])) at--;
  const prev = at >= 0 ? ctx.sentenceAt(at) : undefined;
  const from = prev && prev.start < sentenceStart && sentenceStart - prev.start < 300 ? prev.start : sentenceStart;
  // Bounded, so that a very long sentence is not reread for every label in it.
  // The naming that brings this quote in ("raise the description of her as 'X'") names the label, not words in general.
  const window = ctx.text.slice(Math.max(from, quoteStart - 400), quoteStart).replace(NAMING_FRAME_END, "");
  return LANGUAGE_HEADING.test(window) || WORDS_DISCUSSED.test(window);
}

// The rest of the sentence and the next two: where a record examines or rejects a label it has quoted.
// Past a blank line a new paragraph or section ("My assessment") opens: its "I do not think…" rejects this
// label only when it names it again ("I do not agree that she is non-compliant").
const FOLLOWING = /^[^.!?]*[.!?]?["'’”)]*(?:\s*[^.!?]*[.!?]?["'’”)]*){0,2}/;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

function rejectedInFollowing(following: string, label: string): boolean {
  const br = PARAGRAPH_BREAK.exec(following);
  if (!br) return anchoredRejection(following, label);
  if (anchoredRejection(following.slice(0, br.index), label)) return true;
  const beyond = following.slice(br.index);
  return anchoredRejection(beyond, label, false, true);
}

// The next sentence gives a contrary account by someone named before the quote, the person labelled: "The referral
// form states that Dad was 'hostile'. Dad says nobody rang him."
const CONTRARY_ACCOUNT = /^["'’”]?\s*[.!?]["'’”)]*\s+(\p{Lu}[\p{L}'’-]+)\s+(?:says?|said|told\s+(?:me|us|the\s+\w+))\s+(?:that\s+)?[^.;!?\n]{0,30}?(?:\b(?:not|never|nobody|no\s*one)\b|n['’]t\b)/u;

function contraryAccount(ctx: RuleContext, sentenceStart: number, quoteStart: number, quoteEnd: number): boolean {
  const m = CONTRARY_ACCOUNT.exec(ctx.text.slice(quoteEnd, quoteEnd + 120));
  return m !== null && new RegExp(`\\b${m[1]}\\b`).test(ctx.text.slice(sentenceStart, quoteStart));
}

// The quote named as a word: "only learned what 'placement breakdown' meant".
const MEANING_AFTER = /^\s*(?:meant|means|mean|stands?\s+for)\b/i;
// A quote that opens a clause of the speaker's ("when it's kicking off at home") is speech, not a label.
const CLAUSE_QUOTE = /^["'‘“]\s*(?:when|if|because|cos|since|until|while|as)\b/i;

// Children as the speakers, unnamed: "Other girls called her…", "His classmates said he is…", "Her brother called her…".
// What other children call the child (often the bullying being recorded) is their words, data like the child's own.
const CHILDREN_SPEAK =
  /(?:^|[\s,;(])(?:(?:other|older|younger|some|two|three|several|a\s+few|a\s+group\s+of|the)\s+)?(?:girls|boys|pupils|students|classmates|peers|kids|children|teenagers|young\s+people)(?:\s+(?:in|at|from)\s+(?:her|his|their|the)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s*$|\b(?:her|his|their)\s+(?:(?:older|younger|big|little|twin|half-?|step-?)\s*)?(?:classmates?|peers?|friends?|brothers?|sisters?|siblings?|cousins?)\s*$/i;

// Between the person and a naming verb, a passive auxiliary: "Amy has been described as", "Amy was called".
const PASSIVE_BETWEEN = /^\s+(?:(?:has|have|had)\s+)?(?:(?:often|also|previously|repeatedly|sometimes|frequently)\s+)?(?:is|was|were|are|been|being)\s+(?:(?:often|also|previously|repeatedly|sometimes|frequently)\s+)?$/i;

/**
 * A verb of saying or naming brings the quote in ("was described as", "the log calls her"), and its speaker is
 * not a child: the subject or another child (their words are data), or a speaker who says it of themself
 * ("She said she had 'lost it'": the same pronoun after the verb, not the subject's).
 */
function reportedBy(ctx: RuleContext, sentenceStart: number, quoteStart: number, start: number): boolean {
  const before = ctx.text.slice(Math.max(sentenceStart, quoteStart - 120), quoteStart);
  const says = SAYS_LABEL.exec(before);
  if (!says && !NAMED_BEFORE.test(ctx.text.slice(Math.max(sentenceStart, start - 120), start))) return false;
  if (inChildsReportedWords(ctx, start)) return false;
  if (!says) return true;
  if (CHILDREN_SPEAK.test(before.slice(0, says.index))) return false;
  const at = Math.max(sentenceStart, quoteStart - 120) + says.index;
  const all = ctx.people.all;
  const m = all[firstAtOrAfter(all, at) - 1];
  // A passive naming verb ("Amy has been described as", "Amy was called"): the person before it is the one
  // named, not the speaker, and the label is passed on by whoever described them.
  const named = m !== undefined && PASSIVE_BETWEEN.test(ctx.text.slice(m.end, at + 1));
  if (m && !named && m.start >= sentenceStart && (m.role === "subject" || m.role === "child")) return false;
  const initials = INITIALS_SPEAKER.exec(before.slice(0, says.index))?.[1];
  if (initials && (CHILD_SHORTHAND.test(initials) || initials === initialsOf(ctx.profile.subjectName))) return false;
  const pronoun = PRONOUN_SPEAKER.exec(before.slice(0, says.index))?.[1].toLowerCase();
  return !(pronoun && speaksOfThemself(ctx, at + 1, pronoun));
}

// A parent, a relative or a named adult saying it of themself: "Dad said he was 'a waste of space' back then" in a
// girl's record, "Ms Dale told the court that she had been 'hostile'", "Mr Price admits he was 'a hothead'". The
// reported clause's subject is a pronoun of the speaker's gender that cannot be the subject child's: the words are
// the speaker's own account of themself (their words are data, like a child's), not a label the record passes on.
const RELATIVE_SPEAKER = /\b(?:(mum|mother|nan|gran|grandma|grandmother|aunt|auntie|stepmum)|dad|father|grandad|grandfather|uncle|stepdad)\s+$/i;
const SAYS_OF_SELF =
  /\b(?:also\s+|has\s+|had\s+)?(?:said|says|told\s+(?:me|us|(?:the|her|his|their)\s+[\p{L}-]+|\p{Lu}[\p{L}'’-]+)|tells\s+(?:me|us|(?:the|her|his|their)\s+[\p{L}-]+)|explained|explains|admitted|admits|confessed|confesses|accepted|accepts|acknowledged|acknowledges|conceded|concedes|agreed|agrees|felt|feels|thinks|thought|believes|believed|recalled|recalls|stated|states|wrote|writes|gave\s+evidence)\s+(?:that\s+)?(?:(?:at\s+the\s+time|back\s+then|then|now|in\s+the\s+past)\s*,?\s+)?(she|he)\s+[^.;!?\n"“]{0,40}$/iu;
const FEMALE_TITLE = /\b(?:Ms|Mrs|Miss)\.?\s+$/;
const MALE_TITLE = /\bMr\.?\s+$/;

// Where the speaker and the child share a pronoun, two things still make the pronoun the speaker's: a verb of owning
// up (admit, accept, acknowledge, concede: "Mum admitted she had been 'selfish'"; what a person admits is their own
// conduct) and a label naming a parent ("Dad said he had been 'a useless father'"). A verb of saying alone leaves the
// pronoun the child's ("Mum said she is 'lazy'").
const OWNS_UP = /^(?:(?:also|has|had)\s+)?(?:admi|confess|accep|acknowledg|conced)/i;
const PARENT_LABEL = /^\W*(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:mother|mum|mom|father|dad|parent)\W*$/i;

function speakerSaysOfSelf(ctx: RuleContext, from: number, before: string, label = ""): boolean {
  const m = SAYS_OF_SELF.exec(before);
  if (!m) return false;
  const pronoun = m[1].toLowerCase();
  if (pronoun === ctx.profile.pronouns?.subject && !OWNS_UP.test(m[0]) && !PARENT_LABEL.test(label)) return false;
  const speaker = before.slice(0, m.index);
  // "Dad talked about his drinking. He said he was 'a waste of space'": the speaker is the same pronoun, not the subject's.
  if (new RegExp(`\\b${pronoun}\\s+$`, "i").test(speaker)) return true;
  const kin = RELATIVE_SPEAKER.exec(speaker);
  if (kin) return (kin[1] ? "she" : "he") === pronoun;
  // A named adult right before the verb: their gender from the people stage, or from a title ("Ms Dale", "Mr Price").
  const verbAt = from + m.index;
  const all = ctx.people.all;
  const person = all[firstAtOrAfter(all, verbAt) - 1];
  if (!person || person.end < verbAt - 2 || person.inQuote || (person.role !== "adult" && person.role !== "unknown")) return false;
  const title = ctx.text.slice(Math.max(0, person.start - 6), person.start);
  const first = /^\S+/.exec(ctx.text.slice(person.start, person.end))?.[0] ?? "";
  const gender = FEMALE_TITLE.test(title) || FEMALE_TITLE.test(`${first} `) ? "f" : MALE_TITLE.test(title) || MALE_TITLE.test(`${first} `) ? "m" : person.gender;
  return (gender === "f" ? "she" : gender === "m" ? "he" : undefined) === pronoun;
}

// The child as the outer speaker: their name (or another child's) and a verb of saying or thinking, then, in the same
// clause, the adult who gave the label ("Kyle says the staff at club think he is 'attention seeking'").
const CHILD_TELLS = /^\s*(?:\([^()\n]{1,20}\)\s*)?(?:also\s+)?(?:said|says|told\s+(?:me|us|the\s+[\p{L}-]+)|tells\s+(?:me|us|the\s+[\p{L}-]+)|explained|explains|feels|felt|thinks|thought|believes|believed|complained|complains|worries|worried)\b(?:\s+that)?\s+(?:[^.;!?\n"“]{1,80})$/iu;
const NEW_CLAUSE = /[;:]|,\s*(?:and|but|while|whereas)\s|\s(?:and|but)\s+(?:the|her|his|their|[A-Z])/;

const EARLIER_SHORT_QUOTE = /["“‘][^"“”‘’\n]{1,40}["”’]/g;

function childTellsOfIt(ctx: RuleContext, sentenceStart: number, quoteStart: number): boolean {
  const from = Math.max(sentenceStart, quoteStart - 120);
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, from); i < all.length && all[i].end <= quoteStart; i++) {
    const m = all[i];
    if (m.inQuote || (m.role !== "subject" && m.role !== "child")) continue;
    // Earlier quotes of the same list ("Mum calls her 'lazy' and 'a liar'") stand for words of the clause.
    const rest = ctx.text.slice(m.end, quoteStart).replace(EARLIER_SHORT_QUOTE, "words");
    const verb = CHILD_TELLS.exec(rest);
    if (verb && !NEW_CLAUSE.test(rest)) return true;
  }
  return false;
}

/**
 * A short quoted label an adult or a record gave someone, reported without challenge: the record passes the
 * judgement on ("Her carer said he can be 'sulky'"). Also a label inside an adult's quoted speech about
 * someone else ("Mum said: 'He's a liar, he tells me what I want to hear.'"). Not a child's words, and not
 * when the record rejects the label (rejectedReport), examines it as words, or rejects it where it quotes
 * it again ("'Kicked off' does not describe her experience").
 */
export function reportedUnchallenged(ctx: RuleContext, start: number, end: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.end < end) return false;
  const inner = ctx.text.slice(q.start + 1, start);
  // An entry quoted whole ("The visit on 2 August reads in full: 'Home filthy again. Mum not bothered.'"): the
  // quoted words are the record's own wording, not someone's speech, and no speaker need introduce them.
  const entry = RECORD_READS.test(ctx.text.slice(Math.max(0, q.start - 80), q.start));
  const speech = !entry && isSpeech(ctx.text.slice(q.start + 1, q.end - 1), ctx.text.slice(Math.max(ctx.sentenceAt(q.start).start, q.start - 80), q.start));
  if (speech ? !SPEECH_LABEL_BEFORE.test(inner) && !NAMED_SPEECH_LABEL_BEFORE.test(inner) && !NAMED_PREDICATE_IN_SPEECH.test(inner) : NEGATED_IN_QUOTE.test(inner)) return false;
  const s = ctx.sentenceAt(start);
  // A quote of several sentences is introduced before its first: "The log says: 'He was fine. Later he was sulking.'"
  const introduced = q.start < s.start ? ctx.sentenceAt(q.start) : s;
  // A short quoted label someone is said to have given stands unless a child gives it (their own words are data):
  // a passive "was described as", or a speaker the people stage does not place, passes the label on. Speech needs an adult.
  if (!entry && !adultReports(ctx, qi, introduced.start, speech, 0) && (speech || !reportedBy(ctx, s.start, q.start, start))) return false;
  if (contraryAccount(ctx, s.start, q.start, q.end) || isNegated(ctx.text, s, q.start, ctx.tokens) || CLAUSE_QUOTE.test(ctx.text.slice(q.start, start)) || MEANING_AFTER.test(ctx.text.slice(q.end, q.end + 20))) return false;
  // The speaker's label for themself ("Mum called herself 'lazy'", "Dad describes himself as 'a nightmare'").
  if (SELF_DESCRIBED.test(ctx.text.slice(Math.max(s.start, q.start - 60), q.start)) || speakerSaysOfSelf(ctx, Math.max(s.start, q.start - 80), ctx.text.slice(Math.max(s.start, q.start - 80), q.start), ctx.text.slice(q.start, q.end))) return false;
  // The child's account of what an adult calls them ("Kyle said his teacher calls him 'lazy'", "She says staff think
  // she is 'attention seeking'"): the child's words, as data, not a label the record passes on.
  if (childTellsOfIt(ctx, s.start, q.start)) return false;
  // A record's label, quoted by a review that finds the records' language was wrong: its evidence, not its judgement.
  if (recordsLabelExamined(ctx, q.start)) return false;
  if (rejectedReport(ctx, start, end)) return false;
  const following = FOLLOWING.exec(ctx.text.slice(q.end, q.end + 400))?.[0] ?? "";
  if (wordsDiscussedAfter(following) || rejectedInFollowing(following, ctx.text.slice(start, end)) || wordsDiscussedBefore(ctx, s.start, q.start)) return false;
  // The writer's own meeting with the person, in the following sentences of its paragraph, found them otherwise.
  if (CONTRARY_OBSERVATION.test(following.split(PARAGRAPH_BREAK)[0])) return false;
  if (anchoredRejection(ctx.text.slice(Math.max(s.start, q.start - 160), q.start), ctx.text.slice(start, end), false, true)) return false;
  return !rejectedWhereQuotedAgain(ctx, qi, ctx.text.slice(start, end)) && !deniedWhereRepeated(ctx, q.end, ctx.text.slice(start, end)) && !answeredLater(ctx, s.end, q);
}

// A quoted label after someone else's verb of thinking, feeling or worrying ("Mum worries that Nia is 'attention
// seeking'", "His teacher feels he is 'disruptive'"). The wording filter's attributing verbs are verbs of saying, so it
// takes such a quote for the writer's own; it is the thinker's view, passed on only as any reported label is
// (reportedUnchallenged: an adult's, not a child's, and not answered or rejected later). The writer's own ("I feel…") stays.
const STANCE_BEFORE = /\b(?:thinks?|thought|feels?|felt|believes?|believed|worr(?:y|ies|ied)|fears?|feared|suspects?|suspected)\b(?:\s+that)?\s+[^.;!?\n"“”]{0,50}["'‘“]$/i;
const WRITER_THINKS = /\b(?:I|we)\s+(?:\w+\s+)?(?:think|thought|feel|felt|believe|believed|worry|worried|fear|feared|suspect|suspected)\b[^.;!?\n"“”]{0,50}["'‘“]$/i;

/** A quoted label after a thinker other than the writer, which reportedUnchallenged would not pass on. */
export function thoughtNotPassedOn(ctx: RuleContext, start: number, end: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.end < end) return false;
  const s = ctx.sentenceAt(start);
  const before = ctx.text.slice(Math.max(s.start, q.start - 80), q.start + 1);
  return STANCE_BEFORE.test(before) && !WRITER_THINKS.test(before) && !reportedUnchallenged(ctx, start, end);
}

// A later sentence that reads what happened another way: "it was distress rather than a bid for attention", "Hiding
// food … should not be read as dishonesty", "The homework problem looks like a gap in understanding rather than effort".
// Or sets the writer's reading against the label's with a comma and "not": "a sign of distress, not a bid for attention".
const REREAD = /\b(?:rather\s+than|instead\s+of|should\s*(?:not|n['’]t)\s+be\s+(?:read|seen|taken|understood|interpreted|treated)\s+as)\b|,\s*(?:and\s+)?not\s+(?:a|an|just|simply|merely)\s/i;
// What the label was about: its own words and the rest of its clause ("'a bit sly' about the food", "'attention
// seeking' when he banged the door"), lower-case words of four letters or more, without the commonest.
const CLAUSE_AFTER_QUOTE = /^["'’”]?[^.,;:!?\n"“]{0,60}/;
const COMMON_WORDS = new Set(
  "with that this when were have been about from they them their there what which would could should said says very much more some time just into over also only every other then than after before being does doing done make made home school child children mother father family their things thing because while".split(" "),
);

// An analysis or commentary section comes later than a denial in the writer's own words (REPEAT_WINDOW).
const ANSWER_WINDOW = 3000;

function answeredLater(ctx: RuleContext, sentenceEnd: number, q: { start: number; end: number }): boolean {
  const about = ctx.text.slice(q.start + 1, q.end - 1) + " " + (CLAUSE_AFTER_QUOTE.exec(ctx.text.slice(q.end, q.end + 60))?.[0] ?? "");
  const words = new Set((about.match(/\b[a-z][a-z'’-]{3,}/g) ?? []).filter((w) => !COMMON_WORDS.has(w)));
  if (words.size === 0) return false;
  const ahead = ctx.text.slice(sentenceEnd, Math.min(ctx.text.length, sentenceEnd + ANSWER_WINDOW));
  for (const m of ahead.matchAll(new RegExp(REREAD.source, "gi"))) {
    const s = ctx.sentenceAt(sentenceEnd + m.index);
    if (ctx.inQuote(sentenceEnd + m.index, sentenceEnd + m.index + m[0].length)) continue;
    const sentence = ctx.text.slice(s.start, s.end).toLowerCase();
    for (const w of words) if (new RegExp(`\\b${w}\\b`).test(sentence)) return true;
  }
  return false;
}

// How far on a record may return to a label it reported, to deny it in its own words.
const REPEAT_WINDOW = 1500;
const DENIED_BEFORE = /(?:\b(?:not|never)|n['’]t)\s+(?:(?:a|an|being|really|simply|just|at\s+all)\s+)?["'‘“]?$/i;

/**
 * The label's words again, unquoted (the writer's voice, not a child's "I'm not a bully"), later in the record, in a sentence that rejects them ("I do not agree
 * that Mrs O is non-compliant: …") or right after a negation ("she is not manipulative").
 */
function deniedWhereRepeated(ctx: RuleContext, from: number, label: string): boolean {
  const key = label.toLowerCase();
  if (key.length < 3) return false;
  const ahead = ctx.text.slice(from, from + REPEAT_WINDOW).toLowerCase();
  for (let at = ahead.indexOf(key); at >= 0; at = ahead.indexOf(key, at + key.length)) {
    const pos = from + at;
    // Someone's quoted words ("I'm not a bully") are their view, not the record's.
    if (ctx.inQuote(pos, pos + key.length)) continue;
    const s = ctx.sentenceAt(pos);
    const before = ctx.text.slice(Math.max(s.start, pos - 120), pos);
    if (DENIED_BEFORE.test(before) || REJECTION.test(before)) return true;
  }
  return false;
}

// Between two quotes of one report: a conjunction and a short clause, no new sentence or speaker ("… said
// she is 'sneaky' and 'eats like a gannet'", "… 'has a history of it' and 'can't be trusted'").
const BETWEEN_QUOTES = /^[^.;!?\n"“”]{0,60}$/;
const NEW_SPEAKER = /\b(?:said|says|told|thinks|thought|feels|felt|wrote|described|calls|called|reported)\b/i;

/** The quote qi is introduced by an adult or a record saying it, or shares the report of the quote before it. */
function adultReports(ctx: RuleContext, qi: number, sentenceStart: number, speech: boolean, depth: number): boolean {
  const q = ctx.quotes[qi];
  const from = Math.max(sentenceStart, q.start - 120);
  const before = ctx.text.slice(from, q.start);
  const verb = speech ? SAYS_SPEECH : SAYS_LABEL;
  let says = verb.exec(before);
  if (says) {
    // A record's noun may read as the verb ("The records describe her as", "Mr P's report says"): try the next verb too.
    for (let at = 0, tries = 0; says && tries < 3; tries++) {
      const speakerEnd = from + at + says.index;
      if (adultSpeakerEndingAt(ctx, speakerEnd, before.slice(0, at + says.index)) || sentenceSubjectSpeaks(ctx, sentenceStart, speakerEnd)) return true;
      at += says.index + 1;
      says = verb.exec(before.slice(at));
    }
  }
  // The source named first ("According to the school, he is …") or after an inverted verb of saying (", said a
  // psychiatrist, she was 'vulnerable to making poor life choices'").
  const source = SOURCE_FIRST.exec(before);
  if (source && ROLE_SPEAKER.test(`${source[1]} `)) return true;
  if (adultSpeaksAfter(ctx, q.end)) return true;
  if (lineLabelSpeaks(ctx, q.start) || (speech && previousSentenceSpeaks(ctx, sentenceStart, q))) return true;
  const prev = qi > 0 ? ctx.quotes[qi - 1] : undefined;
  if (speech || depth > 2 || !prev || prev.start < sentenceStart) return false;
  const between = ctx.text.slice(prev.end, q.start);
  return BETWEEN_QUOTES.test(between) && !NEW_SPEAKER.test(between) && adultReports(ctx, qi - 1, sentenceStart, false, depth + 1);
}

// A note's line headed by its source, then the quoted words: "Teacher: '…'", "12/03 Police: mother '…'", "Mrs Grey (foster
// carer) on the phone: '…'". The heading (a role, a record or a titled name) is the speaker; a few words may follow the colon.
const LINE_LABEL =
  /(?:^|\n)[ \t]*(?:[-•*]\s*)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*(?:[-–:|]\s*)?)?([^:\n"“”]{1,40}?)\s*(?:\([^()\n]{1,40}\))?(?:\s+(?:on|by|via|at|in)\s+(?:the\s+)?[\p{L}-]+)?\s*:\s*(?:[^:\n"“”]{0,30}?\s)?$/u;
// A titled name is an adult's: "Mr Ward", "Dr Okafor" (the people stage may not place a surname that is also a word).
const TITLED_NAME_END = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*$/u;

function lineLabelSpeaks(ctx: RuleContext, quoteStart: number): boolean {
  const m = LINE_LABEL.exec(ctx.text.slice(Math.max(0, quoteStart - 100), quoteStart));
  if (!m || NEW_SPEAKER.test(m[0])) return false;
  const label = m[1].trim();
  return ROLE_SPEAKER.test(`${label} `) || TITLED_NAME_END.test(label);
}

// The speaker in the sentence before the quote, which opens its own sentence: "Nan rang this morning. 'She's been…'",
// "The head of year was blunt. 'She's defiant…'". The sentence before opens with an adult (a role, a titled name, a
// person the people stage placed as an adult) and quotes nothing; no one is named as the speaker after the quote.
const ADULT_SENTENCE_OPENER = new RegExp(String.raw`^(?:(?:the|her|his|their|my|our)\s+)?(?:foster\s+)?(?:${ROLE_ALT}|carers?|teachers?|head\s+of\s+year|school|nursery|officers?|police|staff)\b`, "i");

function previousSentenceSpeaks(ctx: RuleContext, sentenceStart: number, q: { start: number; end: number }): boolean {
  if (!/^[\s]*$/.test(ctx.text.slice(sentenceStart, q.start))) return false;
  if (SPEAKER_THEN_VERB.test(ctx.text.slice(q.end, q.end + 80)) || VERB_THEN_SPEAKER.test(ctx.text.slice(q.end, q.end + 80))) return false;
  let at = sentenceStart - 1;
  while (at > 0 && /\s/.test(ctx.text[at])) at--;
  if (at <= 0 || sentenceStart - at > 3 || !/[.:]/.test(ctx.text[at])) return false;
  const prev = ctx.sentenceAt(at);
  const lead = SENTENCE_LEAD.exec(ctx.text.slice(prev.start, prev.start + 12))?.[0].length ?? 0;
  const opening = ctx.text.slice(prev.start + lead, Math.min(prev.end, prev.start + lead + 60));
  if (/["“”]/.test(ctx.text.slice(prev.start, at)) || PARAGRAPH_BREAK.test(ctx.text.slice(at, q.start))) return false;
  if (ADULT_SENTENCE_OPENER.test(opening) || /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}/u.test(opening)) return true;
  const all = ctx.people.all;
  const m = all[firstAtOrAfter(all, prev.start + lead)];
  return m !== undefined && m.start <= prev.start + lead + 1 && m.end < at && m.role === "adult" && !m.inQuote;
}

// The speaker named after the quote, by role or name: "'She's a nightmare at bedtime,' her nan said", "'Lazy,' said his
// form tutor". Not a pronoun (the child may be speaking of themself), and not a child the people stage placed.
const VERB_OF_SAYING = String.raw`(?:said|says|added|adds|explained|explains|replied|wrote|writes|commented|remarked|told\s+(?:me|us))`;
const SPEAKER_WORDS = String.raw`((?:(?:the|her|his|their|a|an|one)\s+)?[^\s,.;:!?"“”]+(?:\s+[^\s,.;:!?"“”]+){0,2}?)`;
const SPEAKER_THEN_VERB = new RegExp(String.raw`^\s*,?\s*${SPEAKER_WORDS}\s+${VERB_OF_SAYING}\b`, "i");
const VERB_THEN_SPEAKER = new RegExp(String.raw`^\s*,?\s*${VERB_OF_SAYING}\s+${SPEAKER_WORDS}\s*(?:[,.;!?"“]|$|\s+(?:when|as|after|before|and|to|in|at|on|about)\b)`, "i");
const PRONOUN_OR_CHILD_WORD = /^(?:(?:the|her|his|their|a|an|one)\s+)?(?:he|she|they|I|we|you|it|child|girl|boy|young\s+person|brother|sister|sibling|cousin|friend|classmate)s?$/i;

function adultSpeaksAfter(ctx: RuleContext, quoteEnd: number): boolean {
  const after = ctx.text.slice(quoteEnd, quoteEnd + 80);
  const m = SPEAKER_THEN_VERB.exec(after) ?? VERB_THEN_SPEAKER.exec(after);
  if (!m || PRONOUN_OR_CHILD_WORD.test(m[1])) return false;
  const speakerEnd = quoteEnd + m.index + m[0].indexOf(m[1]) + m[1].length;
  if (ROLE_SPEAKER.test(`${m[1]} `)) return true;
  const all = ctx.people.all;
  const person = all[firstAtOrAfter(all, speakerEnd) - 1];
  if (!person || person.end !== speakerEnd || person.inQuote) return false;
  return person.role === "adult" || (person.role === "unknown" && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(ctx.text.slice(person.start, person.end)));
}

// The source named first, then the label's clause: "According to the school, he is 'disruptive'", "In
// Nan's words, he is 'a nightmare'".
const SOURCE_FIRST = /\b(?:according\s+to|in|said|says|wrote|writes|noted|notes|added|adds)\s+((?:the\s+|her\s+|his\s+|their\s+)?[^,;.!?\n]{1,30}?)(?:['’]s\s+(?:own\s+)?words)?,\s+[^.;!?\n]{0,50}$/i;

// Speech introduced by a verb of saying and a colon or the quote itself: "She said: ", "Mum texted me: ".
// Or a form's field that holds someone's words: "Class teacher's comment: ", "Carer's view: ".
const SAYS_SPEECH =
  /\s+(?:also\s+)?(?:said|says|told\s+(?:me|us|the\s+\w+)|texted(?:\s+me)?|wrote|shouted|added|replied|explained)\b[^.;!?\n"“]{0,30}?[:,]?\s*$|(?:['’]s\s+|\s+)(?:comments?|views?|words|remarks?|feedback|description|account|entry|notes?)\s*(?:\([^)\n]{1,40}\)\s*)?:\s*$/i;

const REJECTED_LATER = {};
const MAX_LABEL_CHARS = 80;

/**
 * A later quote of the same words (in any case) whose sentence or the next rejects or examines them.
 * Worked out once per analysis, from the last quote back, so a record that repeats a label is read once.
 */
function rejectedWhereQuotedAgain(ctx: RuleContext, qi: number, label: string): boolean {
  const { flags, lastRejected } = rejectedQuotes(ctx);
  return flags[qi] === 1 || (lastRejected.get(label.toLowerCase()) ?? -1) > qi;
}

// How far on, in the same paragraph, a quote of the same words may reject an unquoted naming (a record that comes back
// to the words sections later, in its analysis, does not take back what a carer was reported to say).
const REQUOTE_WINDOW = 400;

/** A quote shortly after `from`, in its paragraph, of the same words (in any case) that the record rejects or examines. */
function rejectedWhereQuotedLater(ctx: RuleContext, from: number, label: string): boolean {
  const { self } = rejectedQuotes(ctx);
  const key = label.toLowerCase();
  for (let i = firstAtOrAfter(ctx.quotes, from); i < ctx.quotes.length && ctx.quotes[i].start - from <= REQUOTE_WINDOW; i++) {
    if (PARAGRAPH_BREAK.test(ctx.text.slice(from, ctx.quotes[i].start))) return false;
    if (self[i] === 1 && quoteWords(ctx, i) === key) return true;
  }
  return false;
}

/** Which quotes a later quote of the same words rejects, and the last rejected quote of each label. */
function rejectedQuotes(ctx: RuleContext): { flags: Uint8Array; self: Uint8Array; lastRejected: Map<string, number> } {
  return ctx.perAnalysis(REJECTED_LATER, () => {
    const flags = new Uint8Array(ctx.quotes.length);
    // Quotes the record rejects where they stand.
    const self = new Uint8Array(ctx.quotes.length);
    const seenRejected = new Set<string>();
    // The last quote of each label the record rejects: one label quoted alone later ("streetwise") rejects it
    // where it was first quoted with another ("streetwise and mouthy").
    const lastRejected = new Map<string, number>();
    for (let i = ctx.quotes.length - 1; i >= 0; i--) {
      const q = ctx.quotes[i];
      if (q.end - q.start > MAX_LABEL_CHARS) continue;
      const key = quoteWords(ctx, i);
      if (key.split(" ").length > LABEL_WORDS) continue;
      if (seenRejected.has(key)) flags[i] = 1;
      const following = FOLLOWING.exec(ctx.text.slice(q.end, q.end + 300))?.[0] ?? "";
      if (anchoredRejection(following, key) || DOES_NOT_DESCRIBE.test(following) || WITHDRAWN_BEFORE.test(ctx.text.slice(Math.max(0, q.start - 60), q.start)) || rejectedAsItIsNamed(ctx, q.start, q.end)) {
        seenRejected.add(key);
        self[i] = 1;
        if (!lastRejected.has(key)) lastRejected.set(key, i);
      }
    }
    return { flags, self, lastRejected };
  });
}

/** The quote is named as a word, or as what someone was called, in a clause that rejects it ("Records should not use
 *  words like 'streetwise'", "The school will be asked to stop using words like 'sly'"), or its naming is the subject
 *  of a rejection ("The triage label of the mother as 'vague and evasive' … should not have been carried…"). */
function rejectedAsItIsNamed(ctx: RuleContext, quoteStart: number, quoteEnd: number): boolean {
  const s = ctx.sentenceAt(quoteStart);
  const before = ctx.text.slice(Math.max(s.start, quoteStart - 100), quoteStart);
  if ((MENTIONED_BEFORE.test(before) || NAMED_BEFORE.test(before)) && REJECTION.test(before)) return true;
  return namingIsSubject(ctx, s.start, quoteStart + 1) && REJECTION.test(ctx.text.slice(quoteEnd, s.end));
}

// Its author takes the words back where they are quoted again: "withdrew 'bone idle'", "removed the word 'feral'".
const WITHDRAWN_BEFORE = /\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws?|retract(?:s|ed)?|took\s+back|takes\s+back|struck\s+out|crossed\s+out|removed|deleted)\s+(?:the\s+(?:words?|phrases?|labels?|descriptions?|terms?)\s+)?$/i;
const DOES_NOT_DESCRIBE = /^[^.!?]{0,40}?\b(?:does|did|do)\s+(?:not|n't)\s+(?:describe|reflect|capture|tell|explain|help)\b|^[^.!?]{0,40}?\b(?:doesn't|didn't|don't)\s+(?:describe|reflect|capture|tell|explain|help)\b/i;

const quoteWords = (ctx: RuleContext, i: number): string =>
  ctx.text
    .slice(ctx.quotes[i].start + 1, ctx.quotes[i].end - 1)
    .toLowerCase()
    .replace(/[^a-z\u00C0-\u024F\s'’-]/g, "")
    .trim()
    .replace(/\s+/g, " ");

// A pronoun for the speaker ("She said: …") when it cannot be the subject child (a different pronoun).
const PRONOUN_SPEAKER = /\b(he|she)\s*$/i;

// The sentence's own subject opening it: "Mr Brannigan said he was at work, and described Will as…".
const OPENING_ROLE = /^\s*(?:(?:the|her|his|their)\s+)?(?:mum|mother|dad|father|step-?(?:mum|dad|mother|father)|nan|gran|grandma|grandad|grandmother|grandfather|aunt|auntie|uncle|carers?|foster\s+carers?|teachers?|school|officers?|police|staff)\b/i;

/**
 * A verb of saying coordinated with an earlier one ("…, and described Will as", "agreed but said"), or in a relative
 * clause on its object ("Denise has found Kiera, whom she called…"): its speaker is the person opening the sentence,
 * when that is an adult (a parent, a carer, a named adult).
 */
function sentenceSubjectSpeaks(ctx: RuleContext, sentenceStart: number, verbAt: number): boolean {
  if (!/(?:(?:^|[\s,])(?:and|but)|\bwhom\s+(?:he|she|they))\s*$/i.test(ctx.text.slice(Math.max(sentenceStart, verbAt - 12), verbAt))) return false;
  if (OPENING_ROLE.test(ctx.text.slice(sentenceStart, sentenceStart + 40))) return true;
  const all = ctx.people.all;
  const m = all[firstAtOrAfter(all, sentenceStart)];
  if (!m || m.start - sentenceStart > 6 || m.end > verbAt || m.inQuote) return false;
  if (m.role === "adult") return true;
  // An adult by title ("Mr Brannigan") whom the people stage left unplaced.
  return m.role === "unknown" && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(ctx.text.slice(m.start, m.end));
}

const REPORTER_BEFORE_PRONOUN = /([\p{L}'’-]+)\s+(?:(?:told|tells)\s+(?:me|us|the\s+\w+)|said|says|explained|added|mentioned)\s+(?:that\s+)?(?:he|she)\s*$/iu;

// A professional named by initials ("RP said", "HN told me"): an adult (FORMAT.md, Ruling 7). Not the
// shorthand for a child ("YP said", "CYP", "UASC"), nor the subject child's own initials.
const INITIALS_SPEAKER = /(?:^|[\s(])([A-Z]{2,3})\s*$/;
const CHILD_SHORTHAND = /^(?:YP|CYP|CIC|LAC|UC|CLA|CP)$/;

// A person's role named with their possessive ("Sam's childminder", "Maya's mentor"): the role speaks, not the person
// named, unless the role is a child's (a brother, a friend).
const POSSESSED_SPEAKER = /\p{Lu}[\p{L}'’-]+['’]s\s+(?:(?!(?:is|was|are|were|has|have|had|been|being|be|also|then|later|now)\s)[\p{Ll}-]+\s+)?(?!(?:is|was|are|were|has|have|had|been|being|be|also|then|later|now)\s*$)([\p{Ll}-]+)\s*$/u;
const CHILD_RELATION = /^(?:brothers?|sisters?|siblings?|cousins?|friends?|classmates?|peers?|boyfriend|girlfriend|sons?|daughters?|babies|baby|twin)$/;

function adultSpeakerEndingAt(ctx: RuleContext, at: number, before: string): boolean {
  if (ROLE_SPEAKER.test(before + " ") || TITLED_NAME_END.test(before)) return true;
  const possessed = POSSESSED_SPEAKER.exec(before)?.[1];
  if (possessed) return !CHILD_RELATION.test(possessed);
  const initials = INITIALS_SPEAKER.exec(before)?.[1];
  if (initials && !CHILD_SHORTHAND.test(initials) && initials !== initialsOf(ctx.profile.subjectName)) return true;
  const pronoun = PRONOUN_SPEAKER.exec(before)?.[1].toLowerCase();
  // "Amrit told me she worries…", "Nan said she thinks…": the pronoun is the person just reported as speaking.
  const reporter = pronoun ? REPORTER_BEFORE_PRONOUN.exec(before) : null;
  if (reporter) return adultSpeakerEndingAt(ctx, at - (before.length - reporter.index) + reporter[1].length, before.slice(0, reporter.index + reporter[1].length));
  // "She said she is 'not sleeping' and 'can't be bothered'": the speaker's words about themself, not a label given.
  if (pronoun && ctx.profile.pronouns?.subject === pronoun) return !speaksOfThemself(ctx, at, pronoun) && chainOpensWithAnAdult(ctx, at, pronoun);
  if (pronoun) return ctx.profile.pronouns !== undefined && ctx.profile.pronouns.subject !== "they" && nearestNamedIsAdult(ctx, at);
  const all = ctx.people.all;
  const m = all[firstAtOrAfter(all, at) - 1];
  return m !== undefined && m.end >= at - 1 && (m.role === "adult" || m.role === "unknown") && !m.inQuote;
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join("");

/** The reported clause after the verb of saying has the speaker's own pronoun as its subject ("she said she is…"). */
function speaksOfThemself(ctx: RuleContext, at: number, pronoun: string): boolean {
  const after = /^[^"“'‘.;!?\n]{0,40}/.exec(ctx.text.slice(at, at + 40))?.[0] ?? "";
  return new RegExp(`^\\s*\\S+\\s+(?:\\S+\\s+)?(?:that\\s+)?${pronoun}\\b`, "i").test(after);
}

// What opens a sentence before its subject: a paragraph number, a bullet, a quote mark.
const SENTENCE_LEAD = /^[\s\d.()\-–•*"“]*/;
const ADULT_OPENER = /^(?:(?:the|her|his|their)\s+)?(?:mum|mother|dad|father|step-?(?:mum|dad|mother|father)|stepmum|stepdad|nan|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|carer|foster\s+carer|teacher|officer)\b/i;
const MALE_ROLE = /^(?:(?:the|her|his|their)\s+)?(?:dad|father|step-?(?:dad|father)|stepdad|grandad|grandfather|uncle)\b/i;
const FEMALE_ROLE = /^(?:(?:the|her|his|their)\s+)?(?:mum|mother|step-?(?:mum|mother)|stepmum|nan|gran|grandma|grandmother|aunt|auntie)\b/i;
const CHAIN_SENTENCES = 4;

/**
 * A speaker's pronoun that is also the subject child's ("He described Maisie as…" in a boy's record): the
 * pronoun continues the subject of the sentences before it. Back over sentences that open with the same
 * pronoun to the one that opens with a person: an adult there (by name, title or role, of the pronoun's
 * gender) is the speaker. The speaker's own sentence must open with the pronoun.
 */
function chainOpensWithAnAdult(ctx: RuleContext, at: number, pronoun: string): boolean {
  let s = ctx.sentenceAt(at);
  for (let step = 0; step <= CHAIN_SENTENCES; step++) {
    const lead = SENTENCE_LEAD.exec(ctx.text.slice(s.start, s.start + 12))?.[0].length ?? 0;
    const opening = ctx.text.slice(s.start + lead, Math.min(s.end, s.start + lead + 40));
    if (new RegExp(`^${pronoun}\\b`, "i").test(opening)) {
      let before = s.start - 1;
      while (before > 0 && /\s/.test(ctx.text[before])) before--;
      if (before <= 0) return false;
      s = ctx.sentenceAt(before);
      continue;
    }
    if (step === 0) return false;
    if (ADULT_OPENER.test(opening)) return pronoun === "he" ? !FEMALE_ROLE.test(opening) : !MALE_ROLE.test(opening);
    const all = ctx.people.all;
    const m = all[firstAtOrAfter(all, s.start + lead)];
    if (!m || m.start > s.start + lead + 5 || m.inQuote) return false;
    const gender = m.gender === "m" ? "he" : m.gender === "f" ? "she" : undefined;
    const titled = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(ctx.text.slice(m.start, m.end)) || /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s*$/.test(ctx.text.slice(s.start, m.start));
    return (m.role === "adult" || (m.role === "unknown" && titled)) && (gender === undefined || gender === pronoun);
  }
  return false;
}

/** The last person named before `at` (within a few sentences) is an adult, or a parent by role. */
function nearestNamedIsAdult(ctx: RuleContext, at: number): boolean {
  const all = ctx.people.all;
  const m = all[firstAtOrAfter(all, at) - 1];
  if (m && at - m.end < 400 && m.role === "adult") return true;
  return /\b(?:mum|mother|nan|nana|gran|grandmother|carer|aunt|auntie|dad|father|grandad|grandfather|uncle)\b[^\n]{0,200}$/i.test(ctx.text.slice(Math.max(0, at - 200), at));
}

// "the impact of non-engagement on the child", "signs of disguised compliance": a label's noun as the topic of
// a learning point or a guidance sentence, said of no one. "the impact of Mum's non-engagement" names whose it is.
const TOPIC_OF_BEFORE = /\b(?:impact|effects?|risks?|consequences?|reasons?|causes?|understanding|concept|notion|meaning|signs?|indicators?)\s+of\s+$/i;
const NOUN_LABEL = /^non[\s-]|(?:ment|ance|ence|ion)$/i;
const SAID_OF_AFTER = /^\s*(?:by|from)\s+(?:the\s+)?(?:\p{Lu}|mum|mother|dad|father|parents?|carers?|family|he|she|they|him|her|them)/iu;

/** A label's noun named as the topic of a general point, not said of a person. */
export function namedAsATopic(ctx: RuleContext, start: number, end: number): boolean {
  if (!NOUN_LABEL.test(ctx.text.slice(start, end))) return false;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  return TOPIC_OF_BEFORE.test(before) && !SAID_OF_AFTER.test(ctx.text.slice(end, end + 30));
}

// A label said of a professional or an agency ("Dad said the social worker was 'useless' and 'lazy'", "Mum calls the police
// 'pigs'", "the staff at the unit are 'aggressive'"): a family's view of the services, not a label for the child or a
// parent, which is what these rules are for. Not the home or a carer: "the home was 'chaotic'" judges the family.
const PROFESSIONAL =
  String.raw`(?:the|her|his|their|my|our|your|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:social\s+workers?|workers?|teachers?|schools?|staff|police|officers?|council|professionals|nurses?|doctors?|GPs?|judges?|social\s+services|services|supervisors?|managers?|health\s+visitors?|midwi(?:fe|ves)|therapists?|solicitors?|agenc(?:y|ies))(?:\s+(?:at|from|in)\s+(?:the\s+)?[\w'’-]+)?`;
const OF_A_PROFESSIONAL = new RegExp(
  String.raw`\b(?:(?:call|describ|label)\w*\s+${PROFESSIONAL}\s+(?:as\s+)?|${PROFESSIONAL}\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been|can\s+be|seem(?:s|ed)?)\s+)(?:(?:["'‘“][^"“”'‘’\n]{1,30}["'’”]|[\w-]+),?\s+(?:and|or|but)\s+)?["'‘“]?(?:(?:so|very|really|just|quite|all|always|a|an)\s+)*["'‘“]?$`,
  "i",
);

/** A label whose subject, or the object of the naming verb, is a professional or an agency. */
export function saidOfAProfessional(ctx: RuleContext, start: number): boolean {
  return OF_A_PROFESSIONAL.test(ctx.text.slice(Math.max(ctx.sentenceAt(start).start, start - 80), start));
}
