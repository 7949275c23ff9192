import { describe, expect, it } from "vitest";
import { queueWindow } from "./queue-window";

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `p-${index + 1}` }));

describe("queueWindow", () => {
  it("lists a short queue whole", () => {
    expect(queueWindow(items(3), "p-2")).toEqual({ shown: items(3), before: null, after: null, beforeCount: 0, afterCount: 0 });
  });

  it("lists the entries around the current one in a long queue, and the nearest one left out each way", () => {
    const window = queueWindow(items(200), "p-100");
    expect(window.shown.map((item) => item.key)).toEqual(items(200).slice(74, 124).map((item) => item.key));
    expect(window).toMatchObject({ before: { key: "p-74" }, after: { key: "p-125" }, beforeCount: 74, afterCount: 76 });
  });

  it("keeps a full window at either end, and starts at the top without a current entry", () => {
    expect(queueWindow(items(200), "p-199")).toMatchObject({ beforeCount: 150, afterCount: 0, after: null });
    expect(queueWindow(items(200), null)).toMatchObject({ beforeCount: 0, afterCount: 150, before: null });
  });
});
