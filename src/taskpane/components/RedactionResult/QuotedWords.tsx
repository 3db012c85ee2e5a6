import { Fragment } from "react";
import { makeStyles } from "@fluentui/react-components";
import { breakablePieces } from "../../state/session";

const useStyles = makeStyles({ held: { whiteSpace: "nowrap" } });

/**
 * “words” then what follows them (": …"): a long e-mail address breaks after its "@" or a dot, and its last part
 * stays on one line with the closing quote, so at 280–320 px no line starts with a lone ”.
 */
export function QuotedWords({ text, after }: { text: string; after: string }) {
  const styles = useStyles();
  const { pieces, tail } = breakablePieces(text);
  return (
    <>
      “
      {pieces.map((p, i) => (
        <Fragment key={i}>
          {p}
          <wbr />
        </Fragment>
      ))}
      <span className={styles.held}>{`${tail}”${after.startsWith(":") ? ":" : ""}`}</span>
      {after.startsWith(":") ? after.slice(1) : after}
    </>
  );
}
