import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";

export type PersonRole = "subject" | "child" | "adult" | "place" | "other";

export type Mention = Span & { entity: string; possessive: boolean };

export type ChildRecord = { id: string; displayName: string; forms: Set<string>; reasons: string[] };

export type People = {
  children: ChildRecord[];
  /** Mentions of other children, sorted by start. */
  childMentions: Mention[];
  /** Mentions of the subject child, sorted by start. */
  subjectMentions: Span[];
  /** Mentions of adults, sorted by start. */
  adultMentions: Span[];
  /** Identifying details of other children (DOB, school, address), with the child they belong to. */
  childDetails: Array<Span & { entity: string; kind: "date of birth" | "school" | "address" }>;
};

export function findPeople(_ctx: RuleContext): People {
  return { children: [], childMentions: [], subjectMentions: [], adultMentions: [], childDetails: [] };
}
