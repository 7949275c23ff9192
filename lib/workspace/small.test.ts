import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, readDraft, writeDraft } from "./draft-storage";
import { nextNeedingWork } from "./needs-work";
import { countCharacters, countWords } from "./words";

class MemoryStorage {
  entries = new Map<string, string>();
  getItem(key: string) {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.entries.set(key, value);
  }
  removeItem(key: string) {
    this.entries.delete(key);
  }
}

describe("draft storage", () => {
  const scope = { userId: "u1", slug: "report", language: "ru" };

  it("keeps one entry per user, report, language and paragraph, and reads it back", () => {
    const storage = new MemoryStorage();
    const draft = { parts: [{ kind: "text" as const, text: "Привет" }], baseVersion: 3, savedAt: 1_700_000_000_000 };
    expect(writeDraft(storage, draftKey(scope, "p-one"), draft)).toBe(true);
    expect(readDraft(storage, draftKey(scope, "p-one"))).toEqual(draft);
    // the translator's note travels with the text; a note that is not a string makes the entry unreadable
    const noted = { ...draft, note: "Наше примечание." };
    expect(writeDraft(storage, draftKey(scope, "p-two"), noted)).toBe(true);
    expect(readDraft(storage, draftKey(scope, "p-two"))).toEqual(noted);
    expect(writeDraft(storage, draftKey(scope, "p-two"), { ...draft, note: 3 } as unknown as typeof noted)).toBe(true);
    expect(readDraft(storage, draftKey(scope, "p-two"))).toBeNull();
    expect(readDraft(storage, draftKey({ ...scope, userId: "u2" }, "p-one"))).toBeNull();
    clearDraft(storage, draftKey(scope, "p-one"));
    expect(readDraft(storage, draftKey(scope, "p-one"))).toBeNull();
  });

  it("ignores entries it did not write, and reports a browser that refuses to store", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(scope, "p"), "{not json");
    expect(readDraft(storage, draftKey(scope, "p"))).toBeNull();
    storage.setItem(draftKey(scope, "p"), JSON.stringify({ parts: [{ kind: "html", text: "<b>" }], baseVersion: 1, savedAt: 1 }));
    expect(readDraft(storage, draftKey(scope, "p"))).toBeNull();
    const full = { ...storage, setItem: () => { throw new Error("QuotaExceededError"); }, getItem: () => null, removeItem: () => undefined };
    expect(writeDraft(full, "k", { parts: [], baseVersion: 0, savedAt: 0 })).toBe(false);
  });
});

describe("nextNeedingWork", () => {
  const rows = [
    { key: "a", state: "approved" as const },
    { key: "b", state: "draft" as const },
    { key: "c", state: "in-review" as const },
    { key: "d", state: "missing" as const },
  ];
  it("finds the paragraph needing work at or after a point, wrapping around", () => {
    expect(nextNeedingWork(rows, null)).toBe("b");
    expect(nextNeedingWork(rows, "b")).toBe("b");
    expect(nextNeedingWork(rows, "b", { after: true })).toBe("d");
    expect(nextNeedingWork(rows, "d", { after: true })).toBe("b");
    expect(nextNeedingWork(rows.filter((row) => row.key !== "b" && row.key !== "d"), "a")).toBeNull();
  });
});

describe("countWords", () => {
  it("counts words, not quotation marks or dashes, in Russian and English", () => {
    expect(countWords(`«<q id="q">Для меня это была война</q>», — говорит она.`, "ru")).toBe(7);
    expect(countWords("“It was a war,” she says.", "en")).toBe(6);
  });
});

describe("countCharacters", () => {
  it("counts the text as read, not the quotation markup", () => {
    expect(countCharacters(`«<q id="q">Война</q>», — она.`)).toBe("«Война», — она.".length);
  });
});
