// Entry of the Outlook task pane inside Outlook: waits for Office.js, then renders the pane over the
// real Mailbox API. Opened outside Outlook it says so (the demo build, demo.tsx, runs on the fake).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import type { OfficeLike } from "../../hosts/outlook/office-types";
import { OutlookApp, renderPane } from "./OutlookApp";

declare const Office: OfficeLike | undefined;

if (typeof Office === "undefined" || !Office.onReady) {
  renderPane(
    <MessageBar intent="warning">
      <MessageBarBody>Open Clear Record from Outlook: this page needs Outlook's add-in library, which did not load.</MessageBarBody>
    </MessageBar>,
  );
} else {
  const office = Office;
  void office.onReady!().then(() => renderPane(<OutlookApp host={new OutlookHostAdapter(office)} />));
}
