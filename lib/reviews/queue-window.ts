// Long reports (issue 14): the review page lists at most QUEUE_WINDOW entries of the queue,
// around the paragraph under review, and says how many come before and after it, with a link
// to the nearest one each way. The counts per state stay the whole queue's.
export const QUEUE_WINDOW = 50;

export type QueueWindow<T> = { shown: T[]; before: T | null; after: T | null; beforeCount: number; afterCount: number };

export function queueWindow<T extends { key: string }>(items: readonly T[], currentKey: string | null, size = QUEUE_WINDOW): QueueWindow<T> {
  const index = Math.max(0, items.findIndex((item) => item.key === currentKey));
  const start = Math.max(0, Math.min(index - Math.floor(size / 2), items.length - size));
  const end = Math.min(items.length, start + size);
  return {
    shown: items.slice(start, end),
    before: items[start - 1] ?? null,
    after: items[end] ?? null,
    beforeCount: start,
    afterCount: items.length - end,
  };
}
