// The Outlook pane, shared by the entry inside Outlook (index.tsx) and the browser demo over the fake
// Mailbox API (demo.tsx): the one pane (App) over the Outlook adapter, with what only Outlook adds.
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { PaneTheme } from "../theme";
import { App } from "../App";
import { COMPOSE_REWRITE_WARNING } from "../../hosts/outlook/adapter";
import type { ClipboardEnv } from "../../hosts/outlook/filing";
import type { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import { OutlookBanner, OutlookExtras } from "./OutlookExtras";

export function OutlookApp({ host, clipboard }: { host: OutlookHostAdapter; clipboard?: ClipboardEnv }) {
  const compose = host.outlook.capabilities().mode === "compose";
  return (
    <App
      host={host}
      analyseOptions={{ kind: "email" }}
      banner={<OutlookBanner host={host} />}
      platform={host.outlook.office?.context?.platform ?? null}
      {...(compose ? { applyWarning: COMPOSE_REWRITE_WARNING } : {})}
      extra={(doc, profile, unplaced) => <OutlookExtras host={host} doc={doc} profile={profile} unplaced={unplaced} {...(clipboard ? { clipboard } : {})} />}
    />
  );
}

/** Renders into the page's #root, themed. */
export function renderPane(node: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <PaneTheme>{node}</PaneTheme>
    </StrictMode>,
  );
}
