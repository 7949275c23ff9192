"use client";

import { createContext, useContext, type Dispatch } from "react";
import type { WorkspaceData } from "@/lib/workspace/get-workspace";
import type { OutlineRow } from "@/lib/workspace/workspace-window";
import type { HistoryRevision } from "@/lib/translations/get-paragraph-history";
import type { OverrideInput } from "@/lib/checks/overrides";
import type { WorkspaceServerActions } from "./action-types";
import type { DraftStorage } from "./use-draft-storage";
import type { WorkspaceAction, WorkspaceState } from "@/lib/workspace/page-state";

export type WorkspaceContextValue = {
  data: WorkspaceData;
  // the whole report's paragraphs as the page loaded them (data.outline unpacked)
  outline: OutlineRow[];
  locale: string;
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceAction>;
  storage: DraftStorage;
  serverActions: WorkspaceServerActions;
  open: (key: string | null) => void;
  save: (key: string) => Promise<unknown>;
  submit: (key: string, version: number) => Promise<unknown>;
  // isMoving: Ctrl/Cmd+Enter's flow, on to the next paragraph needing work once submitted
  saveAndSubmit: (key: string, overrides?: OverrideInput[], isMoving?: boolean) => Promise<void>;
  restore: (key: string, revision: HistoryRevision) => Promise<void>;
  edit: (key: string, parts: import("@/lib/workspace/editor-parts").EditorPart[]) => void;
  editNote: (key: string, note: string) => void;
};

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace outside <Workspace>");
  return value;
}
