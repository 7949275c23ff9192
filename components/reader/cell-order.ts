// Puts each row's cells in the DOM in the order of the chosen columns (the others after), so
// that the tab and screen-reader order is the visual one. Run after hydration only: React
// keeps its own references to these server-rendered nodes and never reorders them itself.
export function orderCells(article: HTMLElement, columns: readonly string[]): void {
  for (const row of article.querySelectorAll<HTMLElement>(":scope > .row")) {
    const cells = [...row.querySelectorAll<HTMLElement>(":scope > .cell[data-col]")];
    const rank = (cell: HTMLElement) => {
      const index = columns.indexOf(cell.dataset.col ?? "");
      return index < 0 ? columns.length : index;
    };
    const sorted = [...cells].sort((a, b) => rank(a) - rank(b));
    if (sorted.every((cell, index) => cell === cells[index])) continue;
    for (const cell of sorted) row.appendChild(cell);
  }
}

// The next marker a key press moves to, among the row's visible markers in DOM order.
export function markerTarget(markers: readonly HTMLElement[], current: HTMLElement, key: string): HTMLElement | null {
  const index = markers.indexOf(current);
  if (index < 0) return null;
  if (key === "ArrowRight" || key === "ArrowDown") return markers[Math.min(index + 1, markers.length - 1)];
  if (key === "ArrowLeft" || key === "ArrowUp") return markers[Math.max(index - 1, 0)];
  if (key === "Home") return markers[0];
  if (key === "End") return markers[markers.length - 1];
  return null;
}

// One tab stop per row: its first marker on screen; the arrow keys reach the others.
export function setRowTabStops(article: HTMLElement, selector: string): void {
  for (const row of article.querySelectorAll<HTMLElement>(":scope > .row")) {
    const markers = [...row.querySelectorAll<HTMLElement>(selector)];
    const first = markers.find((marker) => marker.getClientRects().length > 0);
    for (const marker of markers) marker.tabIndex = marker === first ? 0 : -1;
  }
}
