import { createHash } from "node:crypto";

// Identifies a wording of a source paragraph; revisions record the hash they were made against.
export function sourceHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex");
}
