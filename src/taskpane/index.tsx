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
  // ?wordApi=1.1 plays an older Word that cannot read every part (the pane must say what it did not read).
  const api = new URLSearchParams(location.search).get("wordApi");
  const fake = new FakeWord(courtReportModel(sampleReport), api && /^1\.\d+$/.test(api) ? api : undefined);
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
  createRoot(container).render(
    <StrictMode>
      <PaneTheme>
        <App host={host} demo={demo} />
      </PaneTheme>
    </StrictMode>,
  );
}

void start();
