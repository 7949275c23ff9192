"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/history/local-time";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import { workOf } from "@/lib/workspace/page-state";

// Unsaved text this browser kept from an earlier visit: take it back, or throw it away.
export function DraftOffer({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const { state, dispatch, storage, open, locale } = useWorkspace();
  const offer = workOf(state, row.key).offer;
  if (!offer) return null;
  const current = state.saved[row.key].version;
  return (
    <div className="ws-offer" role="group" aria-label={t("offerLabel")} lang={locale}>
      <p>
        {t.rich("offerText", { time: () => <LocalTime value={offer.savedAt} /> })}{" "}
        {offer.baseVersion !== current ? t("offerStale", { base: offer.baseVersion, current }) : null}
      </p>
      <div className="ws-buttons">
        <button
          type="button"
          onClick={() => {
            dispatch({ type: "take-offer", key: row.key });
            open(row.key);
          }}
        >
          {t("offerRestore")}
        </button>
        <button
          type="button"
          className="ws-button-secondary"
          onClick={() => {
            storage.clear(row.key);
            dispatch({ type: "drop-offer", key: row.key });
          }}
        >
          {t("offerDiscard")}
        </button>
      </div>
    </div>
  );
}
