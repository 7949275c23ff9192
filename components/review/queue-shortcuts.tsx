"use client";

import { useEffect } from "react";
import { useRouter } from "@/i18n/navigation";

type Href = { pathname: string; query: Record<string, string> };

// Alt+↓ / Alt+↑ move through the queue, as in the translators' workspace. Not inside a text
// field, where the system uses those keys to move the caret.
export function QueueShortcuts({ previous, next }: { previous: Href | null; next: Href | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("textarea, input, select, [contenteditable]")) return;
      const href = event.key === "ArrowDown" ? next : event.key === "ArrowUp" ? previous : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router, previous, next]);
  return null;
}
