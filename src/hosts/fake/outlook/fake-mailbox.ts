// A faithful fake of the subset of the Outlook Mailbox API the add-in uses, for tests, the benchmark
// and the browser demo. It behaves as Office.js does where that matters to the adapters:
// - every *Async method calls back later (never synchronously) with an AsyncResult
//   { status: "succeeded" | "failed", value, error: { name, message, code }, asyncContext };
// - read mode has item.subject as a string and body.getAsync only; compose mode has subject/to/cc/bcc
//   objects with getAsync/setAsync, body.getTypeAsync/setAsync and (Mailbox 1.11) sessionData;
// - methods of requirement sets the fake client lacks are absent, and isSetSupported says so;
// - body.getAsync("text") returns the text a reader sees, body.setAsync(html) stores what it is given
//   inside an <html><body> wrapper when it has none, as Outlook does;
// - the send event: an OnMessageSend handler registered with Office.actions.associate receives an
//   event whose completed(options) is recorded (with the options' documented limits checked).
import { htmlToText, escapeHtml } from "../../outlook/html-text";
import type {
  AsyncResult,
  Callback,
  CoercionType,
  ComposeItem,
  EmailAddressDetails,
  MailboxEvent,
  OfficeError,
  OfficeLike,
  ReadItem,
  SmartAlertsCompletedOptions,
  NewMessageForm,
} from "../../outlook/office-types";

export type FakeFailure = OfficeError & {
  /** "fail": asyncResult failed (default); "throw": the method throws; "hang": it never calls back. */
  how?: "fail" | "throw" | "hang";
};

export type FakeOutlookOptions = {
  mode: "read" | "compose";
  subject?: string;
  /** The body: HTML unless bodyType is "text". */
  body?: string;
  bodyType?: CoercionType;
  from?: EmailAddressDetails;
  to?: EmailAddressDetails[];
  cc?: EmailAddressDetails[];
  bcc?: EmailAddressDetails[];
  date?: Date;
  /** The highest Mailbox requirement set the fake client supports (default "1.14"). */
  mailbox?: string;
  /** Method name ("body.getAsync", "subject.setAsync", "to.getAsync", "sessionData.getAsync"…) → failure. */
  failures?: Record<string, FakeFailure>;
  /** Milliseconds before each callback (default 0: next macrotask). */
  latencyMs?: number;
  platform?: string;
  /**
   * What Outlook does to HTML given to body.setAsync: "none" keeps it (inside <html><body>); "outlook"
   * rewrites it as classic Outlook and OWA do (a head with a meta and style, MsoNormal paragraphs,
   * <o:p> fillers) without changing the text; a function does anything else (e.g. drop an element).
   */
  htmlRewrite?: "none" | "outlook" | ((html: string) => string);
};

/** What the pane's page offers for copying, as each client does (see createFakeClipboard). */
export type FakeClipboardEnv = {
  navigator: { clipboard?: { writeText(text: string): Promise<void>; write?(items: unknown[]): Promise<void> } };
  document: { execCommand(command: string): boolean; copied?: string; lastSelected?: string };
  /** What ended up on the clipboard, by any route. */
  copied: string[];
};

export type FakeSendResult = {
  /** The options passed to event.completed (undefined when it was never called). */
  completed?: SmartAlertsCompletedOptions;
  /** How many times completed was called (Outlook expects exactly one). */
  calls: number;
  /** Documented limits the handler broke (message too long, Mailbox 1.14 options on an older client…). */
  violations: string[];
  /** The Smart Alerts dialog Outlook shows for a refused send, with what each button does. */
  dialog?: FakeSendDialog;
};

/**
 * The dialog as this client draws it. The cancel button is "Don't Send" unless cancelLabel is given
 * (Mailbox 1.14); it only closes the dialog unless commandId names a task pane button, which it opens.
 * "Send Anyway" appears only with sendModeOverride promptUser on Mailbox 1.14.
 */
export type FakeSendDialog = {
  message: string;
  buttons: string[];
  /** What pressing a button does. */
  press(button: string): { sent: boolean; opened?: string };
};

export type FakeOutlook = {
  office: OfficeLike;
  /** The current state of the item, as Outlook holds it. */
  state: { subject: string; body: string; bodyType: CoercionType; sessionData: Map<string, string> };
  /** Every Office.js method called, in order ("body.getAsync:html", "body.setAsync:html"…). */
  calls: string[];
  /** Presses Send: runs the associated OnMessageSend handler and waits for completed (or the time limit). */
  send(options?: { handlerName?: string; waitMs?: number }): Promise<FakeSendResult>;
  /** The handlers registered with Office.actions.associate. */
  handlers: Map<string, (event: MailboxEvent) => void>;
  /** New message forms opened with displayNewMessageForm (Mailbox 1.6). */
  newForms: NewMessageForm[];
};

/**
 * The clipboard as the pane's page sees it. "owa": Outlook on the web's frame blocks
 * navigator.clipboard (write and writeText reject with NotAllowedError) but execCommand("copy") on a
 * selected text area works; "desktop": navigator.clipboard works; "none": nothing can copy.
 */
export function createFakeClipboard(kind: "owa" | "desktop" | "none"): FakeClipboardEnv {
  const copied: string[] = [];
  const denied = () => Promise.reject(Object.assign(new Error("Write permission denied."), { name: "NotAllowedError" }));
  const env: FakeClipboardEnv = {
    copied,
    navigator: {
      clipboard:
        kind === "desktop"
          ? { writeText: async (t) => void copied.push(t), write: async () => void copied.push("(html)") }
          : kind === "owa"
            ? { writeText: denied, write: denied }
            : undefined,
    },
    document: {
      execCommand: (command) => {
        if (command !== "copy" || kind === "none" || env.document.lastSelected === undefined) return false;
        copied.push(env.document.lastSelected);
        return true;
      },
    },
  };
  return env;
}

const versionAtLeast = (have: string, want: string) => {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

export const OFFICE_ERRORS = {
  internal: { name: "InternalServerError", message: "An internal error has occurred.", code: 9017 },
  generic: { name: "GenericResponseError", message: "An unexpected error occurred.", code: 9020 },
  noPermission: { name: "Permission Denied", message: "The requested operation isn't allowed.", code: 7000 },
} satisfies Record<string, OfficeError>;

export function createFakeOutlook(options: FakeOutlookOptions): FakeOutlook {
  const mailbox = options.mailbox ?? "1.14";
  const supports = (v: string) => versionAtLeast(mailbox, v);
  const failures = options.failures ?? {};
  const latency = options.latencyMs ?? 0;
  const calls: string[] = [];
  const newForms: NewMessageForm[] = [];
  const rewrite = (html: string): string => {
    const how = options.htmlRewrite ?? "none";
    if (typeof how === "function") return how(html);
    if (how === "none") return html;
    return html
      .replace(/<html([^>]*)>\s*(?!<head)/i, '<html$1><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0}</style></head>')
      .replace(/<p>/gi, '<p class="MsoNormal">')
      .replace(/<\/p>/gi, "<o:p></o:p></p>");
  };
  const handlers = new Map<string, (event: MailboxEvent) => void>();
  const state = {
    subject: options.subject ?? "",
    body: options.body ?? "",
    bodyType: options.bodyType ?? ("html" as CoercionType),
    sessionData: new Map<string, string>(),
  };

  /** Runs an async method the way Office.js does: later, through an AsyncResult. */
  function call<T>(name: string, detail: string, callback: Callback<T> | undefined, asyncContext: unknown, work: () => T): void {
    calls.push(detail ? `${name}:${detail}` : name);
    const failure = failures[name];
    if (failure?.how === "throw") throw new Error(failure.message ?? `${name} failed`);
    if (failure?.how === "hang") return;
    setTimeout(() => {
      let result: AsyncResult<T>;
      if (failure) {
        result = {
          status: "failed",
          value: undefined as T,
          error: { name: failure.name ?? "GenericResponseError", message: failure.message ?? "An error occurred.", code: failure.code ?? 9020 },
          asyncContext,
        };
      } else {
        try {
          result = { status: "succeeded", value: work(), asyncContext };
        } catch (e) {
          result = { status: "failed", value: undefined as T, error: { name: "InvalidParameter", message: e instanceof Error ? e.message : String(e), code: 9000 }, asyncContext };
        }
      }
      callback?.(result);
    }, latency);
  }

  /** Overloads (coercion, callback) and (coercion, options, callback). */
  const bodyGetAsync = (coercion: CoercionType, a: unknown, b?: unknown) => {
    const callback = (typeof a === "function" ? a : b) as Callback<string> | undefined;
    const context = typeof a === "object" && a ? (a as { asyncContext?: unknown }).asyncContext : undefined;
    call("body.getAsync", coercion, callback, context, () => {
      if (coercion !== "html" && coercion !== "text") throw new Error("The coercion type is not supported.");
      if (coercion === "text") return state.bodyType === "html" ? htmlToText(state.body, { map: false }).text : state.body;
      return state.bodyType === "html" ? state.body : `<html><body><div>${escapeHtml(state.body).replace(/\r?\n/g, "<br>")}</div></body></html>`;
    });
  };

  let item: ReadItem | ComposeItem;
  if (options.mode === "read") {
    const read: ReadItem = {
      itemType: "message",
      subject: state.subject,
      body: supports("1.3") ? { getAsync: bodyGetAsync as ReadItem["body"]["getAsync"] } : ({} as ReadItem["body"]),
      ...(options.from ? { from: options.from, sender: options.from } : {}),
      to: options.to ?? [],
      cc: options.cc ?? [],
      ...(options.date ? { dateTimeCreated: options.date } : {}),
    };
    item = read;
  } else {
    const recipients = (name: "to" | "cc" | "bcc", list: EmailAddressDetails[]) => ({
      getAsync: (callback: Callback<EmailAddressDetails[]>) => call(`${name}.getAsync`, "", callback, undefined, () => list.map((r) => ({ ...r }))),
    });
    const compose: ComposeItem = {
      itemType: "message",
      subject: {
        getAsync: (callback) => call("subject.getAsync", "", callback, undefined, () => state.subject),
        setAsync: (subject, callback) =>
          call("subject.setAsync", "", callback, undefined, () => {
            if (typeof subject !== "string" || subject.length > 255) throw new Error("The subject must be a string of at most 255 characters.");
            state.subject = subject;
          }),
      },
      body: {
        getAsync: bodyGetAsync as ComposeItem["body"]["getAsync"],
        getTypeAsync: (callback) => call("body.getTypeAsync", "", callback, undefined, () => state.bodyType),
        setAsync: (data, opts, callback) => {
          const coercion = opts?.coercionType ?? "text";
          call("body.setAsync", coercion, callback, opts?.asyncContext, () => {
            if (typeof data !== "string") throw new Error("The data must be a string.");
            if (data.length > 1_000_000) throw new Error("The data exceeds 1,000,000 characters.");
            if (coercion === "html" && state.bodyType === "text") throw new Error("An HTML body cannot be set on a plain-text item.");
            if (coercion === "html") state.body = rewrite(/<html[\s>]/i.test(data) ? data : `<html><body>${data}</body></html>`);
            else if (state.bodyType === "html") state.body = `<html><body><div>${escapeHtml(data).replace(/\r?\n/g, "<br>")}</div></body></html>`;
            else state.body = data;
          });
        },
      },
      to: recipients("to", options.to ?? []),
      cc: recipients("cc", options.cc ?? []),
      bcc: recipients("bcc", options.bcc ?? []),
    };
    if (supports("1.11")) {
      compose.sessionData = {
        getAsync: (name, callback) =>
          call("sessionData.getAsync", name, callback, undefined, () => {
            if (!state.sessionData.has(name)) throw new Error(`The key ${name} was not found.`);
            return state.sessionData.get(name)!;
          }),
        setAsync: (name, value, callback) =>
          call("sessionData.setAsync", name, callback, undefined, () => {
            state.sessionData.set(name, String(value));
          }),
        removeAsync: (name, callback) => call("sessionData.removeAsync", name, callback, undefined, () => void state.sessionData.delete(name)),
      };
    }
    item = compose;
  }

  const office: OfficeLike = {
    context: {
      mailbox: {
        item,
        userProfile: { emailAddress: options.from?.emailAddress, displayName: options.from?.displayName },
        ...(supports("1.6")
          ? {
              displayNewMessageForm: (p: NewMessageForm) => {
                calls.push("mailbox.displayNewMessageForm");
                if (p.htmlBody && p.htmlBody.length > 32 * 1024) throw new Error("htmlBody exceeds 32 KB.");
                newForms.push({ ...p });
              },
            }
          : {}),
      },
      requirements: { isSetSupported: (name, v = "1.1") => name === "Mailbox" && supports(v) },
      platform: options.platform ?? "OfficeOnline",
      diagnostics: { hostName: "Outlook", hostVersion: "16.0", platform: options.platform ?? "OfficeOnline" },
    },
    actions: { associate: (name, handler) => void handlers.set(name, handler) },
    onReady: (cb) => {
      const info = { host: "Outlook", platform: options.platform ?? "OfficeOnline" };
      setTimeout(() => cb?.(info), 0);
      return Promise.resolve(info);
    },
  };

  const send: FakeOutlook["send"] = ({ handlerName = "onMessageSendHandler", waitMs = 5000 } = {}) =>
    new Promise<FakeSendResult>((resolve) => {
      const result: FakeSendResult = { calls: 0, violations: [] };
      const handler = handlers.get(handlerName);
      if (options.mode !== "compose") result.violations.push("OnMessageSend only fires in compose mode");
      if (!supports("1.12")) result.violations.push("OnMessageSend needs Mailbox 1.12");
      if (!handler) {
        result.violations.push(`no handler associated with ${handlerName}`);
        resolve(result);
        return;
      }
      const timer = setTimeout(() => resolve(result), waitMs);
      const event: MailboxEvent = {
        type: "messageSend",
        completed: (opts) => {
          result.calls++;
          if (result.calls > 1) {
            result.violations.push("completed was called more than once");
            return;
          }
          result.completed = opts;
          if (opts && opts.allowEvent === false && !opts.errorMessage) result.violations.push("a blocked send has no errorMessage");
          if (opts?.errorMessage && opts.errorMessage.length > 500) result.violations.push("errorMessage is longer than 500 characters");
          if (opts?.cancelLabel && opts.cancelLabel.length > 20) result.violations.push("cancelLabel is longer than 20 characters");
          if ((opts?.sendModeOverride || opts?.cancelLabel || opts?.commandId) && !supports("1.14"))
            result.violations.push("cancelLabel, commandId and sendModeOverride need Mailbox 1.14");
          if (opts?.contextData && !opts.commandId) result.violations.push("contextData needs commandId");
          if (opts && opts.allowEvent === false) {
            const v114 = supports("1.14");
            const cancel = (v114 && opts.cancelLabel) || "Don't Send";
            const buttons = v114 && opts.sendModeOverride === "promptUser" ? ["Send Anyway", cancel] : [cancel];
            const message = opts.errorMessage ?? "";
            // A message that names a button the dialog does not show sends the worker looking for it.
            for (const name of ["Don't Send", "Send Anyway"])
              if (message.includes(name) && !buttons.includes(name)) result.violations.push(`the message names "${name}", which this dialog does not show`);
            if (opts.cancelLabel && v114 && !message.includes(opts.cancelLabel)) result.violations.push("the message does not name the cancel button");
            result.dialog = {
              message,
              buttons,
              press: (button) => {
                if (!buttons.includes(button)) throw new Error(`There is no "${button}" button.`);
                if (button === "Send Anyway") return { sent: true };
                return v114 && opts.commandId ? { sent: false, opened: opts.commandId } : { sent: false };
              },
            };
          }
          // Let a second, wrong call be seen before resolving.
          setTimeout(() => {
            clearTimeout(timer);
            resolve(result);
          }, 5);
        },
      };
      try {
        handler(event);
      } catch (e) {
        result.violations.push(`the handler threw: ${e instanceof Error ? e.message : String(e)}`);
      }
    });

  return { office, state, calls, send, handlers, newForms };
}
