// A .tsx file only so the root tsconfig (src/**/*.ts, no DOM library) leaves it to the task pane tsconfig.
// Browser-side filing actions for the redacted copy: the clipboard (HTML and text flavours) and an
// .eml download. Only the redacted copy is ever handed to the browser.

/** Copies the redacted copy as HTML (pastes with formatting) and as plain text. */
export async function copyRedacted(html: string, text: string): Promise<"html" | "text"> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof ClipboardItem !== "undefined" && typeof clipboard.write === "function") {
    try {
      await clipboard.write([
        new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) }),
      ]);
      return "html";
    } catch {
      // Fall through to plain text (some hosts allow only writeText).
    }
  }
  if (clipboard && typeof clipboard.writeText === "function") {
    await clipboard.writeText(text);
    return "text";
  }
  // Last resort for old webviews: a hidden textarea and execCommand.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("The browser would not copy to the clipboard.");
  return "text";
}

/** Offers the .eml as a download. */
export function downloadEml(eml: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([eml], { type: "message/rfc822" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
