// A .tsx file only so the root tsconfig (src/**/*.ts, no DOM library) leaves it to the task pane tsconfig.
// The page's clipboard and download, handed to the filing helpers in src/hosts/outlook/filing.ts (which
// catch every refusal: Outlook on the web blocks navigator.clipboard). Only the redacted copy is ever
// handed to the browser.
import type { ClipboardEnv } from "../../hosts/outlook/filing";

/** This page's clipboard routes: navigator.clipboard (HTML and text flavours), then a selected text area. */
export function pageClipboard(): ClipboardEnv {
  return {
    navigator: typeof navigator !== "undefined" ? (navigator as unknown as ClipboardEnv["navigator"]) : undefined,
    document: typeof document !== "undefined" ? (document as unknown as ClipboardEnv["document"]) : undefined,
    ...(typeof ClipboardItem !== "undefined"
      ? {
          htmlItem: (html: string, text: string) =>
            new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) }),
        }
      : {}),
  };
}

/** Offers a file as a download (only where downloadsWork says it arrives). */
export function downloadFile(content: string, fileName: string, type = "message/rfc822"): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
