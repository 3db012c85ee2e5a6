// Deterministic generator of realistic, fictional case recording for the benchmark.
// The same seed and word count always give the same text, so runs can be compared.
// All names are invented; phone numbers use Ofcom's drama ranges, emails example.org.

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECT = { first: "Keeley", last: "Okonkwo-Barnes", alias: "Kee", she: "she", her: "her", hers: "her", herself: "herself" };

const SIBLINGS = [
  { name: "Jaxon", rel: "brother", age: 9 },
  { name: "Amara", rel: "half-sister", age: 6 },
  { name: "Bartosz", rel: "stepbrother", age: 15 },
  { name: "Poppy-Mai", rel: "baby sister", age: 1 },
];
const SCHOOL_AGE = SIBLINGS.filter((b) => b.age >= 4);
const PEERS = [
  "Dillon Fairweather",
  "Aaliyah Mahmood",
  "Callan Price",
  "Sofija Petrauskaite",
  "Tayo Adebisi",
  "Hollie Grange",
  "Rafferty Cole",
  "Zainab Hussain",
  "Kian O'Rourke",
  "Eliza Thornton",
];
const ADULTS = [
  { name: "Ms Shona Barnes", short: "Mum", role: "mother" },
  { name: "Mr Chinedu Okonkwo", short: "Dad", role: "father" },
  { name: "Mrs Valerie Hendry", short: "Valerie", role: "foster carer" },
  { name: "Mr Trevor Hendry", short: "Trevor", role: "foster carer" },
  { name: "Gran", short: "Gran", role: "maternal grandmother" },
];
const PROS = [
  { name: "Priyanka Desai", role: "social worker" },
  { name: "Owen Maddox", role: "Independent Reviewing Officer" },
  { name: "Dr Helena Vasquez", role: "paediatrician" },
  { name: "Ms Rhiannon Kerr", role: "designated teacher" },
  { name: "PC Gareth Lowe", role: "police officer" },
  { name: "Bethan Sayers", role: "family support worker" },
  { name: "Marcus Obi", role: "CAMHS practitioner" },
];
const SCHOOLS = ["Brookfield Primary School", "St Columba's RC Primary", "Harrowgate Academy", "Northgate High School"];
const PLACES = [
  "the family centre",
  "the contact centre",
  "McDonald's on the high street",
  "Saltwell Park",
  "the library",
  "the GP surgery",
  "the youth club",
  "the police station",
  "the bus station",
];
const STREETS = ["Juniper Way", "Canal Street", "Ashby Road", "Mill Lane", "Orchard Crescent", "Foxglove Drive"];
const TOWNS = ["Elmbridge", "Hollowfield", "Castleford Green", "Marston Vale"];
const POSTCODES = ["NE9 5TP", "LS12 3AB", "M14 7RQ", "B23 6HW", "S6 2LN", "CF24 4JD"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MEETINGS = [
  "LAC review",
  "CLA review",
  "PEP meeting",
  "TAF meeting",
  "core group",
  "strategy discussion",
  "CP conference",
  "PLO meeting",
  "EHCP review",
  "IRH",
  "permanency planning meeting",
];
const JARGON = ["respite", "contact", "placement", "Section 20", "direct work", "LADO referral", "MASH referral", "CSE screening tool", "CIN plan", "CP plan", "IRO"];
/** Judgemental wording that reads as what the child did ("Keeley kicked off"). */
const JUD_VERB = [
  "kicked off",
  "refused to engage",
  "played up",
  "absconded",
  "became aggressive",
  "was attention seeking",
  "was manipulative",
  "was non-compliant",
  "was hostile",
  "was uncooperative",
  "was clingy",
  "had a meltdown",
];
/** Judgemental wording that describes the child ("Keeley is manipulative"). */
const JUD_ADJ = [
  "attention seeking",
  "manipulative",
  "non-compliant",
  "hostile",
  "uncooperative",
  "difficult to manage",
  "promiscuous",
  "aggressive",
  "clingy",
  "making a lifestyle choice",
  "putting herself at risk",
  "streetwise",
];
const QUOTES = [
  "I just want to go home",
  "Nobody listens to me",
  "I miss my brother",
  "It's alright here, Valerie makes good tea",
  "I don't want to talk about it today",
  "Can I see Gran at Christmas?",
  "I'm not a baby, I can look after myself",
  "School is boring but my friends are there",
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function date(r) {
  const d = 1 + Math.floor(r() * 28);
  const m = 1 + Math.floor(r() * 12);
  const y = 2023 + Math.floor(r() * 3);
  return r() < 0.5 ? `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

function phone(r) {
  const n = String(Math.floor(r() * 1000)).padStart(3, "0");
  return r() < 0.6 ? `07700 900${n}` : `01632 960${n}`;
}

function time(r) {
  return `${String(8 + Math.floor(r() * 12)).padStart(2, "0")}:${pick(r, ["00", "15", "30", "45", "10", "50"])}`;
}

/** Sentence templates; each is a function of the PRNG so the text varies from sentence to sentence. */
const S = SUBJECT;
const SENTENCES = [
  (r) => `${S.first} was seen alone in ${S.her} bedroom for ${10 + Math.floor(r() * 50)} minutes.`,
  (r) => `${S.first} said "${pick(r, QUOTES)}" when I asked how things were going.`,
  (r) => {
    const b = pick(r, SIBLINGS);
    return `${S.first}'s ${b.rel} ${b.name} (${b.age}) was at home during the visit and was playing in the living room.`;
  },
  (r) => {
    const b = pick(r, SCHOOL_AGE);
    return `${b.name}, who is ${b.age}, attends ${pick(r, SCHOOLS)} and is doing well according to ${pick(r, ADULTS).short}.`;
  },
  (r) => `${S.first} spends a lot of time with ${pick(r, PEERS)}, a friend from school, and they often go to ${pick(r, PLACES)} together.`,
  (r) => `${pick(r, ADULTS).short} told me that ${S.first} ${pick(r, JUD_VERB)} after the ${pick(r, MEETINGS)} on ${date(r)}.`,
  (r) => `The ${pick(r, MEETINGS)} is booked for ${date(r)} at ${time(r)} and ${pick(r, PROS).name} will attend.`,
  (r) => `${pick(r, PROS).name}, ${pick(r, PROS).role}, can be reached on ${phone(r)} or by email at ${pick(r, ["duty.team", "cla.team", "iro.service", "mash"])}@example.org.`,
  (r) => `Mum's current address is ${1 + Math.floor(r() * 120)} ${pick(r, STREETS)}, ${pick(r, TOWNS)}, ${pick(r, POSTCODES)}.`,
  (r) =>
    `${S.first} appeared ${pick(r, ["tired", "relaxed", "quiet", "cheerful", "anxious", "chatty"])} and ${S.she} ${pick(r, ["showed me her drawings", "talked about her football team", "asked about contact", "wanted to play a board game"])}.`,
  (r) => `In the view of the school, ${S.first} is ${pick(r, JUD_ADJ)} and will need more support before the ${pick(r, MEETINGS)}.`,
  (r) =>
    `${pick(r, ADULTS).name} ${pick(r, ["refused to engage", "did not attend", "attended late", "was calm", "became upset"])} at the ${pick(r, MEETINGS)} and said "${pick(r, ["I'm doing my best", "You lot never help", "I want my kids back", "Nobody told me about the meeting"])}".`,
  (r) =>
    `There are ongoing concerns that ${S.first} is ${pick(r, ["putting herself at risk", "being exploited", "missing from placement", "staying out late"])} with older young people near ${pick(r, PLACES)}.`,
  (r) => `The ${pick(r, MEETINGS)} agreed that ${S.first} should remain in ${S.her} current placement with ${pick(r, ADULTS).name} until the final hearing.`,
  (r) => `${pick(r, PEERS)} (${12 + Math.floor(r() * 5)}) was also present and was ${pick(r, ["friendly", "quiet", "on her phone", "watching television"])}.`,
  (r) => `${S.first} has ${pick(r, ["weekly", "fortnightly", "monthly", "supervised", "indirect"])} contact with ${pick(r, SIBLINGS).name} and ${pick(r, ADULTS).short}.`,
  (r) => `The case was discussed in supervision on ${date(r)} and the plan was updated.`,
  (r) => `${S.first}'s attendance at ${pick(r, SCHOOLS)} is ${60 + Math.floor(r() * 40)}% this term.`,
  (r) =>
    `${S.first} told ${pick(r, PROS).name} that ${pick(r, SIBLINGS).name} had been ${pick(r, ["upset", "unwell", "excited about a trip", "missing her"])} and asked whether ${S.she} could phone ${pick(r, ["him", "her", "them"])}.`,
  (r) => `${pick(r, ["He", "She", "They"])} said that ${pick(r, ["the food was nice", "the room was cold", "the other children were kind", "bedtime was too early"])}.`,
  (r) =>
    `A referral was made to ${pick(r, ["CAMHS", "the MASH", "Early Help", "the Virtual School", "the YOT"])} on ${date(r)}, reference ${pick(r, ["CR", "MASH", "EH"])}-${100000 + Math.floor(r() * 899999)}.`,
  (r) => `${pick(r, PROS).name} described the home as ${pick(r, ["chaotic", "dirty and chaotic", "unsafe", "cluttered"])} and said ${S.first} had not been sleeping.`,
  (r) => `I explained the purpose of the visit and ${S.first} agreed that I could share what ${S.she} said with ${pick(r, PROS).name}.`,
  (r) => `${S.first}'s NHS number is ${pick(r, ["999 123 4578", "999 384 7127", "999 016 2352"])} and ${S.her} GP is at ${pick(r, TOWNS)} Medical Centre.`,
  (r) => `Mum's NI number (${pick(r, ["QQ 12 34 56 C", "QQ 98 76 54 A"])}) was given to the finance team for travel expenses.`,
  (r) => `Case number ${pick(r, ["NE", "LS", "MA", "BM"])}${23 + Math.floor(r() * 3)}C${String(Math.floor(r() * 99999)).padStart(5, "0")} is listed for an IRH on ${date(r)}.`,
  (r) => `${pick(r, SIBLINGS).name} was born on ${date(r)} and lives with ${pick(r, ADULTS).short}.`,
  (r) => `When asked about the incident, ${S.first} shrugged and said "${pick(r, ["dunno", "it wasn't me", "ask Jaxon", "whatever"])}".`,
  (r) => `${pick(r, PROS).name} will complete direct work with ${S.first} about ${S.her} life story before the next ${pick(r, MEETINGS)}.`,
  (r) => `The foster carers reported that ${S.first} ${pick(r, JUD_VERB)} when asked to come off ${S.her} phone at ${time(r)}.`,
  (r) => `${S.first} has been ${pick(r, ["LAC", "a CLA", "looked after"])} since ${date(r)}, first under ${pick(r, JARGON)} and now under an interim care order.`,
  (r) => `Arrangements for ${pick(r, ["respite", "contact", "the placement", "direct work"])} will be reviewed at the ${pick(r, MEETINGS)} on ${date(r)}.`,
  (r) => `${S.first} went to ${pick(r, PLACES)} with ${pick(r, PEERS)} and ${pick(r, PEERS)} and came back at ${time(r)}, which was later than agreed.`,
  (r) =>
    `${pick(r, ["Respite", "Contact", "The placement"])} ${pick(r, ["went well", "was cancelled", "was moved to Saturday", "ended early"])}, according to ${pick(r, ADULTS).short}.`,
];

const HEADINGS = [
  (r) => `Case note: home visit, ${date(r)}`,
  (r) => `Statutory visit record, ${date(r)}`,
  (r) => `Telephone call from ${pick(r, PROS).role}, ${date(r)} ${time(r)}`,
  (r) => `Chronology entry ${date(r)}`,
  (r) => `Email to ${pick(r, PROS).name} re ${pick(r, MEETINGS)}`,
  (r) => `Management oversight ${date(r)}`,
];

/**
 * Returns exactly `words` whitespace-separated words of case recording.
 * @param {number} words
 * @param {number} [seed]
 */
export function makeBenchText(words, seed = 20251014) {
  const r = rng(seed);
  const out = [];
  let count = 0;
  const add = (s) => {
    out.push(s);
    count += s.split(/\s+/).filter(Boolean).length;
  };
  while (count < words) {
    add(`${pick(r, HEADINGS)(r)}\n`);
    add(`Child: ${S.first} ${S.last} (known as ${S.alias}). Recorded by ${pick(r, PROS).name}.\n\n`);
    const paragraphs = 2 + Math.floor(r() * 4);
    for (let p = 0; p < paragraphs && count < words; p++) {
      const n = 3 + Math.floor(r() * 6);
      const sentences = [];
      for (let i = 0; i < n; i++) sentences.push(pick(r, SENTENCES)(r));
      add(sentences.join(" ") + "\n\n");
    }
  }
  // Trim to the exact word count, keeping the original spacing.
  const text = out.join("");
  let seen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) {
      seen++;
      if (seen > words) return text.slice(0, i).trimEnd() + "\n";
    }
    inWord = !space;
  }
  return text;
}

/** The case profile to analyse the benchmark text with. */
export const BENCH_PROFILE = {
  subject: { name: `${SUBJECT.first} ${SUBJECT.last}`, aliases: [SUBJECT.first, SUBJECT.alias], pronouns: "she/her" },
  otherChildren: [SIBLINGS[0].name],
  adults: ["Shona Barnes", "Chinedu Okonkwo", "Valerie Hendry", "Trevor Hendry"],
};
