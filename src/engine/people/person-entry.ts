// Report.people's entry for one person, built by `build` (people.ts's reportPeople): what the task pane's
// People list shows. The on-send bundle links person-entry-none.ts in its place (webpack.outlook.config.js):
// the check on Send reads findings alone, so it carries neither the entries nor the code that words them.
// Nothing the engine decides reads an entry: the people stage's roles, ids and review spans are the same
// either way.
import type { Person } from "../types";

export function personEntry(build: () => Person): Person | undefined {
  return build();
}
