// Promises over Office.js callbacks. Every Mailbox call reports through an AsyncResult; this turns a
// failed status, a missing method (an older client) and a synchronous throw into one typed error, and
// never leaves a promise pending when Office forgets to call back (optional time limit).
import { HostError, type HostErrorKind } from "../host";
import type { AsyncResult, Callback, OfficeError } from "./office-types";

export type MailboxErrorKind =
  /** The client does not have this API (requirement set missing, wrong mode). */
  | "unavailable"
  /** Office reported a failure (asyncResult.status === "failed"). */
  | "failed"
  /** Office did not answer in time. */
  | "timeout";

const HOST_KIND: Record<MailboxErrorKind, HostErrorKind> = { unavailable: "unsupported", failed: "failed", timeout: "busy" };

/**
 * A failed Mailbox call: a HostError (kind unsupported, failed or busy, as the shared pane expects)
 * with the Mailbox reason, Office's own error name and code, and one sentence for the worker.
 */
export class MailboxError extends HostError {
  readonly reason: MailboxErrorKind;
  readonly officeCode?: number;
  readonly officeName?: string;
  constructor(reason: MailboxErrorKind, operation: string, message: string, office?: OfficeError, kind?: HostErrorKind) {
    super(kind ?? HOST_KIND[reason], operation, message, office?.code !== undefined ? String(office.code) : undefined);
    this.name = "MailboxError";
    this.reason = reason;
    if (office?.code !== undefined) this.officeCode = office.code;
    if (office?.name) this.officeName = office.name;
  }
}

/** Calls an Office.js async method and resolves with asyncResult.value, or rejects with a MailboxError. */
export function officeCall<T>(operation: string, invoke: ((callback: Callback<T>) => void) | undefined, timeoutMs?: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof invoke !== "function") {
      reject(new MailboxError("unavailable", operation, `This version of Outlook cannot ${operation}.`));
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      fn();
    };
    if (timeoutMs !== undefined && timeoutMs > 0) {
      timer = setTimeout(() => settle(() => reject(new MailboxError("timeout", operation, `Outlook took too long to ${operation}.`))), timeoutMs);
    }
    try {
      invoke((result: AsyncResult<T>) => {
        if (result && result.status === "succeeded") settle(() => resolve(result.value));
        else {
          const error = result?.error;
          const detail = error?.message ? ` (${error.message})` : "";
          settle(() => reject(new MailboxError("failed", operation, `Outlook could not ${operation}${detail}.`, error)));
        }
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      settle(() => reject(new MailboxError("unavailable", operation, `Outlook could not ${operation} (${message}).`)));
    }
  });
}

/** Like officeCall, but resolves with undefined instead of failing (for optional data). */
export function officeTry<T>(operation: string, invoke: ((callback: Callback<T>) => void) | undefined, timeoutMs?: number): Promise<T | undefined> {
  return officeCall(operation, invoke, timeoutMs).then(
    (v) => v,
    () => undefined,
  );
}
