import { plainOf } from "./text-checks";
import type { QualityCheck } from "./types";

// Two spaces in a row (ordinary or no-break): a slip that shows as a gap in the reader.
export const doubleSpace: QualityCheck = {
  id: "double-space",
  severity: "warning",
  kind: "style",
  run: ({ translation }) => (/[ \u00a0\u202f]{2,}/.test(plainOf(translation.text)) ? [{ id: "double-space" }] : []),
};

// Spaces at the start or end of the paragraph: invisible in the editor, visible in the reader's alignment.
export const edgeSpaces: QualityCheck = {
  id: "edge-spaces",
  severity: "warning",
  kind: "style",
  run: ({ translation }) => {
    const text = plainOf(translation.text);
    return text.trim() !== "" && text !== text.trim() ? [{ id: "edge-spaces" }] : [];
  },
};
