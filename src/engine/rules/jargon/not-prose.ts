// Where jargon words are not the writer's prose: a form's field label or a short header value, and a
// job title (Ruling 6). Kept apart from lexicon-rule.ts so that bundles without jargon do not carry it.
import { lineEnd, lineNumber, lineStart } from "../../text/lines";
import type { RuleContext } from "../../rule";
import { overlapsAny } from "../../text/span";

// "Placement: Beacon House", "Present: … (social worker, facilitating)": a form's field label, or a short
// field value in the record's header block, is the form's wording, not the writer's prose.
const FIELD_LINE = /^[ \t]*(?:[-•*–][ \t]+)?([A-Z][\p{L}'’ /&-]{1,30}):[ \t]/u;
// A further field on a form's row, set off from the one before by a tab or a run of spaces: "Child: Clover (7)   Siblings
// present: …".
const ROW_FIELD = /(?:\t|[ ]{2,})[ \t]*([A-Z][\p{L}'’ /&-]{1,30}):[ \t]/gu;
// "Contact with Summer: twice weekly", "- Contact with Kyle: …": a label that names whom the time is with is the
// arrangement itself, the writer's word for it (the care-sense check then reads it as any other).
const ARRANGEMENT_LABEL = /^contact\s+with\s/i;

const PLACE_OR_PEOPLE_FIELD = /^(?:address|placement|venue|location|home|setting|present|attendees|attending|in attendance|carers?|lives with|school)$/i;

export function inFormField(ctx: RuleContext, start: number): boolean {
  const ls = lineStart(ctx.text, start);
  if (start - ls > 400) return false; // far into a long line: prose, not a form field
  const line = ctx.text.slice(ls, Math.min(lineEnd(ctx.text, start), ls + 600));
  if (inRowField(line, start - ls)) return true;
  const field = FIELD_LINE.exec(line);
  if (!field) return false;
  if (start - ls < field[0].length) return !ARRANGEMENT_LABEL.test(field[1]); // the label itself
  if (!PLACE_OR_PEOPLE_FIELD.test(field[1])) return false;
  const value = line.slice(field[0].length);
  const inHeader = lineNumber(ctx.text, ls) < 12;
  return inHeader && value.split(/\s+/).length <= 25 && !/[.!?]\s+\p{Lu}/u.test(value);
}

/** The label of a further field on a form's row (not the row's first, which FIELD_LINE reads). */
function inRowField(line: string, at: number): boolean {
  ROW_FIELD.lastIndex = 0;
  for (let m = ROW_FIELD.exec(line); m && m.index < at; m = ROW_FIELD.exec(line)) {
    if (at < m.index + m[0].length) return !ARRANGEMENT_LABEL.test(m[1]);
  }
  return false;
}

// Ruling 6: a job title is not jargon ("family liaison officer", "Virtual School Head for looked after
// children"). The words are a title when a role noun follows them directly, or when they name what a
// role is for ("teacher for …").
// ("care leavers' counsellor": a possessive before the role noun is part of the title.)
const ROLE_HEAD =
  /^(?:['’]s?)?[ \t-]*(?:(?:support|services?|team|protection|safeguarding|education|health|care)\s+)?(?:officers?|workers?|managers?|leads?|coordinators?|co-ordinators?|advocates?|advisers?|advisors?|practitioners?|specialists?|consultants?|assistants?|directors?|heads?|champions?|nurses?|teachers?|mentors?|partners?|supervisors?|reviewers?|navigators?|facilitators?|assessors?|therapists?|counsellors?|caseworkers?|administrators?|chairs?|visitors?)\b/i;
const ROLE_FOR = /\b(?:head|teacher|officer|lead|nurse|worker|manager|coordinator|champion|team|service|school|adviser|advisor|director)\s+(?:for|of)\s+(?:the\s+)?$/i;

const TEAM_NAME_AFTER = /^[ \t]+(?:Team|Service|Services|Unit|Panel|Hub)\b/;
// The title ends before "for the … meeting": "the social worker for the respite review" is a worker at a meeting,
// and the words naming the meeting are the writer's own (a few words of one noun phrase, then the meeting word).
const MEETING_AFTER = /^[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:meeting|conference|review|panel|hearing|discussion|forum)s?\b/iu;

export function inJobTitle(ctx: RuleContext, start: number, end: number): boolean {
  if (ROLE_HEAD.test(ctx.text.slice(end, end + 40))) return true;
  // A team's or service's own name, written as a name: "Children in Care Team", "Leaving Care Service".
  if (/^\p{Lu}/u.test(ctx.text.slice(start, end)) && TEAM_NAME_AFTER.test(ctx.text.slice(end, end + 20))) return true;
  return ROLE_FOR.test(ctx.text.slice(Math.max(0, start - 30), start)) && !MEETING_AFTER.test(ctx.text.slice(end, end + 60));
}

// "Heledd Morse (social worker, facilitating and recording)": what a named person is there to do, in the
// bracket after their name, begun with their role — an attendee's part in a meeting, not the writer's prose.
const ROLE_BRACKET =
  /\p{Lu}[\p{L}'’-]+[ \t]*\((?=[^()\n]*\b(?:worker|officer|manager|lead|coordinator|co-ordinator|nurse|visitor|teacher|chair|practitioner|adviser|advisor|guardian|solicitor|therapist|consultant|clinician|doctor|GP|police|IRO|SW)\b[^()\n]*,)[^()\n]{0,80}$/u;

export function inRoleBracket(ctx: RuleContext, start: number): boolean {
  return ROLE_BRACKET.test(ctx.text.slice(Math.max(lineStart(ctx.text, start), start - 120), start));
}

// "Charlotte Wei (Paediatric Safeguarding Liaison)", "Named Nurse, Family Liaison, St Anne's": a title-cased
// name that ends in the word, set off by a bracket or commas after a name or on a signature line — the title of a
// post or service (Ruling 6), not the writer's prose. (A heading on its own line, "Sibling Contact", is prose.)
const TITLE_RUN_BEFORE = /(?:^|[(,][ \t]*)(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,4}$/u;
const TITLE_RUN_AFTER = /^[ \t]*(?:[),]|$)/;

export function inTitledApposition(ctx: RuleContext, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(ctx.text.slice(start, end))) return false;
  const ls = lineStart(ctx.text, start);
  const before = TITLE_RUN_BEFORE.exec(ctx.text.slice(Math.max(ls, start - 80), start));
  if (!before || !/[(,]/.test(before[0])) return false;
  return TITLE_RUN_AFTER.test(ctx.text.slice(end, Math.min(lineEnd(ctx.text, end), end + 4)));
}

/** Inside a personal identifier: an e-mail address ("family.liaison@…"), a postal address or a reference. */
function inIdentifier(ctx: RuleContext, start: number, end: number): boolean {
  return overlapsAny(ctx.identifiers, start, end);
}

/** A jargon word that is a form's field label or header value, part of a job title, or an attendee's part in a meeting. */
export const jargonNotHere = (ctx: RuleContext, start: number, end: number): boolean =>
  inFormField(ctx, start) || inJobTitle(ctx, start, end) || inRoleBracket(ctx, start) || inTitledApposition(ctx, start, end) || inIdentifier(ctx, start, end);
