"use client";

import { useEffect } from "react";

// The browser asks before leaving (closing the tab, reloading, following a link out) while
// typing is unsaved. Its own wording is shown: browsers ignore a page's text. The copy in
// localStorage stays the way back if the translator leaves anyway.
export function useLeaveWarning(hasUnsaved: boolean, message: string) {
  useEffect(() => {
    if (!hasUnsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
      return message;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [hasUnsaved, message]);
}
