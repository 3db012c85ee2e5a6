import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PaneTheme } from "./theme";
import { App, type DemoControls } from "./App";
import type { HostAdapter } from "../hosts/host";
import { connectToWord } from "../hosts/word/office-entry";
import { WordAdapter } from "../hosts/word/word-adapter";
import { FakeWord, emptyModel } from "../hosts/fake/word/fake-word";
import { courtReportModel, paragraphsOf } from "../hosts/fake/word/sample-document";
import sampleReport from "../../samples/court-report.txt";

/** Outside Word: the same adapter over the fake Word API, holding the sample report or pasted text. */
function practiceHost(): { host: HostAdapter; demo: DemoControls } {
  // ?wordApi=1.1 (or 1.3: Word 2019/2021, which cannot say whether track changes is on) plays an older Word that cannot read every part (the pane must say what it did not read).
  const api = new URLSearchParams(location.search).get("wordApi");
  // ?client=web|mac plays where Word on the web and on Mac differ (tracked deletions in the text, or empty).
  const client = new URLSearchParams(location.search).get("client");
  // ?desktop=1.2 plays Word on Windows or Mac with WordApiDesktop 1.2, where text boxes can be read.
  const desktop = new URLSearchParams(location.search).get("desktop");
  const fake = new FakeWord(courtReportModel(sampleReport), api && /^1\.\d+$/.test(api) ? api : undefined, {
    client: client === "web" || client === "mac" ? client : "windows",
    ...(desktop && /^1\.\d+$/.test(desktop) ? { desktop } : {}),
  });
  fake.latencyMs = 10;
  // For the end-to-end test only: lets it see what the pane did to the practice document.
  (window as unknown as { __practiceWord?: FakeWord }).__practiceWord = fake;
  const host = new WordAdapter({ word: fake, requirements: fake.requirements, name: "Practice document" });
  return {
    host,
    demo: {
      loadSample: () => (fake.model = courtReportModel(sampleReport)),
      loadText: (text) => (fake.model = { ...emptyModel(), body: paragraphsOf(text).length ? paragraphsOf(text) : [""] }),
    },
  };
}

async function start() {
  const container = document.getElementById("root");
  if (!container) return;
  const word = await connectToWord().catch(() => null);
  const { host, demo } = word ? { host: word as HostAdapter, demo: undefined } : practiceHost();
  // Office's platform decides whether a download can arrive (not on Mac); ?platform=Mac plays it in the practice pane.
  const office = (globalThis as { Office?: { context?: { platform?: string | null } } }).Office;
  const platform = word ? (office?.context?.platform ?? null) : new URLSearchParams(location.search).get("platform");
  createRoot(container).render(
    <StrictMode>
      <PaneTheme>
        <App host={host} demo={demo} platform={platform} />
      </PaneTheme>
    </StrictMode>,
  );
}

void start();
