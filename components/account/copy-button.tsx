"use client";

import { useState } from "react";

export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setIsCopied(true);
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span aria-live="polite" className="copy-status">
        {isCopied ? copiedLabel : ""}
      </span>
    </>
  );
}
