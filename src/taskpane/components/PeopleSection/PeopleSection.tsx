import { useEffect, useRef, useState } from "react";
import { Badge, Button, Caption1, Subtitle2, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Person, PersonMention, PersonRole } from "../../../engine";
import { distinctReasons, type ChosenRole, type Decision } from "../../state/session";
import { mentionContext, subjectWording } from "../../state/paste-fix";

export const ROLE_LABELS: Record<PersonRole, string> = {
  subject: "the child this record is about",
  "other-child": "another child",
  adult: "an adult",
  "not-a-person": "not a person",
  undecided: "not sure",
};

// "This child" read as "yes, a child": a worker placing a brother could make him the record's child,
// and his name would no longer be found. The label says which child.
const CHOICES: { role: ChosenRole; label: string }[] = [
  { role: "subject", label: "This record's child" },
  { role: "other-child", label: "Another child" },
  { role: "adult", label: "An adult" },
  { role: "not-a-person", label: "Not a person" },
];

export type PeopleSectionProps = {
  people: readonly Person[];
  decisions: ReadonlyMap<string, Decision>;
  onDecide: (person: Person, role: ChosenRole) => void;
  onUndecide: (person: Person) => void;
  /** Shows the person's first mention in the document; absent where the host cannot select (Outlook). */
  onShow?: (person: Person) => void;
  disabled?: boolean;
  /** The child the check was made for, and its text: with onMentionIsSubject, another child's mentions can each be put right. */
  subject?: string;
  source?: string;
  /**
   * One mention of another child is the record's child (a sentence pasted from a sibling's record): its words are
   * replaced by the child's name, and only that mention; the other child's other mentions stay theirs.
   */
  onMentionIsSubject?: (person: Person, mention: PersonMention, replacement: string) => void;
  /** Why a mention cannot be changed here (a header, a quoted message), or null. */
  cannotChange?: (start: number) => string | null;
};

/** At most this many mentions are offered one by one; the findings list has them all. */
const MENTIONS_SHOWN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold, paddingLeft: 0, paddingRight: 0, minHeight: "auto" },
  why: { color: tokens.colorNeutralForeground3 },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3 },
  // Left, under the choices, as the words of a question, not a bar across the row.
  mentionsToggle: { alignSelf: "flex-start", fontWeight: tokens.fontWeightRegular, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  mentions: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  mention: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  context: { minWidth: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

const SHOWN = 6;

/**
 * Who's who: each person the check found, what the checker thinks they are and why, and one-click
 * choices. A choice changes the case for this session only and re-runs the check; it is never
 * written into the document, its settings or any storage.
 */
export function PeopleSection({ people, decisions, onDecide, onUndecide, onShow, disabled, subject, source, onMentionIsSubject, cannotChange }: PeopleSectionProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  // The row whose mentions are open, one at a time (by the row's key).
  const [openMentions, setOpenMentions] = useState<string | null>(null);
  const subjectName = subject?.trim() ?? "";
  // The choice just pressed, until its re-check has landed: a choice moves its row (placed people go first, an undone
  // one goes back among its kind, a row folded into the child comes back with the re-check) and a moved button lost the
  // keyboard focus to the page. Put back on the button pressed, unless the worker has moved on (focus elsewhere, or 30 s).
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pressed = useRef<{ key: string; at: number; sawBusy: boolean } | null>(null);
  useEffect(() => {
    const p = pressed.current;
    if (!p) return;
    if (disabled) p.sawBusy = true;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    const button = lost ? buttons.current.get(p.key) : undefined;
    button?.focus();
    // Done once the re-check has landed with focus in place (the row may come back in a render after the re-check's).
    if ((p.sawBusy && !disabled && (!lost || button)) || Date.now() - p.at > 30_000) pressed.current = null;
  });
  if (people.length === 0) return null;
  const undecided = people.filter((p) => p.role === "undecided" && !decisions.has(p.displayName.toLowerCase())).length;
  const shown = all ? people : people.slice(0, SHOWN);
  const names = new Set<string>();
  const keyOf = (p: Person) => {
    const name = p.displayName.toLowerCase();
    if (names.has(name)) return `${name}:${p.role}`;
    names.add(name);
    return name;
  };
  return (
    <section className={styles.root} aria-labelledby="people-title">
      <Subtitle2 as="h2" id="people-title">
        People in this record
      </Subtitle2>
      <Caption1 className={styles.note}>
        {undecided ? `${undecided} ${undecided === 1 ? "person" : "people"} the checker could not place: say who they are (marked “${ROLE_LABELS.undecided}”). ` : ""}
        Press a choice again to undo it. Choices last until the pane closes and are never saved.
      </Caption1>
      <ul className={styles.list}>
        {shown.map((p) => {
          const decision = decisions.get(p.displayName.toLowerCase());
          const role = decision?.role ?? p.role;
          const rowKey = keyOf(p);
          return (
            // Keyed by name, not id (ids are renumbered by each check) nor role (a choice changes it):
            // the row, and the button the worker just pressed, stay in place and keep focus through the re-check.
            <li key={rowKey} className={styles.item}>
              <div className={styles.head}>
                {/* A row kept for a choice the re-check folded into someone else has nothing of its own to show. */}
                {onShow && p.mentions.length ? (
                  <Button appearance="transparent" size="small" className={styles.name} onClick={() => onShow(p)} aria-label={`${p.displayName}: show in the document`}>
                    {p.displayName}
                  </Button>
                ) : (
                  <Text className={styles.name}>{p.displayName}</Text>
                )}
                <Badge appearance="tint" size="small" color={role === "undecided" ? "warning" : role === "other-child" ? "danger" : "informative"}>
                  {ROLE_LABELS[role]}
                </Badge>
                {p.mentions.length ? (
                  <Caption1 className={styles.why}>
                    {p.mentions.length} {p.mentions.length === 1 ? "mention" : "mentions"}
                  </Caption1>
                ) : null}
              </div>
              <Caption1 className={styles.why}>
                {decision
                  ? `You chose “${CHOICES.find((c) => c.role === decision.role)?.label ?? ROLE_LABELS[decision.role]}”: press it again to undo.`
                  : p.reasons.length
                    ? // Each reason once ("has a role: mother" and the same role from a table's column are one reason).
                      `Why: ${distinctReasons(p.reasons).slice(0, 3).join("; ")}.`
                    : "No clue either way."}
              </Caption1>
              <div className={styles.choices} role="group" aria-label={`Who is ${p.displayName}?`}>
                {CHOICES.map((c) => {
                  const key = `${rowKey}\u0000${c.role}`;
                  return (
                    <ToggleButton
                      key={c.role}
                      ref={(el: HTMLButtonElement | null) => {
                        if (el) buttons.current.set(key, el);
                        else buttons.current.delete(key);
                      }}
                      size="small"
                      checked={decision?.role === c.role}
                      disabledFocusable={disabled}
                      onClick={() => {
                        pressed.current = { key, at: Date.now(), sawBusy: false };
                        if (decision?.role === c.role) onUndecide(p);
                        else onDecide(p, c.role);
                      }}
                    >
                      {c.label}
                    </ToggleButton>
                  );
                })}
              </div>
              {role === "other-child" && subjectName && source && onMentionIsSubject && p.mentions.length ? (
                <>
                  <ToggleButton
                    size="small"
                    appearance="subtle"
                    className={styles.mentionsToggle}
                    checked={openMentions === rowKey}
                    aria-expanded={openMentions === rowKey}
                    ref={(el: HTMLButtonElement | null) => {
                      if (el) buttons.current.set(`${rowKey}\u0000mentions`, el);
                      else buttons.current.delete(`${rowKey}\u0000mentions`);
                    }}
                    onClick={() => setOpenMentions(openMentions === rowKey ? null : rowKey)}
                  >
                    {p.mentions.length === 1 ? `Is this mention ${subjectName}?` : `Is one mention ${subjectName}?`}
                  </ToggleButton>
                  {openMentions === rowKey ? (
                    <ul className={styles.mentions} aria-label={`Mentions of ${p.displayName}`}>
                      {p.mentions.slice(0, MENTIONS_SHOWN).map((m, i) => {
                        const at = mentionContext(source, m.start, m.end);
                        const replacement = subjectWording(at.words, subjectName);
                        const blocked = cannotChange?.(m.start) ?? null;
                        return (
                          <li key={`${m.start}:${m.end}`} className={styles.mention}>
                            <Caption1 className={styles.context}>
                              {at.before}
                              <mark className={styles.mark}>{at.words}</mark>
                              {at.after}
                            </Caption1>
                            {replacement ? (
                              <Button
                                size="small"
                                disabledFocusable={disabled || !!blocked}
                                title={blocked ?? undefined}
                                aria-label={`Mention ${i + 1}: this is ${subjectName}; change it to ${replacement}`}
                                onClick={() => {
                                  pressed.current = { key: `${rowKey}\u0000mentions`, at: Date.now(), sawBusy: false };
                                  onMentionIsSubject(p, m, replacement);
                                }}
                              >
                                {`This is ${replacement.replace(/['’]s$/, "")}`}
                              </Button>
                            ) : null}
                          </li>
                        );
                      })}
                      {p.mentions.length > MENTIONS_SHOWN ? <Caption1 className={styles.note}>The other mentions are under Other children below.</Caption1> : null}
                    </ul>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {people.length > SHOWN ? (
        <Button size="small" appearance="subtle" onClick={() => setAll(!all)}>
          {all ? "Show fewer people" : `Show all ${people.length} people`}
        </Button>
      ) : null}
    </section>
  );
}
