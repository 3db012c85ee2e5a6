// A person who tells the setting's staff what happened, or runs to fetch one of them ("Rhys told staff that Ava had
// gone out", "seen by Corin Vale, who ran to get a member of staff"): staff with no other owner are the school's or
// the home's, and the one telling them is a young person they look after there, not one of them. A peer's sign
// (it needs no second); any adult evidence (a title, a role, an adult's given name) still outweighs it.
export const TOLD_STAFF_RIGHT =
  /^(?:\s*,\s*who)?\s+(?:(?:had|has|then|later|also)\s+)?(?:told|tells|(?:ran|went)\s+to\s+(?:get|fetch)|fetched)\s+(?:a\s+member\s+of\s+|the\s+)?staff\b/i;
