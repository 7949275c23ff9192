"use client";

import { useSyncExternalStore } from "react";

// Whether the other target language's approved text is shown beside the original, kept in
// this browser per user. Unreadable storage: the pivot stays hidden.
const listeners = new Set<() => void>();

function keyFor(userId: string) {
  return `ws-pivot-shown:${userId}`;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(userId: string): boolean {
  try {
    return window.localStorage.getItem(keyFor(userId)) === "1";
  } catch {
    return false;
  }
}

export function usePivotShown(userId: string): [boolean, (isShown: boolean) => void] {
  const isShown = useSyncExternalStore(subscribe, () => read(userId), () => false);
  const setShown = (next: boolean) => {
    try {
      if (next) window.localStorage.setItem(keyFor(userId), "1");
      else window.localStorage.removeItem(keyFor(userId));
    } catch {
      // storage refused: the choice lasts until the page is left
    }
    listeners.forEach((listener) => listener());
  };
  return [isShown, setShown];
}
