"use client";

import { useEffect } from "react";

// After a decision the page moves to the next paragraph: focus goes to the confirmation,
// so keyboard and screen-reader users hear what happened and continue from there.
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
