// Sense checks for jargon entries whose words have an ordinary meaning too ("contact details",
// "school placement", "a respite from the rain"). Each returns true when the care sense is meant.
import type { RuleContext } from "../../rule";
import { wordingKind, type Guard } from "./lexicon";
import { subjectAge } from "../judgemental/ages";
import { lineStart } from "../../text/lines";
import { ADULT_ROLES } from "../../people/name-lexicon";
import { citedAfterAct, sectionInTitle } from "./acronyms";
import { contactNotFamilyTime, lookedAfterAsVerb, namesAnotherUnit, placementNotHome } from "./ordinary-senses";

/** Up to `chars` of the sentence before start, and after end. */
export function around(ctx: RuleContext, start: number, end: number, chars = 48): { before: string; after: string; sentence: string } {
  const s = ctx.sentenceAt(start);
  const sentence = ctx.text.slice(s.start, Math.max(s.end, end));
  return {
    before: ctx.text.slice(Math.max(s.start, start - chars), start),
    after: ctx.text.slice(end, Math.min(Math.max(s.end, end), end + chars)),
    sentence,
  };
}

// "A contact from the police was received", "the contact was screened": a referral to children's services, not family time.
const CONTACT_NOT_AFTER =
  /^\s*(?:from\b(?!\s+(?:\d|next|now|then|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?:was|were|is|has\s+been)\s+(?:received|made\s+by|logged|screened|passed|sent)\b|(?:(?:was|were|is|has|had|have)\s+(?:not\s+)?(?:been\s+)?|(?:could|can|will|would|should|must|might|may)(?:\s+not|n't)?\s+(?:have\s+)?be(?:en)?\s+|to\s+be\s+)(?:made|attempted|established|re-?established|initiated)\b|back\s+from\b|received\b|details?|numbers?|no\b|about|regarding|concerning|info|information|form|names?|e-?mail|address|list|card|officer|point|tracing|lens|lenses|sports?|person|people|telephone|phone|order|orders|centre|center)\b/i;
// "physical contact", "eye contact": touch and gaze, the everyday sense.
// "to contact" is the verb, except after a verb of going, "look forward" or a commitment ("taken to contact", "looks
// forward to contact", "his commitment to contact").
const CONTACT_NOT_BEFORE =
  /(?:\b(?:physical|bodily|sexual|eye|skin[- ]to[- ]skin|in|into|made|make|makes|making|lost|losing|get|got|getting|first|initial|point of|means of|method of|reasons?\s+for|purpose\s+of|source\s+of|nature\s+of|(?<!\b(?:forward|go|goes|going|went|gone|take|takes|took|taken|taking|bring|brings|brought|bringing|back|return|returns|returned|returning|come|comes|came|coming|late|commitment|committed|travel|journey|up|been|on\s+(?:the|her|his|their)\s+way)\s)(?<!\b(?:take|takes|took|taken|taking|bring|brings|brought|bringing|drive|drives|drove|driven|driving)\s+(?:her|him|them|\S+)\s)to|will|would|can|could|please|should|must|may|might|did|didn't|shall|I|we|they|you|then)\s*)$/i;
// "it clashes with contact on Thursdays", "contact every other Saturday": the word, then the days it recurs on.
const CONTACT_AFTER = /^\s*(?:with|between|sessions?|handovers?|hand-overs?|pick-?ups?|drop-?offs?|arrangements?|visits?|time|plans?|days?|moved|changed|rota|frequency|being|should|would|could|can|may|might|needs|must|to\s+(?:be|continue|take|go|resume|stop|increase|happen|remain|move)|supervisors?|workers?|records?|notes?|venue|schedule|went|was|is|will|has|had|took|started|ended|finished|lasted|takes|goes|happens|stopped|stops|continues|continued|ceased|resumed|restarted|calls?|on\s+(?:(?:a|each|alternate)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|on\s+(?:a|each|alternate)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|every\s+(?:week|fortnight|month|other|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b/i;
const CONTACT_BEFORE =
  /\b(?:supervised|unsupervised|direct|indirect|family|sibling|letterbox|face[- ]to[- ]face|weekly|fortnightly|monthly|daily|more|less|regular|further|the|his|her|their|had|has|have|having|during|after|before|at|of|for|next|last|previous|missed|cancelled|arrange|arranged|arranging|discuss|discussed|discussing|attend|attended|attending|cancel|supervise|observe|observed|book|booked|overnight|phone|telephone|video|mum's|dad's|mother's|father's|wants?|wanted|wanting|re|about|regarding|other|morning|afternoon|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|any|some|own|increase|increased|reduce|reduced|stop|stopped|resume|resumed|restart|promote|promoting|sibling's|birth|following|since|until|till|from|throughout|ahead\s+of|prior\s+to|forward\s+to|back\s+to|(?:go|goes|going|went|gone|been|come|comes|came|coming|taken|brought|way|commitment|committed|travel|journey|(?:turn|turns|turned|turning|show|shows|showed|showing)\s+up)\s+to|(?:take|takes|took|taken|taking|bring|brings|brought|bringing|drive|drives|drove|driven|driving)\s+(?:her|him|them|\S+)\s+to)\s*$/i;

// "losing daily contact with her brother", "the loss of regular contact with Dad": contact that is lost is the
// everyday sense (being together, keeping in touch), as "lost contact" is, whatever word sits between.
// "in regular contact", "in close contact with school": keeping in touch, as "in contact" is.
const CONTACT_LOST_BEFORE =
  /\b(?:(?:lost|lose|loses|losing|loss\s+of)\s+(?:(?:daily|everyday|day-to-day|regular|frequent|all|any|most|much|close|the|her|his|their)\s+){0,2}|in\s+(?:(?:regular|frequent|close|constant|daily|weekly|good|direct|telephone|phone)\s+){1,2})$/i;
// "would lose both his home and his contact with Tyler": the second object of "lose", coordinated, with its own
// determiner (not "lost her temper and contact was stopped", a new clause).
const CONTACT_LOST_COORDINATED =
  /\b(?:lost|lose|loses|losing|loss\s+of)\s+(?:both\s+)?(?:the|her|his|their|a|an)\s+[^.;:!?\n]{1,40}?\s+and\s+(?:the|her|his|their)\s+(?:(?:daily|regular|frequent|close|direct)\s+)?$/i;

// A determiner that counts: one occasion among several ("each", "a", "another", "three"). Not "any", "some", "more",
// "further" or "no", which measure family time as an amount ("asked for more contact", "has no contact").
const COUNTED_BEFORE = /\b(?:each|every|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|several|numerous|multiple|repeated|separate)\s+$/i;

const CONTACT_COMPOUND =
  /^\s*(?:sessions?|handovers?|hand-overs?|arrangements?|rota|supervisors?|venue|schedule|centre\s+visits?)\b/i;

// Who is outside the family: friends, professionals, services, strangers.
const OUTSIDERS =
  String.raw`(?:friends?|peers?|classmates?|pupils?|students?|school\s*friends?|mates|police|officers?|schools?|teachers?|staff|services?|agenc(?:y|ies)|professionals?|practitioners?|team|teams|GPs?|doctors?|nurses?|hospitals?|health\s+(?:visitors?|services?)|social\s+(?:care|services|workers?)|children's\s+services|council|housing|the\s+public|public|strangers?|people|others|anyone|anybody|someone|somebody|nobody|neighbours?|colleagues?|workers?|office|department|CAMHS|YOT|YJS|us|me|boys|girls|men|adults|young\s+people|other\s+children|gangs?|groups?)\b`;
// Contact with someone outside the family is the ordinary word: "limited contact with his old friends",
// "no contact with the police", "contact with services" — family time is with parents, kin or siblings.
// The words before the noun may be any modifiers ("her allocated social worker", "the baby's health visitor", "older
// boys") but not kin or a second person joined on ("her mum and friends" is with Mum too) (jargon49).
const KIN_OR_JOIN = String.raw`(?:and|or|mum|mum's|dad|dad's|mother|mother's|father|father's|parents?|parents'|brothers?|sisters?|siblings?|gran\w*|grand\w*|nan|nana|aunt\w*|uncles?|cousins?|family|birth|half|step)`;
const CONTACT_WITH_OUTSIDERS = new RegExp(
  String.raw`^\s*(?:with|from)\s+(?:(?:the|his|her|their|my|our|your|any|other|old|new|local|a|an|some|no|school|close|online|several|many|few|regular)\s+|(?!${KIN_OR_JOIN}\b)[\p{Ll}'’-]+\s+){0,3}` + OUTSIDERS,
  "iu",
);

// "Dad has not responded to any contact", "Mum replied to the contact": contact that is answered is a message or a call
// to someone, the ordinary word.
const ANSWERED_BEFORE = /\b(?:respond|responds|responded|responding|reply|replies|replied|replying)\s+to\s+(?:(?:any|all|the|this|that|our|my|further|repeated|previous|earlier)\s+)?$/i;

// "The police have had contact with Mum", "School has had regular contact with Dad": a service or professional, as the
// clause's subject, has been in touch with the family — the ordinary word, as "contact with the police" is.
const SERVICE_HAD_CONTACT = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:police|officers?|schools?|teachers?|staff|services?|agenc(?:y|ies)|professionals?|practitioners?|team|GPs?|doctors?|nurses?|hospitals?|health\s+visitors?|social\s+workers?|children's\s+services|council|housing|CAMHS|YOT|YJS)\s+(?:(?:has|have)\s+(?:had\s+)?|had\s+)(?:(?:no|little|any|some|regular|frequent|daily|weekly|much|more|less|limited|brief|telephone|phone|further|several|repeated|occasional|direct)\s+){0,2}$`,
  "iu",
);

// "contact between the family and various agencies", "contact between school and the police": one side is
// outside the family, so it is the ordinary word, as "contact with services" is.
const CONTACT_BETWEEN_OUTSIDERS = new RegExp(
  String.raw`^\s*between\s+[^.;!?\n]{2,60}?\s+and\s+(?:(?:the|various|several|many|other|a\s+number\s+of|local|all|different|those)\s+)*` + OUTSIDERS,
  "i",
);

const PARENT_HAS_CONTACT =
  /\b(?:mother|father|mum|dad|parents?|birth\s+(?:mother|father|family|parents?))\b[^.;!?\n]{0,60}?\b(?:has|have|had|gets?|got)\s+(?:had\s+)?(?:no|little|any|some|less|more|regular|only)\s+$/i;
// "has never had contact with her father's family": none ever, as "no contact" is (not "never missed contact").
// "has not had contact with her father since the summer": the same as "has had no contact" (jargon49).
const NO_CONTACT_BEFORE = /(?:\bno|(?:\bnot|\bnever|n't)\s+(?:\S+\s+){0,2}any|\bnever\s+(?:(?:has|have|had)\s+)?(?:had|having)|(?:\bnot|n't|n’t)\s+(?:(?:been\s+)?having|had))\s+$/i;
// "Nobody from the team has had any contact with the family": the clause's subject is the negation, "any" its object's.
const NOBODY_ANY_BEFORE = /^[\s"'‘“(•*–-]*(?:nobody|no[ -]one|none\s+of\s+(?:us|them|the\s+\S+))\b[^.;:!?\n]{0,60}?\s(?:any|much|(?:has|have|had)\s+(?:had|made))\s+$/i;
const OUT_OF_TOUCH_SINCE = /^\s*(?:(?:with|from)\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)\s+)?(?:since\s+(?:(?:early|late|mid-?|the\s+(?:start|end|summer|spring|autumn|winter)\s+of)\s*)?(?:19|20)\d\d|for\s+(?:(?:over|more\s+than|nearly|almost|about|several|many|some|a\s+few|two|three|four|five|six|\d+)\s+){0,2}years|in\s+(?:over\s+)?(?:a\s+year|years))\b/iu;
// "She does not want any contact with her mother", "he wants no contact with Dad": a wish about family time is about the
// arrangement, whether it is for more of it or for none (not being out of touch, which nobody chose).
const WISHED_BEFORE = /\b(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|would\s+(?:like|prefer)|asks?\s+for|asked\s+for|asking\s+for)\s+(?:(?:to\s+have|to\s+see)\s+)?(?:no|any)\s+$/i;
const DISCLOSED_BEFORE = /\bdisclos(?:e|es|ed|ing)\s+(?:any\s+|further\s+|more\s+)?$/i;

/** "contact with Mum", "supervised contact", "the contact went well" — not "contact details", "to contact". */
export const contactCareSense: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  if (CONTACT_NOT_AFTER.test(after) || serviceContactForm(ctx, start, end)) return false;
  // A compound noun is the care sense whatever comes before: "the arguing spread into contact handovers".
  if (CONTACT_COMPOUND.test(after)) return true;
  if (CONTACT_NOT_BEFORE.test(before) || CONTACT_LOST_BEFORE.test(before) || CONTACT_LOST_COORDINATED.test(before)) return false;
  if (contactNotFamilyTime(ctx, start, before, after)) return false;
  if (SERVICE_HAD_CONTACT.test(before) || ANSWERED_BEFORE.test(before)) return false;
  const text = ctx.text.slice(start, end).toLowerCase();
  if (text !== "contact") return true; // a longer care phrase: "supervised contact", "contact session"
  if (headingOnItsOwn(ctx, start, end)) return true;
  // "Each contact ended with advice", "a contact about the same worry", "another contact in May": counted one by one,
  // the word is an occasion the family came to an agency's notice. Family time is a mass noun ("had contact", "after
  // contact", "the contact"), counted only with whom it is ("each contact with her mum") or in a compound (above).
  if (COUNTED_BEFORE.test(before) && !/^\s*(?:with|between)\b/i.test(after)) return false;
  // "Her birth mother has had no contact this year", "Dad, who left in May, has no contact": a parent's time with
  // the child as an arrangement, however little of it there is ("no contact with him since 2019", naming with whom,
  // is keeping in touch at all: below).
  // "has had no contact since 2023", "no contact for two years": none at all for years is being out of touch, the
  // ordinary word (sets 4 and 6 leave "no contact since 2019" plain), not an arrangement that is small or paused
  // ("no contact since the spring", "has no contact").
  if (NO_CONTACT_BEFORE.test(before) && OUT_OF_TOUCH_SINCE.test(after)) return false;
  if (!/^\s*with\b/i.test(after) && PARENT_HAS_CONTACT.test(ctx.text.slice(ctx.sentenceAt(start).start, start))) return true;
  if (CONTACT_WITH_OUTSIDERS.test(after) || CONTACT_BETWEEN_OUTSIDERS.test(after)) return false;
  // "has had no contact with her uncle for years", "no contact between them": no communication at all, the ordinary
  // word. "if she discloses any contact with him": contact that is disclosed was hidden, not arranged family time.
  const negated = NO_CONTACT_BEFORE.test(before) || NOBODY_ANY_BEFORE.test(ctx.text.slice(ctx.sentenceAt(start).start, start));
  if (/^\s*(?:with|between)\b/i.test(after) && (negated || DISCLOSED_BEFORE.test(before)) && !WISHED_BEFORE.test(before)) return false;
  return CONTACT_AFTER.test(after) || CONTACT_BEFORE.test(before) || subjectBeforeTime(ctx, start, after);
};

// "YOUTH JUSTICE SERVICE - CONTACT RECORD", "Health Visiting Service – contact record": a service's form for
// recording its own contact with a family, named in a title line, not family time.
const SERVICE_FORM_TITLE = /\b(?:service|team|clinic|department|unit|practice|hub)\s*[-–—:|]\s*(?:(?:home|telephone|phone|office|face-to-face|initial|first|follow-up)\s+)?$/i;

// A section heading that is the word alone ("Contact", then what happened at family time): the record's
// section on the child's time with family. ("Purpose of contact" and "Reason for contact" are not alone.)
function headingOnItsOwn(ctx: RuleContext, start: number, end: number): boolean {
  const ls = ctx.text.lastIndexOf("\n", start - 1) + 1;
  const le = ctx.text.indexOf("\n", end);
  return /^[ \t]*$/.test(ctx.text.slice(ls, start)) && le > end - 1 && /^[ \t]*$/.test(ctx.text.slice(end, le)) && ls > 0;
}

function serviceContactForm(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.text;
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  let le = text.indexOf("\n", end);
  if (le < 0) le = text.length;
  return /^\s*(?:records?|logs?|sheets?|forms?)\s*$/i.test(text.slice(end, le)) && SERVICE_FORM_TITLE.test(text.slice(ls, start));
}

// "Contact on Sunday was cut short", "Contact last week went well": a sentence's subject, then when, then its verb.
const TIME_THEN_VERB =
  /^\s+(?:on|at|this|last|next|yesterday|today|over|during|in)\b[^.;!?\n]{0,30}?\s(?:went|was|were|is|has|had|will|did|didn't|started|ended|finished|lasted|took|happened|got|felt)\b/i;

// "- Contact at the family centre every Saturday", "Contact twice a week, supervised": a plan's item that opens with
// the word, then where or how often — the arrangement for family time, with no verb.
const PLACE_OR_FREQUENCY = /^\s+(?:at|every|twice|once|each|fortnightly|weekly|monthly|(?:one|two|three|four)\s+times)\b/i;

function subjectBeforeTime(ctx: RuleContext, start: number, after: string): boolean {
  const s = ctx.sentenceAt(start);
  if (!/^[\s"'‘“(•*–-]*(?:\p{Lu}[\p{L} ]{0,30}:\s*)?$/u.test(ctx.text.slice(s.start, start))) return false;
  return TIME_THEN_VERB.test(after) || PLACE_OR_FREQUENCY.test(after);
}

const PLACEMENT_NOT_AFTER = /^\s*(?:orders?|with\s+parents|request|finding|team|officer|service|provider|regulations|agreement|meeting|students?|years?|tests?)\b/i;
const PLACEMENT_NOT_BEFORE =
  /\b(?:(?<!\bresidential\s+(?:special\s+)?)school|work|college|university|student|training|work[- ]experience|vocational|nursery|educational|education|apprenticeship|job|teaching|social\s+work|practice|assessment)\s*$/iu;

/**
 * A child's home — not a placement order, a school or work placement, an assessment placement. A parent-and-baby
 * placement is where a young parent and their baby live, often a care leaver herself: the care word. A residential
 * school placement is where the child lives.
 */
export const placementHomeSense: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  return (
    !PLACEMENT_NOT_AFTER.test(after) &&
    !PLACEMENT_NOT_BEFORE.test(before) &&
    !STUDENTS_PLACEMENT_AFTER.test(ctx.text.slice(end, end + 60)) &&
    !placingAThing(ctx, after) &&
    !placementNotHome(ctx, start, end)
  );
};

// "final placement, MA Social Work Student: Amara Osei": the placement of the student named straight after, a
// practice placement in training.
const STUDENTS_PLACEMENT_AFTER = /^[ \t]*[,:(–—-]\s*(?:(?:MA|BA|MSc|BSc|PGDip|first[- ]year|second[- ]year|final[- ]year)\s+)?(?:social\s+work\s+)?students?\b/i;

// Someone a child can be placed: "the placement of the children with Gran" is the care sense.
const PLACED_PERSON =
  /^(?:child|children|baby|babies|infant|boy|boys|girl|girls|sons?|daughters?|siblings?|brothers?|sisters?|twins|young|her|his|their|him|them|both|all|each)$/i;

/**
 * "The placement of the new desks", "the placement of the camera": the ordinary word for where a thing is
 * put, told by what follows "of" — a lower-case noun that is not a child, a name or a pronoun.
 */
function placingAThing(ctx: RuleContext, after: string): boolean {
  const m = /^\s+of\s+(?:(?:the|a|an|these|those|this|that|some|new|two|three|several)\s+)*([\p{L}'’-]+)/u.exec(after);
  if (!m) return false;
  const word = m[1];
  if (/^\p{Lu}/u.test(word) || PLACED_PERSON.test(word)) return false;
  return !ctx.profile.subjectForms.has(word.toLowerCase());
}

// "letterbox exchange", "through letterbox and direct contact": the adoption arrangement. "through the
// letterbox", "her letterbox": a door's.
const LETTERBOX_ARRANGEMENT_AFTER = /^[\s-]*(?:contact|exchanges?|arrangements?|agreements?|letters?|service|scheme|co-?ordinator)\b/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|her|his|their|our|my|your|its|front\s+door|door)\s+$/i;

/** "letterbox" as indirect adoption contact — not the slot in a door. */
export const letterboxAdoptionSense: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  if (LETTERBOX_ARRANGEMENT_AFTER.test(after)) return true;
  return !DETERMINER_BEFORE.test(before);
};

// "no respite", "little respite", "a brief respite", "some welcome respite": relief measured out, the dictionary sense
// (a pause in something hard), not a stay that is arranged. A determiner of quantity or a word of relief before it.
const RELIEF_BEFORE =
  /\b(?:no|little|(?:a|an|some|any|the|much|more)\s+(?:(?:very|much|brief|short|welcome|temporary|momentary|real|small|little|needed|much-needed|rare|blessed)\s+)*(?:brief|short|welcome|temporary|momentary|needed|much-needed|blessed|rare)|a|an|moment's|without)\s+$/i;
// What makes it the stay all the same: a compound ("respite weekend"), with whom or where, how often or when ("one
// weekend a month", "over Christmas"), or "of respite" after a length of time ("four nights of respite").
const RESPITE_STAY_AFTER =
  /^\s*(?:care|carers?|foster\w*|placements?|breaks?|stays?|weekends?|nights?|overnights?|provision|services?|package|arrangements?|units?|beds?|hours|sessions?|with\b|at\s+(?!all\b)|every\b|once\b|twice\b|(?:on|over|during|for|in)\s+(?:the\s+)?(?:(?:one|two|three|four|alternate|each|every|a)\s+)?(?:weekends?|nights?|half[- ]terms?|holidays?|christmas|easter|summer|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|(?:one|two|three|four|a)\s+(?:night|weekend|day|week)s?\s+(?:a|each|every|per)\b)/i;

/** A short break from home — not "a respite from the rain", "no respite since the baby came", "a brief respite". */
export const respiteCareSense: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  if (/^\s*from\b/i.test(after)) return false;
  if (ctx.text.slice(start, end).toLowerCase() !== "respite") return true; // "respite care", "respite carer"
  return !RELIEF_BEFORE.test(before) || RESPITE_STAY_AFTER.test(after);
};

// In contextual safeguarding, "peer group" names the young people harmed or exploited together: a group
// that is mapped, assessed or met about, or "a peer group of older boys" — not the child's friends.
const PEER_GROUP_WORK = /^[\s-]*(?:maps?|mapping|assessments?|meetings?|work|plans?|audits?|discussions?|interventions?|of\b)/i;
const PEER_GROUP_SETTING =
  /\b(?:contextual\s+safeguarding|exploit\w*|map(?:s|ped|ping)?|county\s+lines|gangs?|known\s+to\s+(?:the\s+)?police|MACE|CSE|CCE|extra-?familial|locations?|hotspots?|older\s+(?:boys|males|men|young\s+people))\b/i;

const ADULTS_OWN_BEFORE =
  /\b(?:adopters|adoptive\s+parents|parents|carers|foster\s+carers|kinship\s+carers|special\s+guardians|grandparents|mums|dads|mothers|fathers|fostering)['’]?\s+$/i;

/** "peers" as a child's friends — not peer review, peer support, peer-on-peer abuse or peer pressure, nor a peer group in exploitation work. */
export const peersAsFriends: Guard = (ctx, start, end) => {
  const { after, sentence } = around(ctx, start, end);
  if (/^[\s-]*(?:reviews?|support(?:er|ers)?|mentors?|mentoring|on[- ]peer|abuse|pressure|mediat\w*)\b/i.test(after)) return false;
  if (/group$/i.test(ctx.text.slice(start, end)) && (PEER_GROUP_WORK.test(after) || PEER_GROUP_SETTING.test(sentence))) return false;
  // "the adopters' peer group", "a foster carers' peer group": adults' support group, not a child's friends.
  if (/group$/i.test(ctx.text.slice(start, end)) && ADULTS_OWN_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) return false;
  return true;
};

// The lexicon's context for "did not attend": "older teenagers who manage their own appointments and adults may
// 'not attend'". From 14 a young person commonly books and keeps their own health and youth-service appointments.
const MANAGES_OWN_APPOINTMENTS_FROM = 14;

/** "Jack did not attend": the subject child (who relies on an adult to take them) is the one said not to attend. */
export const childNotBrought: Guard = (ctx, start) => {
  const age = subjectAge(ctx);
  if (age && age.lo >= MANAGES_OWN_APPOINTMENTS_FROM) return false;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  const m = /([\p{L}'’-]+)\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/['’]s$/, "");
  if (ctx.profile.subjectForms.has(word) || word === "child") return true;
  const pronouns = ctx.profile.pronouns;
  return pronouns !== undefined && word === pronouns.subject;
};

const SERVICE_LEVEL = /\b(?:early\s+help|EH|CIN|child\s+in\s+need|CP|child\s+protection|universal|targeted|statutory|social\s+care|foster\s+care|residential|care|services?|level|tier|team|TAF|plan)\b/i;

const PHYSICAL_STEP = /^\s*(?:from|to|off|onto)\s+(?:the\s+)?(?:stairs?|step|kerb|curb|ladder|bus|train|stage|platform)\b/i;
const NOUN_BEFORE = /\b(?:the|a|no|any|consider|considering|for|of|agreed|planned|possible|since|after|following|about|re|until|before)\s*$/i;

/**
 * "the step-down from CIN", "no step-down yet", "consider step-up": the noun names a move between levels
 * of help. The open verb ("the plan is to step down to early help") says what will happen
 * and is left alone, as is a step down the stairs.
 */
export const serviceLevelSense: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end, 40);
  if (PHYSICAL_STEP.test(after)) return false;
  const words = ctx.text.slice(start, end);
  if (/^step-(?:down|up)s?$/i.test(words)) return true;
  if (NOUN_BEFORE.test(before)) return true;
  if (/^step\s+(?:down|up)$/i.test(words)) return false;
  return SERVICE_LEVEL.test(after.slice(0, 40));
};

// "section 20 of the Children Act 1989 (Mum agreed to Jo living with her nan)", "Section 20 means that…",
// "section 20, which means…", "section 47 is when…": the section explained where it is used.
// "under Regulation 24, which lets a relative foster while…", "You agreed to section 20. This means the council…": a clause or
// the next sentence that says what it does (jargon46).
const SECTION_EXPLAINED = /^\s*(?:\(\d+\)\s*)?(?:of\s+the\s+Children\s+Act|(?:,\s*(?:which|this)\s+)?(?:means|is\s+(?:when|where|what))\b|,\s*which\s+(?:lets|allows|gives|says|covers|is\s+the\s+(?:law|part|rule))\b|[.;]\s+(?:This|That|It)\s+(?:means|lets|allows|is\s+(?:when|where|what|the\s+(?:law|part|rule)))\b|\(\s*(?:of\s+the\s+Children\s+Act|children\s+act|where|when|which|with|a\s+voluntary|voluntary|the\s+parents?|parents?|living|looked|accommodation))/i;

// "Child protection enquiries (section 47)", "temporary carers (Reg 24 approval)", "an enquiry (Section 47, Children Act
// 1989)": the section given in brackets, after the words that say what it is, as their source.
const BRACKETED_GLOSS = /\p{L}[\p{L}'’,]*[ \t]*\([ \t]*$/u;
const BRACKET_CLOSES = /^[^()\n.;:!?]{0,40}\)/;

// "section 17, Children Act 1989", "Regulation 24 of the Care Planning, Placement and Case Review (England) Regulations
// 2010": the number given with the Act or Regulations it belongs to, after it, is a citation, as "of the Children Act" and
// the Act first ("Children Act 1989, section 17") are.
const CITED_WITH_INSTRUMENT =
  /^(?:\(\d+\)(?:\([a-z]\))*)?[ \t]*(?:,[ \t]*|[ \t]+of[ \t]+)(?:the[ \t]+)?(?:(?:\p{Lu}[\p{L}'’]*,?|and|\(\p{Lu}\p{L}+\))[ \t]+){1,8}(?:Act|Regulations|Rules)\b/u;

/** A section of the Act named without saying what it means for the family. */
export const unexplainedSection: Guard = (ctx, start, end) => {
  if (SECTION_EXPLAINED.test(ctx.text.slice(end, end + 60))) return false;
  if (CITED_WITH_INSTRUMENT.test(ctx.text.slice(end, end + 120))) return false;
  if (/\(\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(ctx.text.slice(end, end + 3))) return false;
  if (BRACKETED_GLOSS.test(ctx.text.slice(Math.max(0, start - 40), start)) && BRACKET_CLOSES.test(ctx.text.slice(end, end + 41))) return false;
  // "Children Act 1989, section 17 (support for children in need …)": the section cited after its Act.
  if (citedAfterAct(ctx.text, start)) return false;
  return !sectionInTitle(ctx.text, ctx.text.slice(start, end));
};


// "they presented as a united front", "it was presented as evidence": put forward as something — not the
// clinical "presenting as low".
const PUT_FORWARD_AS = /^\s+(?:(?:a|an|the|one|their|his|her)\s+)?(?:couple|family|united\s+front|team|pair|partnership|unit|evidence|fact|facts|options?|choice|proposal|plan|solution|agreed|joint)\b/i;

/** "presenting as low": how a person seemed, in clinical shorthand — not something put forward as a thing. */
export const clinicalPresentation: Guard = (ctx, start, end) => !PUT_FORWARD_AS.test(ctx.text.slice(end, end + 40));

// A unit the record names as a hospital, treatment or police unit: "the unit" after it is that place.
const NAMED_OTHER_UNIT =
  /\b(?:rehab(?:ilitation)?|detox(?:ification)?|psychiatric|mental\s+health|mother\s+and\s+baby|parent\s+and\s+baby|maternity|neonatal|special\s+care|paediatric|pediatric|hospital|in-?patient|eating\s+disorders?|custody|police|drug|alcohol|addiction|treatment)\s+unit\b/i;

/** "the unit" as a child's home — not where the record has named a hospital, treatment, police or school unit. */
export const childHomeUnit: Guard = (ctx, start, end) => {
  if (/^residential/i.test(ctx.text.slice(start, end))) return true;
  return !NAMED_OTHER_UNIT.test(ctx.text) && !namesAnotherUnit(ctx);
};

// Writing to a child, a role or plan word is fine where the letter names the person or says what it is:
// "your foster carer, Jo,", "a foster carer called Jo", "your pathway plan. This is the plan for your life
// after care", "an advocate (someone who helps you have your say)".
// The name may follow straight on ("your foster carer Gillian") or after "is" ("Your birth father is Shaun").
const NAMED_AFTER = /^\s*(?:\([A-Za-z]{1,5}\))?\s*(?:,\s*|\s+(?:called|named|who\s+is\s+called|is|was)\s+|\s+(?=\p{Lu}\p{Ll}+\b))(?:Mr|Mrs|Ms|Miss)?\.?\s*\p{Lu}\p{Ll}+/u;
const NAMED_BEFORE = /(?<!\b(?:Dear|Hi|Hello)\s+)(?<![\p{L}])(\p{Lu}\p{Ll}+)\s*,\s*(?:your|his|her|their|the|a)\s+$/u;
const EXPLAINED_AFTER =
  /^[^.!?\n]{0,80}?(?:\(\s*(?:this|that|it|which|who|someone|a\s+person|the\s+person|a\s+plan|the\s+plan)\b|,\s*(?:which|who)\s+(?:is|are|means|helps?|will)\b|\s[–—-]\s*(?:someone|a\s+person|the\s+person|a\s+plan|the\s+plan)\b)|^[^.!?\n]{0,160}?[.!?]\s+(?:This|That|It|They|He|She)\s+(?:is|are|means|will\s+help|helps)\s+(?:the|a|an|someone|somebody|people|what|how)\b/;

/** A letter to a child does not name the person or say what the words mean. */
export const unexplainedToChild: Guard = (ctx, start, end) => {
  const after = ctx.text.slice(end, end + 200);
  if (NAMED_AFTER.test(after) || EXPLAINED_AFTER.test(after)) return false;
  const named = NAMED_BEFORE.exec(ctx.text.slice(Math.max(0, start - 40), start));
  return !named || ctx.profile.subjectForms.has(named[1].toLowerCase());
};

/**
 * "another foster child, Harley (9)", "their other foster child, Honey": the words say who a named person in
 * the household is, not a label the record puts on the child it is about.
 */
export const notNamedInApposition: Guard = (ctx, start, end) =>
  !namedInApposition(ctx, end) && !bracketedAfterName(ctx, start, end) && !saidOfAnotherNamed(ctx, start);

// "another foster child, Harley (9)": the name after the comma is someone else. "As a looked after child, Kayla has…":
// the child the record is about, so the words are the label the record puts on them.
function namedInApposition(ctx: RuleContext, end: number): boolean {
  const m = /^\s*,\s*(\p{Lu}\p{Ll}+)\b/u.exec(ctx.text.slice(end, end + 40));
  return m !== null && !ctx.profile.subjectForms.has(m[1].toLowerCase());
}

/** The looked-after label, not said of another named person, nor the verb "look after" with its object ("Gran looked after children"). */
export const lookedAfterLabel: Guard = (ctx, start, end) => notNamedInApposition(ctx, start, end) && !lookedAfterAsVerb(ctx, start, end);

// The words as the predicate of another named person: "Shannon and Kyle, who lived there as foster children", "Mum,
// Shania, is a looked-after child herself". A relative clause or a copula ties the label to the name before it; when
// that name is not the child the record is about, the words say who someone else is.
const NAMED_WHO_BEFORE = /(\p{Lu}\p{Ll}+)[ \t]*,?[ \t]+who[ \t]+[^,.;:!?()\n]{0,50}?[ \t]+as[ \t]+(?:(?:a|an|the)[ \t]+)?$/u;
const NAMED_IS_BEFORE = /(\p{Lu}\p{Ll}+)[ \t]*,?[ \t]+(?:is|was|has\s+been|had\s+been|became)[ \t]+(?:(?:also|herself|himself|themselves|now|still)[ \t]+)?(?:a|an)[ \t]+$/u;

function saidOfAnotherNamed(ctx: RuleContext, start: number): boolean {
  const s = ctx.sentenceAt(start);
  const before = ctx.text.slice(Math.max(s.start, start - 100), start);
  const m = NAMED_WHO_BEFORE.exec(before) ?? NAMED_IS_BEFORE.exec(before);
  return m !== null && !ctx.profile.subjectForms.has(m[1].toLowerCase());
}

// "Reuben (the carers' other foster child)": the words fill a bracket right after a name and say who that person is.
const NAME_THEN_BRACKET = /\p{Lu}\p{Ll}+[ \t]*\([ \t]*(?:[\p{L}'’-]+[ \t]+){0,4}$/u;

function bracketedAfterName(ctx: RuleContext, start: number, end: number): boolean {
  return /^[ \t]*\)/.test(ctx.text.slice(end, end + 4)) && NAME_THEN_BRACKET.test(ctx.text.slice(Math.max(0, start - 60), start));
}

// Children Act 1989 s.25(1)(a): a secure accommodation order needs "a history of absconding" and that the child "is
// likely to abscond". In court papers on that test the words are the statute's, a legal term of art.
const SECURE_ACCOMMODATION_TEST = /\b(?:secure\s+accommodation|(?:section|s\.?)\s?25\b)/i;

/** "abscond" outside court papers on the secure accommodation test, where it is the Act's own word. */
export const notSecureAccommodationTest: Guard = (ctx) => !(wordingKind(ctx) === "court-report" && SECURE_ACCOMMODATION_TEST.test(ctx.text));

// "Dad absconded from the bail hostel", "Mum's partner absconded while on bail": said of an adult (from bail, prison or a
// hospital) the word is ordinary legal English; young people in care rejected it said of them, and its suggestion ("ran
// away") is for a child. The clause's subject tells: an adult's role word (the people stage's adult roles).
const ADULT_NOUNS = new Set(["man", "woman", "men", "women", "adult", "defendant", "suspect", "offender", "prisoner", "boyfriend", "girlfriend"]);
const SUBJECT_BEFORE = /([\p{L}'’-]+)[ \t]+(?:(?:has|had|have|then|later|also|again|once|had[ \t]+been)[ \t]+)*$/u;

function saidOfAnAdult(ctx: RuleContext, start: number): boolean {
  const from = Math.max(ctx.sentenceAt(start).start, start - 60);
  const m = SUBJECT_BEFORE.exec(ctx.text.slice(from, start));
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/['’]s$/, "");
  return ADULT_ROLES.has(word) || ADULT_NOUNS.has(word);
}

/** "abscond" said of a child, outside court papers on the secure accommodation test. */
export const absconderIsAChild: Guard = (ctx, start, end) => notSecureAccommodationTest(ctx, start, end) && !saidOfAnAdult(ctx, start);

// The threshold as a decision about a child: what it is for ("threshold for a s47 enquiry", "for care proceedings"),
// whether it is met ("threshold is met", "not met", "crossed"), or where the child stands ("over threshold", "meets
// the threshold"). Not a door's, pain's or a noise's threshold, nor the legal test's own name ("threshold criteria").
const THRESHOLD_NAMED = /^\s*(?:criteria|criterion|documents?|statements?)\b/i;
const THRESHOLD_DECISION_AFTER =
  /^\s*(?:for\s+(?:an?\s+|the\s+)?(?:s\.?\s?\d|sections?\b|significant|care\b|child\s+protection|CP\b|NRM|referrals?|interventions?|statutory|social\s+care|children['’]s\s+social|services?|enquir|strategy|proceedings|early\s+help|MASH|level)|(?:is|was|has\s+been|had\s+been|have\s+been|is\s+not|was\s+not|isn['’]t|wasn['’]t|not|would\s+be|will\s+be|is\s+likely\s+to\s+be|is\s+now)\s+(?:not\s+)?(?:met|crossed|reached)\b|(?:met|crossed|reached|not\s+met)\b)/i;
const THRESHOLD_DECISION_BEFORE = /\b(?:over|above|below|under|meets?|meeting|met|reach(?:es|ed|ing)?|cross(?:es|ed|ing)?)\s+(?:the\s+|your\s+|our\s+|their\s+|this\s+|that\s+)?$/i;

/** "Threshold for a Section 47 enquiry is met", "are we over threshold?": a safeguarding decision, not a doorway. */
export const thresholdDecisionSense: Guard = (ctx, start, end) => {
  const after = ctx.text.slice(end, end + 60);
  if (THRESHOLD_NAMED.test(after)) return false;
  return THRESHOLD_DECISION_AFTER.test(after) || THRESHOLD_DECISION_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start));
};

// "drift and delay", "drift is evident", "to avoid drift": a plan or case not moving, the inspection word. Not
// drifting off to sleep, friends drifting apart, a snow drift or the drift of a conversation.
const DRIFT_PLANNING_AFTER = /^\s*(?:and\s+delay|in\s+(?:the\s+|this\s+|her\s+|his\s+|their\s+)?(?:plan|planning|case|work|care\s+plan)|(?:is|was|has\s+been)\s+(?:evident|apparent|clear|a\s+concern|a\s+risk)|has\s+set\s+in)\b/i;
const DRIFT_PLANNING_BEFORE = /\b(?:avoid|avoiding|prevent|preventing|without|risk\s+of|evidence\s+of|signs?\s+of|no|further|case|planning|there\s+(?:is|was|has\s+been))\s+$/i;

/** "drift is evident", "to prevent drift": the case-planning word, not the everyday verb or noun. */
export const driftPlanningSense: Guard = (ctx, start, end) =>
  DRIFT_PLANNING_AFTER.test(ctx.text.slice(end, end + 40)) || DRIFT_PLANNING_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start));

// "economic sanctions", "sanctions against Russia", "benefit sanctions": the ordinary or welfare-state word, not
// a children's home's punishments.
const SANCTIONS_OTHER_BEFORE = /\b(?:economic|trade|financial|international|benefits?|universal\s+credit|jobcentre|DWP|UN|EU|US|western|government|legal|criminal|disciplinary|regulatory)\s+$/i;
const SANCTIONS_OTHER_AFTER = /^\s*(?:against|on\s+(?:\p{Lu}|the\s+(?:country|regime|government))|imposed\s+(?:on|by)\s+(?:the\s+)?(?:government|country|regime|\p{Lu}))/iu;

/** "the sanctions log", "loss-of-phone sanctions": a home's punishments, not a government's. */
export const homeSanctionsSense: Guard = (ctx, start, end) =>
  !SANCTIONS_OTHER_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) && !SANCTIONS_OTHER_AFTER.test(ctx.text.slice(end, end + 40));

// The Graded Care Profile scores care from grade 1 to grade 5: a grade number means that only where the record
// names the tool. Elsewhere it is a school year, an exam, a piano grade or a tear's grade.
const GRADED_CARE_NAMED = /\b(?:graded\s+care\s+profile|GCP\s?2?)\b/i;

// A school, exam or music grade in the same record: "predicted a grade 5 in English", "her grade 3 piano exam" (jargon46).
const SCHOOL_SUBJECT = String.raw`(?:English|Maths|maths|Mathematics|Science|science|History|Geography|Art|Music|Drama|French|Spanish|German|Computing|Biology|Chemistry|Physics|RE|PE)`;
const SCHOOL_GRADE_AFTER = new RegExp(String.raw`^[ \t]+(?:in[ \t]+${SCHOOL_SUBJECT}\b|(?:piano|violin|cello|flute|guitar|drums?|singing|music|ballet|dance|theory|exam|exams|GCSE|GCSEs|pass)\b)`);
const SCHOOL_GRADE_BEFORE = /\b(?:predicted|achieved|achieve|got|gets|passed|pass|sat|sitting|working\s+(?:at|towards)|target|targets|expected|GCSE|piano|violin|cello|flute|guitar|music|ballet|dance|singing|theory)(?:[ \t]+(?:a|an|her|his|their))?[ \t]+$/i;

/** "Area 2: Safety (grade 3)" in a record that names the Graded Care Profile, not a school or music grade there. */
export const gradedCareGrade: Guard = (ctx, start, end) =>
  GRADED_CARE_NAMED.test(ctx.text) && !SCHOOL_GRADE_AFTER.test(ctx.text.slice(end, end + 30)) && !SCHOOL_GRADE_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start));

/** A named scheme written with its capital ("Team Teach", "Form F"), not the same words in lower case ("the team teach"). */
export const namedInCapitals: Guard = (ctx, start) => /\p{Lu}/u.test(ctx.text.charAt(start));

// "Annex A" names the adoption report (Family Procedure Rules PD 14C) only in a record about adoption; elsewhere it is
// a document's own appendix ("see Annex A").
const ADOPTION = /\badopt(?:ion|ions|ed|er|ers|ive|ing|s)?\b/i;

/** "Annex A report" in a record about adoption, written with its capital. */
export const adoptionAnnex: Guard = (ctx, start) => namedInCapitals(ctx, start, start) && ADOPTION.test(ctx.text);

// "From: Operation Encompass <…>", "Subject: RE: Operation Encompass notification": an e-mail's header names the sender
// or the thread; the writer's prose is the body.
const MESSAGE_HEADER_LINE = /^[ \t>]*(?:from|to|cc|bcc|sent|subject|re)[ \t]*:/i;

/** A scheme's name in the record's prose, written with its capital, not on an e-mail's header line. */
export const namedSchemeInProse: Guard = (ctx, start, end) =>
  namedInCapitals(ctx, start, end) && !MESSAGE_HEADER_LINE.test(ctx.text.slice(lineStart(ctx.text, start), start));

// "a happy, determined little girl", "so determined to do well": the adjective of character, not the formal verb that
// "decided" or "found out" would replace ("the panel determined that…"). Told by a degree word, an article or a list
// comma before it, or "to" and a verb other than "be" after it.
const DETERMINED_ADJECTIVE_BEFORE = /(?:\b(?:a|an|so|very|really|quite|too|more|most|such|always|fiercely|incredibly|extremely|remained|remains|seems?|seemed|looks?|looked|felt|feels?)|,)[ \t]*$/i;
const DETERMINED_TO_ACT = /^[ \t]+to[ \t]+(?!be\b)[\p{L}]/u;

/** "determine(d)" as the formal verb (decide, find out), not the adjective "determined". */
export const formalDetermineSense: Guard = (ctx, start, end) => {
  if (!/^determined$/i.test(ctx.text.slice(start, end))) return true;
  return !DETERMINED_ADJECTIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) && !DETERMINED_TO_ACT.test(ctx.text.slice(end, end + 30));
};

// "Management oversight (RC)", "Management Oversight:" alone on a line: a form's section heading (with the initials of
// whoever wrote the section), the form's wording rather than the writer's prose.
const HEADING_REST = /^[ \t]*(?:\([A-Z]{1,4}\)|:)?[ \t]*(?:\r?\n|$)/;

/** The words are not a heading standing alone on its line. */
export const notAHeading: Guard = (ctx, start, end) => {
  if (!/^[ \t\d.)•*-]*$/.test(ctx.text.slice(lineStart(ctx.text, start), start))) return true;
  // Opening its line in capitals ("MANAGEMENT OVERSIGHT – case note type: …"): the record's title.
  const words = ctx.text.slice(start, end);
  return !(HEADING_REST.test(ctx.text.slice(end, end + 12)) || words === words.toUpperCase());
};

// "a Tier 2 work visa", "tier 4 student leave", "tier 3 restrictions": an immigration route's or a lockdown's tier, not the
// children's mental health framework's level that the entry explains.
const OTHER_SCHEMES_TIER_AFTER = /^[ \t]+(?:(?:general|skilled|work|works|student|sponsor|sponsored|points-based)[ \t]+)?(?:visas?|migrants?|sponsors?|sponsorship|student|students|leave|route|restrictions?|lockdown|area|alert)\b/i;

/** "referred to tier 3": the mental health service's level, not a visa's or a lockdown's tier. */
export const mentalHealthTier: Guard = (ctx, _start, end) => !OTHER_SCHEMES_TIER_AFTER.test(ctx.text.slice(end, end + 40));

export const JARGON_GUARDS: Readonly<Record<string, Guard>> = {
  "mental-health-tier": mentalHealthTier,
  "formal-determine-sense": formalDetermineSense,
  "not-a-heading": notAHeading,
  "threshold-decision-sense": thresholdDecisionSense,
  "not-named-in-apposition": notNamedInApposition,
  "looked-after-label": lookedAfterLabel,
  "not-secure-accommodation-test": notSecureAccommodationTest,
  "absconder-is-a-child": absconderIsAChild,
  "unexplained-to-child": unexplainedToChild,
  "child-home-unit": childHomeUnit,
  "clinical-presentation": clinicalPresentation,
  "contact-care-sense": contactCareSense,
  "placement-home-sense": placementHomeSense,
  "respite-care-sense": respiteCareSense,
  "letterbox-adoption-sense": letterboxAdoptionSense,
  "peers-as-friends": peersAsFriends,
  "child-not-brought": childNotBrought,
  "service-level-sense": serviceLevelSense,
  "unexplained-section": unexplainedSection,
  "drift-planning-sense": driftPlanningSense,
  "home-sanctions-sense": homeSanctionsSense,
  "graded-care-grade": gradedCareGrade,
  "named-in-capitals": namedInCapitals,
  "adoption-annex": adoptionAnnex,
  "named-scheme-in-prose": namedSchemeInProse,
};
