// Filing the redacted copy from the pane's page, where clients differ: Outlook on the web blocks
// navigator.clipboard in the add-in's frame (write and writeText reject), and Outlook on Mac ignores
// downloads. The page's navigator and document are passed in, so tests use the fake clipboards.

export type ClipboardEnv = {
  navigator?: { clipboard?: { writeText?(text: string): Promise<void>; write?(items: unknown[]): Promise<void> } };
  document?: {
    execCommand(command: string): boolean;
    createElement?(tag: "textarea"): { value: string; select(): void; remove(): void; setAttribute(n: string, v: string): void; style: Record<string, string> };
    body?: { appendChild(node: unknown): unknown };
    /** Fakes record the text selected for execCommand here. */
    lastSelected?: string;
  };
  /** Builds a ClipboardItem for the HTML flavour, when the page has one. */
  htmlItem?: (html: string, text: string) => unknown;
};

/**
 * Copies the redacted text (and HTML where possible). Every route that can reject is caught and the
 * next one tried: navigator.clipboard.write (HTML), writeText, then a selected text area and
 * execCommand("copy"). Resolves "html" or "text" for what was copied, or "none": then the pane shows
 * the redacted text for the worker to select and copy by hand.
 */
export async function copyRedactedText(env: ClipboardEnv, html: string, text: string): Promise<"html" | "text" | "none"> {
  const clipboard = env.navigator?.clipboard;
  if (clipboard?.write && env.htmlItem) {
    try {
      await clipboard.write([env.htmlItem(html, text)]);
      return "html";
    } catch {
      // Blocked (Outlook on the web) or HTML not allowed: try plain text.
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return "text";
    } catch {
      // Blocked: fall back to the older route below.
    }
  }
  const doc = env.document;
  if (!doc) return "none";
  try {
    if (doc.createElement && doc.body) {
      const area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      doc.body.appendChild(area);
      area.select();
      const ok = doc.execCommand("copy");
      area.remove();
      return ok ? "text" : "none";
    }
    doc.lastSelected = text;
    return doc.execCommand("copy") ? "text" : "none";
  } catch {
    return "none";
  }
}

/**
 * Whether a download (the .eml, the redaction log) will reach the worker: not in Outlook on Mac,
 * whose add-in web view ignores them. Elsewhere the pane offers the download; on Mac, copyable text
 * and (Outlook) the redacted copy as a new draft (OutlookAdapter.openAsNewDraft).
 */
export function downloadsWork(platform: string | null | undefined): boolean {
  return platform !== "Mac" && platform !== "MacOS";
}
