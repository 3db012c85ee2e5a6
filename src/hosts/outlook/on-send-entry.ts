// Entry point of the on-send bundle (dist/outlook/on-send.js). Classic Outlook on Windows loads this
// file alone in a JavaScript-only runtime (no DOM, no imports, no window), so it is bundled into one
// script over the pure engine; Outlook on the web, new Outlook and Mac load it from on-send.html.
// Office.actions.associate maps the manifest's FunctionName to the handler on every client.
// First: the ES2016 runtime lacks some library methods the engine uses.
import "./es2016-polyfills";
import { onMessageSend } from "./on-send";
import type { MailboxEvent, OfficeLike } from "./office-types";

declare const Office: OfficeLike | undefined;

function officeGlobal(): OfficeLike | undefined {
  return typeof Office !== "undefined" ? Office : undefined;
}

export function onMessageSendHandler(event: MailboxEvent): void {
  void onMessageSend(event, officeGlobal());
}

try {
  officeGlobal()?.actions?.associate("onMessageSendHandler", onMessageSendHandler);
} catch {
  // An Office.js without actions.associate: the global function below is found by name instead.
}
(globalThis as unknown as { onMessageSendHandler?: typeof onMessageSendHandler }).onMessageSendHandler = onMessageSendHandler;
