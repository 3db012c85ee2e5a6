// Entry of the Outlook task pane inside Outlook: waits for Office.js, then renders the pane over the
// real Mailbox API. Opened outside Outlook it says so (the demo build, demo.tsx, runs on the fake).
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { PaneTheme } from "../theme";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import type { OfficeLike } from "../../hosts/outlook/office-types";
import { App } from "../App";
import { COMPOSE_REWRITE_WARNING } from "../../hosts/outlook/adapter";
import { OutlookBanner, OutlookExtras } from "./OutlookExtras";

declare const Office: OfficeLike | undefined;

const container = document.getElementById("root");
const render = (node: ReactNode) =>
  container && createRoot(container).render(
    <StrictMode>
      <PaneTheme>{node}</PaneTheme>
    </StrictMode>,
  );

if (typeof Office === "undefined" || !Office.onReady) {
  render(
    <MessageBar intent="warning">
      <MessageBarBody>Open Clear Record from Outlook: this page needs Outlook's add-in library, which did not load.</MessageBarBody>
    </MessageBar>,
  );
} else {
  const office = Office;
  void office.onReady!().then(() => render(<OutlookApp host={new OutlookHostAdapter(office)} />));
}

/** The one pane (App) over the Outlook adapter, with what only Outlook adds. */
function OutlookApp({ host }: { host: OutlookHostAdapter }) {
  const compose = host.outlook.capabilities().mode === "compose";
  return (
    <App
      host={host}
      analyseOptions={{ kind: "email" }}
      banner={<OutlookBanner host={host} />}
      platform={host.outlook.office?.context?.platform ?? null}
      {...(compose ? { applyWarning: COMPOSE_REWRITE_WARNING } : {})}
      extra={(doc, profile) => <OutlookExtras host={host} doc={doc} profile={profile} />}
    />
  );
}
