// Splits a list for statements that bind one parameter per item (`in` lists, multi-row writes):
// SQLite's driver and Prisma refuse a statement with more bound parameters than the database
// allows (999 for SQLite in Prisma), so a report's thousands of keys go in pieces of `size`.
export const IN_CHUNK = 500;

export function inChunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
