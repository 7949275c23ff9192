"use client";

import { useEffect, useRef } from "react";
import type { HeartbeatResult } from "@/lib/presence/heartbeat";
import { HEARTBEAT_MS } from "@/lib/presence/policy";

// Polling twice per heartbeat period keeps others' marks fresh on this page too.
const POLL_MS = HEARTBEAT_MS / 2;

type WireResult = Omit<HeartbeatResult, "editors"> & { editors: (Omit<HeartbeatResult["editors"][number], "since"> & { since: string })[] };

// Tells the server which paragraph this tab has open (none when hidden or closed) and
// hears back who else is editing what. Leaving the page clears the mark at once
// (sendBeacon); a crashed tab's mark expires on the server.
export function usePresence(url: string, paragraphKey: string | null, onUpdate: (result: HeartbeatResult) => void) {
  const onUpdateRef = useRef(onUpdate);
  useEffect(() => {
    onUpdateRef.current = onUpdate;
  });

  useEffect(() => {
    let isStopped = false;
    const beat = async () => {
      const key = document.visibilityState === "visible" ? paragraphKey : null;
      try {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ paragraphKey: key }) });
        if (!response.ok || isStopped) return;
        const result = (await response.json()) as WireResult;
        onUpdateRef.current({ ...result, editors: result.editors.map((mark) => ({ ...mark, since: new Date(mark.since) })) });
      } catch {
        // offline for a moment: the next beat tries again, and the mark expires meanwhile
      }
    };
    void beat();
    const timer = window.setInterval(beat, POLL_MS);
    document.addEventListener("visibilitychange", beat);
    return () => {
      isStopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", beat);
    };
  }, [url, paragraphKey]);

  useEffect(() => {
    const leave = () => navigator.sendBeacon(url, new Blob([JSON.stringify({ paragraphKey: null })], { type: "application/json" }));
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [url]);
}
