// A redacted copy of an email as an .eml file (RFC 5322 / MIME): multipart/alternative with the
// plain text and the HTML, UTF-8, base64 bodies and RFC 2047 encoded headers. Built from the redacted
// copy only; the original message in the mailbox is never changed.

export type EmlAddress = { emailAddress: string; displayName?: string };

export type EmlInput = {
  subject: string;
  text: string;
  html: string;
  from?: EmlAddress;
  to?: EmlAddress[];
  cc?: EmlAddress[];
  date?: Date;
  /** Extra headers, e.g. { "X-Clear-Record": "redacted copy" }. Names must be plain ASCII tokens. */
  headers?: Record<string, string>;
  /** For a stable boundary in tests. */
  boundary?: string;
};

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (i < bytes.length) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + "=";
  }
  return out;
}

const wrap76 = (s: string) => s.replace(/.{1,76}/g, "$&\r\n");

/** An RFC 2047 encoded-word when the value is not plain printable ASCII (CR/LF are never let through). */
export function encodeHeaderValue(value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  // Split into encoded words of at most ~45 bytes of input so lines stay short.
  const words: string[] = [];
  let chunk = "";
  for (const ch of clean) {
    if (utf8(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join("\r\n ");
}

function address(a: EmlAddress): string {
  const email = a.emailAddress.replace(/[\r\n<>]/g, "");
  if (!a.displayName || a.displayName === a.emailAddress) return `<${email}>`;
  const name = /^[\x20-\x7e]*$/.test(a.displayName) ? `"${a.displayName.replace(/["\\\r\n]/g, "")}"` : encodeHeaderValue(a.displayName);
  return `${name} <${email}>`;
}

/** RFC 5322 date, e.g. "Tue, 21 Oct 2025 10:14:00 +0000" (always UTC). */
export function rfc5322Date(d: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function buildEml(input: EmlInput): string {
  const boundary = input.boundary ?? `=_clear-record_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const lines: string[] = [];
  if (input.from) lines.push(`From: ${address(input.from)}`);
  if (input.to?.length) lines.push(`To: ${input.to.map(address).join(", ")}`);
  if (input.cc?.length) lines.push(`Cc: ${input.cc.map(address).join(", ")}`);
  if (input.date && !Number.isNaN(input.date.getTime())) lines.push(`Date: ${rfc5322Date(input.date)}`);
  lines.push(`Subject: ${encodeHeaderValue(input.subject)}`);
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (/^[A-Za-z0-9-]+$/.test(name)) lines.push(`${name}: ${encodeHeaderValue(value)}`);
  }
  lines.push("MIME-Version: 1.0", `Content-Type: multipart/alternative; boundary="${boundary}"`, "", "This is a multi-part message in MIME format.", "");
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, "Content-Transfer-Encoding: base64", "", wrap76(base64(utf8(body))).replace(/\r\n$/, "")].join("\r\n");
  lines.push(part("text/plain", input.text), part("text/html", input.html), `--${boundary}--`, "");
  return lines.join("\r\n");
}
