import { MIN_LENGTH_RATIO_SAMPLES, MIN_SOURCE_LENGTH } from "@/lib/memory/length-ratio";
import { plainLength } from "@/lib/memory/plain-length";
import type { QualityCheck } from "./types";

// How far from the usual ratio is far: Tukey's fences (1.5 interquartile ranges past the
// quartiles, about 2 from the median), and never closer than a fifth of the median, so that a
// memory of very regular pairs does not flag every ordinary paragraph.
const SPREADS = 2;
const MIN_TOLERANCE = 0.2;

// A translation much longer or shorter than this language pair's translations usually are
// (learnt from the approved memory, lib/memory/length-ratio.ts): a sentence left out, or twice.
export const lengthRatio: QualityCheck = {
  id: "length-ratio",
  severity: "warning",
  kind: "hint",
  run: ({ source, translation, context }) => {
    const usual = context?.lengthRatio;
    if (!usual || usual.samples < MIN_LENGTH_RATIO_SAMPLES || usual.median <= 0) return [];
    const sourceLength = plainLength(source.text);
    const targetLength = plainLength(translation.text);
    if (sourceLength < MIN_SOURCE_LENGTH || targetLength === 0) return [];
    const ratio = targetLength / sourceLength;
    const tolerance = Math.max(SPREADS * usual.spread, MIN_TOLERANCE * usual.median);
    if (Math.abs(ratio - usual.median) <= tolerance) return [];
    return [{ id: "length-ratio", detail: `${Math.round((ratio / usual.median) * 100)} %` }];
  },
};
