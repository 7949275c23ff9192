"use client";

import { useReducer, useSyncExternalStore } from "react";

// A yes/no choice kept in this browser per user, so each translator finds the page as they
// left it: whether the dashboard panels are folded away, whether the other target language's
// approved text is shown beside the original. Unreadable storage reads as no.
export const STORED_FLAGS = {
  panelsFolded: "ws-panels-folded",
  pivotShown: "ws-pivot-shown",
} as const;
export type StoredFlag = keyof typeof STORED_FLAGS;

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

export function useStoredFlag(flag: StoredFlag, userId: string): [boolean, (value: boolean) => void] {
  const key = `${STORED_FLAGS[flag]}:${userId}`;
  const value = useSyncExternalStore(subscribe, () => read(key), () => false);
  // A re-render of this component in the same event, even before its store subscription is
  // attached (a click just after hydration): without it React put the checkbox back (e2e saw it).
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const setValue = (next: boolean) => {
    try {
      if (next) window.localStorage.setItem(key, "1");
      else window.localStorage.removeItem(key);
    } catch {
      // storage refused: nothing is remembered
    }
    listeners.forEach((listener) => listener());
    rerender();
  };
  return [value, setValue];
}
