import { DomainError } from "@/lib/errors";
import { isWellFormed } from "@/lib/text/plain-text";

// Nothing that comes in at an edge (an /api body, a server action's input) reaches the
// domain or the database with a lone surrogate in any string, key or value: SQLite would
// store bytes that are not UTF-8. The field is named so the caller can find it.
export function assertWellFormedInput(input: unknown): void {
  const pending: { value: unknown; path: string }[] = [{ value: input, path: "" }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === "string") {
      if (!isWellFormed(value)) refuse(path || "input");
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: join(path, String(index)) }));
    } else if (value !== null && typeof value === "object" && !(value instanceof Blob)) {
      for (const [key, item] of Object.entries(value)) {
        if (!isWellFormed(key)) refuse(join(path, "?"));
        pending.push({ value: item, path: join(path, key) });
      }
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function refuse(field: string): never {
  throw new DomainError("invalid", `${field} is not well-formed Unicode`, { problems: [{ code: "not-well-formed", field }] });
}
