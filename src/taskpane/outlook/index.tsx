// Entry of the Outlook task pane inside Outlook: waits for Office.js, then renders the pane over the
// real Mailbox API. Opened outside Outlook it says so (the demo build, demo.tsx, runs on the fake).
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { PaneTheme } from "../theme";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { OutlookAdapter } from "../../hosts/outlook/adapter";
import type { OfficeLike } from "../../hosts/outlook/office-types";
import { OutlookPane } from "./OutlookPane";

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
  void office.onReady!().then(() => render(<OutlookPane adapter={new OutlookAdapter(office)} />));
}
