import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { join } from "node:path";

/**
 * Values kept on disk between the phases of a bulk run instead of in memory, so memory does not grow
 * with the number of documents. They hold names (a document's children, its people to check), so each
 * is sealed with AES-256-GCM under a key that exists only in this process's memory: the file is
 * unreadable to anyone, even if a killed run leaves it behind (the next run removes it anyway).
 */
export class SealedSpill {
  private readonly key = randomBytes(32);
  private readonly path: string;
  private fd: number;
  private end = 0;
  private readonly index = new Map<number, { at: number; length: number; iv: Buffer; tag: Buffer }>();

  constructor(dir: string) {
    this.path = join(dir, `.spill-${randomBytes(6).toString("hex")}`);
    this.fd = openSync(this.path, "w+", 0o600);
  }

  put(id: number, value: unknown): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    writeSync(this.fd, data, 0, data.length, this.end);
    this.index.set(id, { at: this.end, length: data.length, iv, tag: cipher.getAuthTag() });
    this.end += data.length;
  }

  /** The value put under id (once: it is forgotten after), or undefined. */
  take<T>(id: number): T | undefined {
    const e = this.index.get(id);
    if (!e) return undefined;
    this.index.delete(id);
    const data = Buffer.alloc(e.length);
    readSync(this.fd, data, 0, e.length, e.at);
    const decipher = createDecipheriv("aes-256-gcm", this.key, e.iv);
    decipher.setAuthTag(e.tag);
    return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8")) as T;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.path, { force: true });
  }
}
