"use client";

import { useMemo } from "react";
import { clearDraft, draftKey, readDraft, writeDraft, type DraftScope, type StoredDraft } from "@/lib/workspace/draft-storage";

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// localStorage for this user, report and language; every call tolerates a browser that
// refuses storage (write then answers false, and the page says so).
export function useDraftStorage(scope: DraftScope) {
  const { userId, slug, language } = scope;
  return useMemo(() => {
    const key = (paragraphKey: string) => draftKey({ userId, slug, language }, paragraphKey);
    return {
      read(paragraphKey: string): StoredDraft | null {
        const storage = browserStorage();
        return storage ? readDraft(storage, key(paragraphKey)) : null;
      },
      write(paragraphKey: string, draft: StoredDraft): boolean {
        const storage = browserStorage();
        return storage ? writeDraft(storage, key(paragraphKey), draft) : false;
      },
      clear(paragraphKey: string): void {
        const storage = browserStorage();
        if (storage) clearDraft(storage, key(paragraphKey));
      },
    };
  }, [userId, slug, language]);
}

export type DraftStorage = ReturnType<typeof useDraftStorage>;
