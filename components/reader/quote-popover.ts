import { POPOVER_LINK_ID } from "@/components/text/quote-note-ids";

// Gives a quotation marker its popover the first time it is pointed at, focused or tapped:
// copies of the page's notes the badge is described by (who, the language spoken, what the
// marker means; quote-notes.tsx) and a link to the quotation's entry in the list. CSS shows it
// while the marker is hovered, focused or open. Returns the marker's popover.
export function ensurePopover(mark: HTMLElement): HTMLElement | null {
  const existing = mark.querySelector<HTMLElement>(":scope > .quote-pop");
  if (existing) return existing;
  const badge = mark.querySelector<HTMLElement>(".quote-badge");
  const [who, spoken, meaning] = (badge?.getAttribute("aria-describedby") ?? "").split(" ");
  if (!badge || !who) return null;
  const popover = document.createElement("span");
  popover.className = "quote-pop";
  popover.id = `${badge.getAttribute("aria-describedby")?.replace(/\s+/g, "-")}-pop`;
  for (const [className, id] of [["quote-pop-who", who], ["quote-pop-spoken", spoken], ["quote-pop-meaning", meaning]]) {
    const part = document.createElement("span");
    part.className = className;
    const source = id ? document.getElementById(id) : null;
    if (source) part.append(...[...source.childNodes].map((node) => node.cloneNode(true)));
    popover.append(part);
  }
  const link = document.createElement("a");
  link.className = "quote-pop-link";
  link.href = mark.dataset.href ?? "#";
  link.textContent = document.getElementById(POPOVER_LINK_ID)?.textContent ?? "";
  popover.append(link);
  mark.append(popover);
  return popover;
}
