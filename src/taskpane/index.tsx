import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

// Runs in a plain browser as well as in Word: nothing here depends on Office.js yet (the Word
// adapter comes with the full task pane), and nothing is loaded from outside the add-in's own origin.
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>
    </StrictMode>,
  );
}
