"use client";

import { useEffect, useState } from "react";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import type { DiffPart } from "@/lib/diff/word-diff";

export type PanelMatch = {
  kind: "paragraph" | "sentences";
  source: string;
  target: string;
  score: number;
  inContext: boolean;
  approvedBy: string | null;
  approvedAt: string;
  isSuperseded: boolean;
  isImported: boolean;
  sourceDiff: DiffPart[];
  sentences?: { source: string; target: string; score: number }[];
  sentenceCount?: number;
};

export type PanelEntry = { entryId: string; source: string; target: string; approvedBy: string | null; approvedAt: string; isSuperseded: boolean; isImported: boolean };

export type Loaded<T> = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; value: T };

const base = (language: string) => `/api/memory/${SOURCE_LANGUAGE}-${language}`;

// The same API scripts use (GET /api/memory/{pair}/…), with the page's session cookie.
async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? String(response.status));
  return body;
}

// The open paragraph's matches, asked for once per paragraph and source wording.
export function useMemoryMatches(language: string, source: string, report: string, paragraph: string): Loaded<PanelMatch[]> {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<PanelMatch[]> } | null>(null);
  const key = JSON.stringify([language, source, report, paragraph]);
  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ text: source, report, paragraph });
    getJson<{ matches: PanelMatch[] }>(`${base(language)}/matches?${query}`, controller.signal).then(
      (body) => setLoaded({ key, value: { status: "ready", value: body.matches } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, value: { status: "failed", message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
  }, [key, language, source, report, paragraph]);
  return loaded?.key === key ? loaded.value : { status: "loading" };
}

export function searchMemory(language: string, query: string, signal: AbortSignal): Promise<{ entries: PanelEntry[] }> {
  return getJson(`${base(language)}/search?${new URLSearchParams({ q: query })}`, signal);
}
