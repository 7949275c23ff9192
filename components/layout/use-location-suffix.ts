"use client";

import { useSyncExternalStore } from "react";

// The query string and hash of the current page, kept in sync with history changes the
// reader makes (column choice) and with in-page navigation.
function subscribe(onChange: () => void): () => void {
  const events = ["hashchange", "popstate", "columnschange"];
  events.forEach((event) => window.addEventListener(event, onChange));
  return () => events.forEach((event) => window.removeEventListener(event, onChange));
}

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => "");
}

export function useLocationSuffix(): string {
  return useSyncExternalStore(subscribe, () => window.location.search + window.location.hash, () => "");
}
