// The pane follows Office's theme: dark when Office's body background is dark, high contrast when the
// system forces colours; in a plain browser, the browser's colour scheme. Read at run time only, from
// Office.js or CSS media queries: nothing is stored.
import { useEffect, useState, type ReactNode } from "react";
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

type OfficeTheme = { bodyBackgroundColor?: string };
type OfficeThemeGlobal = {
  context?: { officeTheme?: OfficeTheme };
  EventType?: { OfficeThemeChanged?: string };
};
declare const globalThis: { Office?: OfficeThemeGlobal };

export type PaneThemeName = "light" | "dark" | "high-contrast";

/** Relative luminance of a "#rrggbb" colour (0 black … 1 white). */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

export function currentThemeName(): PaneThemeName {
  const media = (q: string) => typeof matchMedia === "function" && matchMedia(q).matches;
  if (media("(forced-colors: active)")) return "high-contrast";
  const officeBg = globalThis.Office?.context?.officeTheme?.bodyBackgroundColor;
  const lum = officeBg ? luminance(officeBg) : null;
  if (lum !== null) return lum < 0.2 ? "dark" : "light";
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

const THEMES: Record<PaneThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

/** FluentProvider with the theme Office (or the browser) is showing, updated when it changes. */
export function PaneTheme({ children }: { children: ReactNode }) {
  const [name, setName] = useState<PaneThemeName>(currentThemeName);
  useEffect(() => {
    const update = () => setName(currentThemeName());
    const queries = typeof matchMedia === "function" ? ["(prefers-color-scheme: dark)", "(forced-colors: active)"].map((q) => matchMedia(q)) : [];
    queries.forEach((q) => q.addEventListener?.("change", update));
    // Office has no theme-changed event for task panes in every host: look again when the pane is shown.
    document.addEventListener("visibilitychange", update);
    return () => {
      queries.forEach((q) => q.removeEventListener?.("change", update));
      document.removeEventListener("visibilitychange", update);
    };
  }, []);
  return (
    <FluentProvider theme={THEMES[name]} style={{ minHeight: "100vh" }} data-theme={name}>
      {children}
    </FluentProvider>
  );
}
