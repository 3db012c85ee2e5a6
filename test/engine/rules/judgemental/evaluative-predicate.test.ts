import { runRule, type Case } from "../jargon/helpers";
import type { CaseProfile } from "../../../../src/engine/types";
import evaluative from "../../../../rules/evaluative.json";
import judgemental from "../../../../rules/judgemental.json";

const him: CaseProfile = { subject: { name: "Jordan Price", pronouns: "he/him" } };
const run = (c: Case) => runRule("evaluative-predicate", "jud", c);

describe("evaluative-predicate: a person said to be a character label", () => {
  test.each<Case>([
    // A person, a verb of being or seeming, and a trait.
    { text: "Grandad seemed {{jud|indifferent}} when the nurse explained the burns." },
    // Names for a badly behaved child (rules/evaluative.json CHILD_NAMES; stop 43).
    { text: "Her nan described Kayla as {{jud|a little horror}} at teatime." },
    { text: "The neighbour said Kayla is {{jud|a holy terror}}." },
    { text: "Dad calls him {{jud|a hellion}}.", profile: him },
    // A naming verb in a relative clause: the label is the antecedent's, and the adult opening the sentence says it.
    { text: 'Mrs Kell has found Riley, whom she called "{{jud|light-fingered}}", and Kayla arguing over hair bobbles.' },
    // A pronoun that is not the child's takes the adult who is the previous sentence's subject.
    { text: "Mother said he was at a friend's. She was {{jud|unbothered}} and went back inside.", profile: him },
    { text: "I found Dad {{jud|arrogant}} and dismissive." },
    { text: "The school consider her to be {{jud|devious}}." },
    { text: "Her {{jud|selfish}} mother left her alone." },
    { text: "Dad is frankly {{jud|useless}} with money and the rent is behind." },
    { text: "Her aunt, who is rather {{jud|selfish}}, would not have Kayla at Christmas." },
    { text: "Mr Doyle came across as {{jud|arrogant}} in the meeting." },
    { text: "Staff see him as {{jud|untrustworthy}}.", profile: him },
    { text: "Jordan is known to be {{jud|easily influenced}} by older boys.", profile: him },
    { text: "Mum was rude and {{jud|irresponsible}} on the phone." },
    { text: "Dad was loud, {{jud|obnoxious}} and swore at reception staff." },
    { text: "She is quite an {{jud|immature}} 14-year-old." },
    { text: "Her stepdad said Mum is {{jud|a narcissist}}." },
    { text: "She is a {{jud|spineless}} mother who lets him back." },
    // A person noun after "a": said of someone, or given to them as a name.
    { text: "Nan says Jordan can be a right {{jud|menace}} at bedtime.", profile: him },
    { text: "His teacher described him as {{jud|a tearaway}}.", profile: him },
    { text: "Dad called her {{jud|a loser}} in front of the others." },
    // What someone is said to have; a home's label; a behaviour label.
    { text: "Kayla has {{jud|an attitude problem}} according to her form tutor." },
    { text: "The house was an absolute {{jud|pigsty}} when I visited." },
    { text: "Jordan keeps {{jud|acting up}} in maths.", profile: him },
    // A quoted label an adult or a record passes on unchallenged.
    { text: "The log notes she can be '{{jud|obstinate}}' at mealtimes." },
    // A coordinated label keeps the first one's verb, past a quote mark and a degree word.
    { text: "Her carer said Kayla is kinder and \"less {{jud|selfish}}\" than in the summer." },
    // A person's life summed up as a chosen way of living.
    { text: "Sadly Dad's {{jud|lifestyle}} has not changed since the baby was born." },
    // Blame framed as a parent's choice over the children.
    { text: "Dad {{jud|chose his new girlfriend over his children}}." },
    // Words from published lists (AFINN-165, WordNet) in the same grammar.
    { text: "Mr Hale was {{jud|inconsiderate}} and left the boys waiting in the rain." },
    { text: "Her foster carer finds her {{jud|sarcastic}} at mealtimes." },
    { text: "Nan described Dad as {{jud|a slacker}} who never pays for anything." },
    { text: "Staff on the unit say the boys are {{jud|vermin}} and want them moved on." },
    { text: "Grandad told us Jordan can be {{jud|a git}} when he loses at football.", profile: him },
    // Labels known by their form: un…able, anti-, a motive asserted with an adjective.
    { text: "Staff describe him as {{jud|unteachable}} in French.", profile: him },
    { text: "Her aunt says Kayla is {{jud|unlikeable}} at home." },
    { text: "The old file calls Dad {{jud|anti-police}}." },
    { text: "Mr Hale was {{jud|deliberately unhelpful}} with the school." },
    { text: "The tutor regards Jordan as {{jud|wilfully destructive}} in class.", profile: him },
    // A passive naming verb: its subject is the one named.
    { text: "Dad's family described in the referral as {{jud|anti-social}} and loud." },
    { text: "Mum labelled by the nursery as {{jud|uncaring}}, though she comes every day." },
    // A passive judging verb with no "as" (stop 31, judvocab33): "was considered", "has been labelled", "is deemed".
    { text: "Kayla was considered {{jud|stubborn}} by the school." },
    { text: "Kayla has been labelled {{jud|clingy}} since nursery." },
    { text: "Dad is deemed {{jud|a liability}} by his own family." },
    { text: "Kayla was referred to as {{jud|a bully}}." },
    // "in the" of the record where the label was given is not an idiom's complement.
    { text: "Kayla was referred to as {{jud|a bully}} in the referral." },
    // Behaviour labels in a plan or a request, and a parent's departure as a sneer.
    { text: "Plan: Dad to stop {{jud|mouthing off}} at reception staff." },
    { text: "Jordan keeps {{jud|gobbing off}} in form time.", profile: him },
    { text: "Mum {{jud|swanned off}} to Spain and left the children with Nan." },
    // "to" before a person names who the conduct is aimed at; it is not a complement.
    { text: "Mum says Kayla is a little {{jud|cow}} to her and to her nan." },
    { text: "Dad was {{jud|nasty}} to his sister at the contact." },
    // A second predicate shares the subject of the first conjunct's verb.
    { text: "Dad has two jobs and is {{jud|a slob}} at home." },
    { text: "Her uncle worked nights and was {{jud|a slob}} at weekends." },
    // Past a participle that looks like a verb, and a negated auxiliary, to the first conjunct's subject.
    { text: "Dad is keen on fishing and is {{jud|full of himself}} at the pub." },
    { text: "Her aunt won't visit and is {{jud|a nuisance}} on the phone." },
    // A person filed under a type, or their conduct put down to their nature.
    { text: "Staff think Dad is {{jud|your typical single dad}}, out with his mates." },
    { text: "The tutor sees Jordan as {{jud|a typical care kid}}.", profile: him },
    { text: "She lied about the dinner money, which is {{jud|typical of her}}." },
    // The children set against what a parent is said to prefer.
    { text: "Mum seems {{jud|more interested in her boyfriend than her children}}." },
    // Idioms of self-regard, including after a verb of becoming.
    { text: "Her stepdad was {{jud|full of himself}} at the review." },
    { text: "Mum had become {{jud|a law unto herself}} by the summer." },
    // What someone has: a temper.
    { text: "Dad has {{jud|a nasty temper}} when he drinks." },
    // A parent's engagement summed up; calculation ascribed as knowledge.
    { text: "Her father has {{jud|shown little interest}} in her since he moved away." },
    { text: "Staff say she {{jud|knows exactly how to wind up her carers}}." },
    // What a person does put down to self-interest ("when it suits one").
    { text: "Her dad {{jud|only phones when it suits him}}, usually late at night." },
    // An un…able verdict as a modal passive.
    { text: "Her uncle says Jordan {{jud|can't be trusted}} with money.", profile: him },
    // "Wind up" with a person after it.
    { text: "Nan said he {{jud|winds up the younger children}} at tea.", profile: him },
    { text: "Dad {{jud|wound up her foster carers}} on the phone." },
    // Behaviour idioms that impute a motive (COBUILD senses), with a person as their subject.
    { text: "Nan said Kayla {{jud|winds everyone up}} at teatime." },
    { text: "Jordan {{jud|winds up the other children}} in the queue.", profile: him },
    { text: "Dad was {{jud|goading}} the neighbour over the fence." },
    { text: "Kayla was {{jud|sulking}} in the car after contact." },
    { text: "Her carer says she {{jud|tells tales}} about her brother." },
    { text: "Mum is {{jud|playing mind games}} with the school." },
    { text: "Dad keeps {{jud|playing games with professionals}} over the dates." },
    // Person nouns from the learner's dictionary and the trauma-informed guides.
    { text: "Jordan can be a bit of {{jud|a charmer}} with new staff.", profile: him },
    { text: "Her stepdad called her {{jud|a thief}} in front of her friends." },
    { text: "Staff see Kayla as {{jud|troublesome}} on the bus." },
    { text: "Dad is always {{jud|making excuses}} for missing contact." },
    { text: "Her carer says she {{jud|eats like a gannet}} at teatime." },
    { text: "His teacher finds him {{jud|oppositional}} in maths.", profile: him },
    { text: "Dad was {{jud|aloof}} with the baby at contact." },
    { text: "The police log says he is {{jud|a loner}} with no friends.", profile: him },
    // Idioms of motive and character (Oxford and Collins idiom dictionaries).
    { text: "Nan says Mum is always {{jud|stirring things up}} with the neighbours." },
    { text: "Staff think Kayla is {{jud|milking it}} since the fall." },
    { text: "Dad was {{jud|throwing his weight around}} at the contact centre." },
    { text: "Her uncle says Jordan is {{jud|too big for his boots}}.", profile: him },
    { text: "Nan said Kayla is {{jud|a pain in the neck}} at bedtime." },
    { text: "Her aunt says Mum is {{jud|a pushover}} with the boys." },
    { text: "Staff see Dad as {{jud|a control freak}} at contact." },
    { text: "Nan thinks Jordan is {{jud|a chancer}} with his pocket money.", profile: him },
    // Deeper WordNet hyponyms of the same roots, and of "troublemaker" (vocab14).
    { text: "Her uncle says Dad is {{jud|a hothead}} after a drink." },
    { text: "Staff see Jordan as {{jud|a ringleader}} on the bus.", profile: him },
    { text: "Nan said Mum is {{jud|a scatterbrain}} with letters." },
    // Idioms a dictionary defines as a listed trait or marks as disapproving (vocab14).
    { text: "Her carer says Kayla is {{jud|light-fingered}} around the house." },
    { text: "Mum {{jud|dug her heels in}} over the school move." },
    { text: "Dad is {{jud|digging in his heels}} about the contact times." },
    { text: "Kayla was {{jud|feeling sorry for herself}} after the review." },
    // WordNet synset-mates of a listed character adjective (vocab14).
    { text: "Nan says Dad is {{jud|bloody-minded}} about money." },
    { text: "The school see Jordan as {{jud|wayward}} since Easter.", profile: him },
    { text: "Mum seemed {{jud|shifty}} when I asked about the bruise." },
    // WordNet 'similar to' satellites of a listed character adjective, and 'highly strung' (stop 32, judvocab34).
    { text: "Nan says Dad was {{jud|combative}} on the phone." },
    { text: "The school describe Jordan as {{jud|recalcitrant}}.", profile: him },
    { text: "Mum seemed {{jud|highly strung}} at the review." },
    { text: "Her aunt says Mum is {{jud|self-serving}} about money." },
    // 'Toxic' said of a person (Hood et al. 2021; Sidebotham: a stigmatising word for a family).
    { text: "Nan said Dad is {{jud|toxic}} and the children should not see him." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // Feelings, states and facts describe; they do not judge.
    { text: "The fumes from the heater were toxic, the fire officer said." },
    { text: "The film Kayla watched was a horror and she could not sleep." },
    { text: "She was upset when Mum left." },
    { text: "He is shy with new adults.", profile: him },
    { text: "Mum is worried about the move." },
    { text: "Kayla was tired and late for school." },
    { text: "Jordan is 9 and is tall for his age.", profile: him },
    // A lack of feeling judges a parent's response; of a child it describes how the child seemed.
    { text: "Kayla seemed unconcerned about the move to the new school." },
    { text: "Mother said he was at a friend's. He was unbothered by the noise.", profile: him },
    { text: "Mum is hopeless about the housing after the last refusal." },
    // Not said of a person: a thing, a complement, an idiom, a condition.
    { text: "The journey was difficult because of the roadworks." },
    { text: "Mum found it difficult to get there by bus." },
    { text: "Kayla is entitled to a review of her plan." },
    { text: "The two girls are thick as thieves." },
    { text: "When he is stubborn, staff give him time.", profile: him },
    { text: "The council gave a tip about the bus pass." },
    { text: "She had a dramatic change in her sleep after the move." },
    { text: "I found her bedroom tidy and her school bag packed." },
    { text: "Mum is a drunk-driving victim and walks with a stick." },
    { text: "Dad described himself as a loser since he lost his job." },
    // Negated, quoted to reject, or the child's own words.
    { text: "Kayla is not lazy; she is exhausted from caring for her brothers." },
    { text: "The old file called her 'devious'. That word tells us nothing about what she needs." },
    { text: 'Kayla said: "I am useless at everything."' },
    // A lifestyle described by what follows, or one the record qualifies.
    { text: "Her lifestyle is active and she plays netball on Saturdays." },
    { text: "The nurse talked with Kayla about a healthy lifestyle." },
    // Published-list words outside the grammar, or in another sense.
    { text: "The report was careless in its dates and has been corrected." },
    { text: "Mum is allergic to nuts and carries a pen." },
    { text: "Kayla fed the pig at the farm and laughed." },
    { text: "He felt like a fool after the match, he told me.", profile: him },
    { text: "Kayla is kind to her brother and helps him dress." },
    { text: "The stairs are difficult to her nan now, so she sleeps downstairs." },
    { text: 'Jordan said: "I was mouthing off because he called my mum names."', profile: him },
    // Un…able words of fact, feeling or availability; harm done on purpose; "anti-" before a noun.
    { text: "Mum was unable to come to the meeting." },
    { text: "Dad was unreachable by phone on Monday." },
    { text: "Kayla was uncomfortable talking about it in front of her brother." },
    { text: "She was deliberately hurt by him, the doctor thinks." },
    { text: "Kayla is an anti-bullying ambassador at school." },
    { text: "The flat is unsuitable for a baby." },
    { text: "The meeting described in the minutes as difficult was moved to May." },
    // The children's needs put first is not a choice over them.
    { text: "Mum put the children's needs before her own." },
    // A question or a condition; a type that is not said of a person; the word "typical" of a thing.
    { text: "Kayla asked if she was a nuisance to her foster carer." },
    { text: "The meeting was cancelled and is a nuisance for everyone." },
    { text: "It was a typical Sunday at Nan's." },
    { text: "The marks were typical of a burn from an iron." },
    { text: "A typical teenager needs nine hours of sleep, the nurse explained." },
    { text: "Jordan was more interested in the football than the cake.", profile: him },
    // Other senses: a mood, pride in an achievement, an event, a child's interest, a skill.
    { text: "Kayla was full of beans after swimming." },
    { text: "He was pleased with himself after the spelling test.", profile: him },
    { text: "Jordan lost his temper at football and kicked the ball away.", profile: him },
    { text: "Kayla showed little interest in the new bike at first." },
    // Behaviour idioms in their ordinary senses, or without a person as subject.
    { text: "Kayla was playing games on her tablet when I arrived." },
    { text: "The children were playing games in the garden with Nan." },
    { text: "Mum wound up in hospital after the fall." },
    { text: "The chair wound up the meeting at four." },
    { text: "Mum knows how to work the washing machine now." },
    { text: "The club wound up the junior section and the boys moved to another team." },
    { text: "Jordan wound up his toy car and let it go.", profile: him },
    { text: "The book tells tales of knights and dragons." },
    { text: "Kayla said she was sulking because nobody listened to her, and I understood." },
    { text: "Her charm bracelet was a present from Nan." },
    { text: "The thief who took the bike has not been caught." },
    { text: "The school will not accept excuses for lateness after half term." },
    { text: "A gannet nested on the cliff we saw on the trip." },
    { text: "Jordan has a diagnosis of oppositional defiant disorder from CAMHS.", profile: him },
    { text: "Jordan describes himself as a loner and says he likes it.", profile: him },
    // Controls for the vocab14 words: a literal sense, a thing as subject, sympathy for another person.
    { text: "The builders dug the heels of the fence posts in by hand." },
    { text: "Kayla felt sorry for her brother when he lost the match." },
    { text: "Mum took the baby's dummy to the clinic." },
    { text: "Dad was a hot dog seller at the football ground before he retired." },
    { text: "The lodger's rent was unbalanced by the late payments." },
    { text: "The plan was shifty on dates until the review fixed them." },
    { text: "Kayla was stirring the paint when I arrived." },
    { text: "The bruise was a telltale sign and the school rang us." },
    { text: "Kayla likes a soft touch on her arm when she is going to sleep." },
    { text: "The farm visit was fun and Kayla watched the cows being milked." },
    { text: "Kayla has a pain in the neck since the fall and the GP has seen her." },
    { text: "Jordan's boots are too big for him, so Nan bought new ones.", profile: him },
    { text: "Jordan knows how to play the drums and practises daily.", profile: him },
    { text: "Mum only works when it suits her shifts at the care home." },
    { text: "The old test results can't be trusted, so the GP repeated them." },
    { text: "Kayla can't be left alone with the baby yet." },
    // Controls for the stop 32 words: a thing as subject, a state not a temperament.
    { text: "The question of contact was combative at the last hearing, the guardian said." },
    { text: "The recalcitrant stain on the carpet would not come out." },
    { text: "Mum was tense when the police arrived." },
    // An active "considered" is not a judging frame: its object follows.
    { text: "Kayla considered stubborn stains on the carpet a lost cause." },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  it("keeps its words apart from the lexicon's (the lexicon's entries win)", () => {
    const lexicon = new Set(judgemental.entries.flatMap((e) => e.match.map((m) => m.toLowerCase())));
    const lists = [evaluative.traits, evaluative.adultAffect, evaluative.personNouns, evaluative.attitudes, evaluative.homes, evaluative.behaviours];
    for (const list of lists) for (const word of list.words) expect(lexicon.has(word)).toBe(false);
  });

  it("lists no word for a feeling or a state", () => {
    const states = ["upset", "tired", "worried", "anxious", "shy", "quiet", "late", "angry", "sad", "scared", "frightened", "distressed", "clingy"];
    for (const w of states) expect(evaluative.traits.words).not.toContain(w);
  });
});

describe("evaluative-predicate: coordinated predicates and people named by initials (stop 28)", () => {
  test.each<Case>([
    // The first conjunct's subject, past verbs of any form and commas: a name where the sentence opens, a nominative pronoun.
    { text: "Tyler ate his tea, watched a film and was {{jud|obnoxious}} at bedtime." },
    { text: "After school she picked up her bag, said goodbye and was {{jud|arrogant}} with the receptionist." },
    // Initials the record uses for a speaker are a person (Ruling 7).
    { text: "TK agreed to the plan. RB said TK is {{jud|a pushover}} with the boys." },
    // A quoted log of several sentences, introduced before its first; a time phrase opening the label's sentence.
    { text: 'Staff wrote in the night log: "Tyler had his tea at six. Later that evening he was {{jud|sulking}} in his room."' },
    // A stance or frequency adverb between the verb and the label asserts it no less (issue 12, published text).
    { text: "The worker thought the uncle was clearly {{jud|incompetent}} with money." },
    { text: "Nan said Dad is consistently {{jud|arrogant}} with staff." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // Not a person: a thing, or the writer.
    { text: "The bus came late, broke down and was useless for the trip." },
    { text: "I tidied the room, made tea and was useless at the crossword." },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

describe("evaluative-predicate: groups, post-modified subjects, participle adjuncts and 'play' idioms (stop 29)", () => {
  test.each<Case>([
    // A plural person label, bare or after a collective, said of a group; a label noun modifying a household.
    { text: "Her uncle said the neighbours are {{jud|layabouts}}." },
    { text: "Dad called them a load of {{jud|wasters}} at the meeting." },
    { text: "Nan said they are {{jud|a scrounger}} family." },
    // A subject whose head comes before its modifier; a participle adjunct takes the sentence's subject.
    { text: "The boys waiting outside the shop were {{jud|vile}} to her." },
    { text: "Dad came to one meeting out of four in the spring term, {{jud|making excuses}} about his shifts." },
    // Published idioms of pretence or refusing to face facts, and 'play the … card'.
    { text: "Mum is {{jud|burying her head in the sand}} about the rent arrears." },
    { text: "His father {{jud|played dumb}} when I asked about the bruise.", profile: him },
    { text: "Dad {{jud|plays the race card}} whenever the school rings." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // "under…" is not the prefix un-; a card game; a thing's modifier, not a person's.
    { text: "Her worry about the move is understandable." },
    { text: "They played the card game after tea." },
    { text: "The report on the flat near the station was useless." },
    // A rejection in the next section names the label again; a 'rather than' contrast sets it aside.
    { text: 'Her carer said Kayla is "stubborn".\n\nAnalysis\nI do not agree that Kayla is stubborn: she is frightened of the dark.' },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

describe("evaluative-predicate: relative clauses, a noun after 'but', disapproving adjectives (stop 30)", () => {
  test.each<Case>([
    // "who" heads a person even when the clause's last noun is a thing ("move").
    { text: "Her carer said that children who move often become {{jud|unteachable}}." },
    { text: "Mum is on board but {{jud|a pushover}}." },
    { text: "Kayla was {{jud|clingy}} all morning." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([{ text: "Kayla was not clingy at drop-off." }, { text: "The wet shirt was clinging to his back." }])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

describe("evaluative-predicate: a listed phrase whose quoted head is someone's words and whose tail follows the quote (stop 35)", () => {
  test.each<Case>([
    { text: 'The team manager wrote that Mr Brown was "{{jud|playing games" with professionals}} and would not say where he had been.' },
    { text: 'The file says he is "{{jud|playing games" with the service}}.' },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // The child's own words, and a quote the record rejects.
    { text: 'Kayla said she was "playing games" with her friends.' },
    { text: 'The log says she was "playing games" with staff. That is not a fair description of a frightened child.' },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

// Stop 37 (judge42): the labelling frames of English that give a listed label to a person, written before the change.
// A naming verb with the label as its second object (Levin 1993, 'English Verb Classes and Alternations', §29.3
// dub verbs: call, label, brand, dub, nickname, term); a person's conduct as the object of a naming (§29.2
// characterize verbs: "described his attitude as"); a second label inside one quote (FORMAT.md ruling 5); a
// label in apposition to a person (Quirk et al. 1985, §17.65: "Her father, a bully, left"); a verb of becoming
// ("turned into a monster"); a parenthesis between the verb and the label ("is, in Nan's view, a bully"); and
// 'wind someone up' with the person between (Collins COBUILD, the source already cited for the idiom).
describe("evaluative-predicate: labelling frames (stop 37)", () => {
  test.each<Case>([
    { text: 'Staff have labelled her "{{jud|a bully}}".' },
    { text: 'Her carers dubbed Kayla "{{jud|a menace}}" within a week.' },
    { text: "The school branded her {{jud|a layabout}} in Year 9." },
    { text: 'Mum described her attitude as "{{jud|selfish}}".' },
    { text: "The school describe her manner as {{jud|arrogant}}." },
    { text: 'Mum said Kayla is "{{jud|a pest}} and {{jud|a bully}}".' },
    { text: 'Her tutor wrote that Kayla is "{{jud|cocky}} and a bit of {{jud|a pest}}".' },
    { text: "Her father, {{jud|a bully}}, left in 2022." },
    { text: "Kayla, {{jud|a pest}} at the best of times, would not get dressed." },
    { text: 'Mum said Kayla had turned into "{{jud|a monster}}" since the summer.' },
    { text: "Kayla is turning into {{jud|a bully}}, her nan says." },
    { text: "Kayla is, in Nan's view, {{jud|a bully}}." },
    { text: "Kayla keeps {{jud|winding her brother up}} at tea." },
    { text: "She was {{jud|winding Mum up}} all evening." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // Things, not people; the speaker's own words about themself; a denial; a child's account; a clock wound up.
    { text: 'Staff labelled the boxes "fragile" before the move.' },
    { text: 'Mum described the meeting as "a waste of time".' },
    { text: 'The teacher described her work as "careless" in places.' },
    { text: 'Dad labelled himself "a loser" when he lost his job.' },
    { text: 'Mum said Kayla is "not a pest and not a bully".' },
    { text: 'Kayla said her brother calls her "a pest" when he is joking.' },
    { text: "Dad wound the clock up before bed." },
    { text: "Kayla wound up in hospital after the fall." },
    { text: "The day turned into a nightmare for the whole family." },
    { text: "However, a bully at her old school had followed her online." },
    { text: "Her father, a builder, left in 2022." },
    { text: "Mum wound her hair up into a bun." },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});
