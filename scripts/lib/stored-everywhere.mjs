// Everything a pane could have written to, as one string to compare before and after a choice: the browser's
// storage (local, session, IndexedDB, caches, cookies) and the host's own item (Word's body, settings and custom
// properties; Outlook's item and its session data). Another child's name must never be written anywhere new, and
// a People or kind choice is for this session only, so none of this may change when the worker makes one.
// `host` is "word" (the practice Word host) or "outlook" (the Outlook fake).
export const storedEverywhere = (page, host) =>
  page.evaluate(async (host) => {
    const item =
      host === "word" ? { ...window.__practiceWord.model, selection: null } : { ...window.clearRecordFake.state, sessionData: [...window.clearRecordFake.state.sessionData] };
    return JSON.stringify({
      browser: {
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases?.())?.map((d) => d.name) ?? [],
        caches: "caches" in window ? await caches.keys() : [],
      },
      item,
    });
  }, host);

// The browser's part alone (the host's item holds the record's own names, so a name test reads only this part).
export const browserPart = (stored) => JSON.stringify(JSON.parse(stored).browser);
