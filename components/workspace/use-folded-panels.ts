"use client";

import { useSyncExternalStore } from "react";

// Whether the dashboard panels are folded away, kept in this browser per user, so each
// translator finds the page as they left it. Unreadable storage: the panels stay open.
const listeners = new Set<() => void>();

function keyFor(userId: string) {
  return `ws-panels-folded:${userId}`;
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

export function useFoldedPanels(userId: string): [boolean, (isFolded: boolean) => void] {
  const isFolded = useSyncExternalStore(subscribe, () => read(userId), () => false);
  const setFolded = (next: boolean) => {
    try {
      if (next) window.localStorage.setItem(keyFor(userId), "1");
      else window.localStorage.removeItem(keyFor(userId));
    } catch {
      // storage refused: the fold lasts until the page is left
    }
    listeners.forEach((listener) => listener());
  };
  return [isFolded, setFolded];
}
