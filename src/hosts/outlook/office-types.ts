// The subset of Office.js (Outlook Mailbox API) this add-in uses, typed from Microsoft's reference
// (learn.microsoft.com/javascript/api/outlook). Declared here rather than pulled from @types/office-js
// so the adapters take the API as a parameter: the real `Office` global in Outlook, a faithful fake in
// tests and in the browser demo. Every name below exists with this shape in Office.js.

export type AsyncResultStatus = "succeeded" | "failed";

export type OfficeError = { name?: string; message?: string; code?: number };

export type AsyncResult<T> = {
  status: AsyncResultStatus;
  value: T;
  error?: OfficeError;
  asyncContext?: unknown;
};

export type Callback<T> = (result: AsyncResult<T>) => void;

/** Office.CoercionType values used with mail bodies. */
export type CoercionType = "html" | "text";

export type EmailAddressDetails = { emailAddress: string; displayName?: string; recipientType?: string };

/** Mailbox 1.3 (getAsync), 1.1 (getTypeAsync, setSelectedDataAsync), 1.3 (setAsync). */
export type Body = {
  getAsync(coercionType: CoercionType, options: { asyncContext?: unknown }, callback: Callback<string>): void;
  getAsync(coercionType: CoercionType, callback: Callback<string>): void;
  /** Compose only. */
  getTypeAsync?(callback: Callback<CoercionType>): void;
  /** Compose only. */
  setAsync?(data: string, options: { coercionType?: CoercionType; asyncContext?: unknown }, callback: Callback<void>): void;
};

/** Compose: item.subject is an object; read: a string. */
export type ComposeSubject = {
  getAsync(callback: Callback<string>): void;
  setAsync(subject: string, callback: Callback<void>): void;
};

export type ComposeRecipients = {
  getAsync(callback: Callback<EmailAddressDetails[]>): void;
};

/** Mailbox 1.11, compose only. */
export type SessionData = {
  getAsync(name: string, callback: Callback<string>): void;
  setAsync(name: string, value: string, callback: Callback<void>): void;
  removeAsync?(name: string, callback: Callback<void>): void;
};

/** The open item in read mode. */
export type ReadItem = {
  itemType?: string;
  subject: string;
  body: Body;
  from?: EmailAddressDetails;
  sender?: EmailAddressDetails;
  to?: EmailAddressDetails[];
  cc?: EmailAddressDetails[];
  dateTimeCreated?: Date;
  internetMessageId?: string;
};

/** The open item in compose mode. */
export type ComposeItem = {
  itemType?: string;
  subject: ComposeSubject;
  body: Body & Required<Pick<Body, "setAsync" | "getTypeAsync">>;
  to?: ComposeRecipients;
  cc?: ComposeRecipients;
  bcc?: ComposeRecipients;
  sessionData?: SessionData;
};

export type MailItem = ReadItem | ComposeItem;

export const isComposeItem = (item: MailItem | null | undefined): item is ComposeItem =>
  !!item && typeof (item as ComposeItem).subject === "object" && item.subject !== null && typeof (item as ComposeItem).subject.getAsync === "function";

/** Office.SmartAlertsEventCompletedOptions (Mailbox 1.12; cancelLabel, commandId, sendModeOverride: 1.14). */
export type SmartAlertsCompletedOptions = {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: "promptUser";
};

/** The event object passed to an OnMessageSend handler. */
export type MailboxEvent = {
  type?: string;
  completed(options?: SmartAlertsCompletedOptions): void;
};

export type RequirementSetSupport = { isSetSupported(name: string, minVersion?: string): boolean };

/** Mailbox.displayNewMessageForm's parameters (Mailbox 1.6; htmlBody at most 32 KB). */
export type NewMessageForm = {
  toRecipients?: string[];
  ccRecipients?: string[];
  subject?: string;
  htmlBody?: string;
};

export type OfficeLike = {
  context: {
    mailbox: {
      item: MailItem | null;
      userProfile?: { emailAddress?: string; displayName?: string };
      /** Mailbox 1.6: opens a new message form (a draft the worker can file or send). */
      displayNewMessageForm?(parameters: NewMessageForm): void;
    };
    requirements: RequirementSetSupport;
    platform?: string | null;
    diagnostics?: { hostName?: string; hostVersion?: string; platform?: string };
  };
  /** Office.actions.associate: maps a manifest FunctionName to its handler (needed on classic Windows). */
  actions?: { associate(name: string, handler: (event: MailboxEvent) => void): void };
  onReady?(callback?: (info: { host: string | null; platform: string | null }) => void): Promise<{ host: string | null; platform: string | null }>;
};
