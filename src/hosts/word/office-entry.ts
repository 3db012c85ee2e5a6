// Connects the Word adapter to the real Office.js globals (loaded from Microsoft's CDN by taskpane.html
// in the Office build only). The plain-browser build never reaches this code's Office calls.
import { WordAdapter } from "./word-adapter";
import type { Requirements, WordApi } from "./word-types";

type OfficeGlobal = {
  onReady(callback?: (info: { host: string | null }) => void): Promise<{ host: string | null }>;
  HostType: { Word: string };
  EventType: { DocumentSelectionChanged: string };
  context: {
    requirements: Requirements;
    document: {
      addHandlerAsync(type: string, handler: () => void, callback?: (r: { status: string }) => void): void;
      removeHandlerAsync(type: string, options: { handler: () => void }, callback?: (r: { status: string }) => void): void;
    };
  };
};

declare const globalThis: { Office?: OfficeGlobal; Word?: WordApi };

/** Resolves with a Word adapter when running inside Word, or null in a plain browser. */
export async function connectToWord(): Promise<WordAdapter | null> {
  const office = globalThis.Office;
  if (!office || typeof office.onReady !== "function") return null;
  const info = await office.onReady();
  if (info.host !== office.HostType.Word || !globalThis.Word) return null;
  const word = globalThis.Word;
  return new WordAdapter({
    word,
    requirements: office.context.requirements,
    // Typing moves the selection: the pane re-reads (debounced) and re-checks only if the text changed.
    subscribe: (listener) => {
      office.context.document.addHandlerAsync(office.EventType.DocumentSelectionChanged, listener);
      return () => office.context.document.removeHandlerAsync(office.EventType.DocumentSelectionChanged, { handler: listener });
    },
  });
}
