"use client";

import { useEffect, useRef } from "react";

export type ShortcutHandlers = { save: () => void; saveAndSubmit: () => void; move: (delta: -1 | 1) => void };

// Ctrl/Cmd+S, Ctrl/Cmd+Enter and Alt+↑/↓ anywhere on the page, except in fields that have
// their own meaning for them (marked data-own-shortcuts, like the comment box).
export function useShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest("[data-own-shortcuts]")) return;
      const isCommand = event.ctrlKey || event.metaKey;
      if (isCommand && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        latest.current.save();
      } else if (isCommand && event.key === "Enter") {
        event.preventDefault();
        latest.current.saveAndSubmit();
      } else if (event.altKey && !isCommand && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
        event.preventDefault();
        latest.current.move(event.key === "ArrowUp" ? -1 : 1);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
