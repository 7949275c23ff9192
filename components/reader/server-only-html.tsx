"use client";

import { createElement, useEffect, useState, type CSSProperties } from "react";
import { takeServerOnlyPart } from "@/lib/render/server-only-parts";

export type ServerOnlyTag = "article" | "div" | "section";

type ServerOnlyHtmlProps = {
  as: ServerOnlyTag;
  id: string;
  token: string;
  className?: string;
  style?: Record<string, string>;
  dataCols?: string;
};

// A part of the page that the HTML carries but the React Server Components payload does not
// (static-part.tsx). Rendering the HTML, it takes the finished part from the server's store; in
// the browser it keeps the HTML it finds, as it is: React never renders its inside again (the
// reader's script moves cells within it). Mounted with no such HTML (the router showing this page
// again from its cache, after a client-side navigation), it loads the page afresh.
export function ServerOnlyHtml({ as, id, token, className, style, dataCols }: ServerOnlyHtmlProps) {
  const [html] = useState(() => (typeof document === "undefined" ? null : (document.getElementById(id)?.innerHTML ?? null)));
  useEffect(() => {
    if (html === null) window.location.reload();
  }, [html]);
  const attributes = { id, className, style: style as CSSProperties | undefined, "data-cols": dataCols, suppressHydrationWarning: true };
  if (typeof document === "undefined") return createElement(as, attributes, takeServerOnlyPart(token));
  return createElement(as, { ...attributes, dangerouslySetInnerHTML: { __html: html ?? "" } });
}
