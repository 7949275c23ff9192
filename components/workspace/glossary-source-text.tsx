"use client";

import { useTranslations } from "next-intl";
import { Fragment, useEffect, useId, useMemo, useRef, useState } from "react";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { GlossaryCard } from "./glossary-card";
import { piecesOf, termPlaces, type Piece } from "@/lib/glossary/term-places";
import { useWorkspace } from "./workspace-context";
import "./glossary-terms.css";

const HIDE_DELAY_MS = 400;

type Props = { text: string; numbers: ReadonlyMap<string, number>; isOpen: boolean; isHeading: boolean };

// The source paragraph with its glossary terms underlined (dotted, thick: not by colour
// alone). Each term is a button; hovering or focusing it shows its card (required
// translation, flags, note) under the paragraph, and Escape hides it. Terms are tab stops
// only in the open paragraph, so tabbing through the workspace is not slowed by them.
export function GlossarySourceText({ text, numbers, isOpen, isHeading }: Props) {
  const t = useTranslations("Workspace");
  const { data, locale } = useWorkspace();
  const prefix = useId();
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const segments = useMemo(() => parseInlineMarkup(text).segments, [text]);
  const places = useMemo(() => termPlaces(plainText(segments), data.glossary, data.report.sourceLanguage), [segments, data.glossary, data.report.sourceLanguage]);
  const pieces = useMemo(() => piecesOf(segments, places), [segments, places]);
  const [hovered, setHovered] = useState<number | null>(null);
  // The pointer may travel from a term to its card under the paragraph: hiding waits a moment,
  // and the card stays while the pointer is over it (WCAG 1.4.13, content on hover is hoverable).
  const leaving = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hover = (index: number | null) => {
    if (leaving.current) clearTimeout(leaving.current);
    leaving.current = null;
    if (index !== null) setHovered(index);
    else leaving.current = setTimeout(() => setHovered(null), HIDE_DELAY_MS);
  };
  useEffect(() => () => {
    if (leaving.current) clearTimeout(leaving.current);
  }, []);
  const shown = active ?? hovered ?? pinned;
  const cardId = (index: number) => `${prefix}-term-${index}`;

  const renderPiece = (piece: Piece, key: number) => {
    if (!piece.place) return <Fragment key={key}>{piece.text}</Fragment>;
    const index = places.indexOf(piece.place);
    return (
      <button
        key={key}
        type="button"
        className="gl-term"
        data-glossary-term={piece.place.terms[0].sourceTerm}
        tabIndex={isOpen ? 0 : -1}
        aria-describedby={cardId(index)}
        data-pinned={pinned === index ? "" : undefined}
        onFocus={() => setActive(index)}
        onBlur={() => setActive(null)}
        onMouseEnter={() => hover(index)}
        onMouseLeave={() => hover(null)}
        onClick={() => setPinned(pinned === index ? null : index)}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || shown === null) return;
          event.stopPropagation();
          setActive(null);
          setHovered(null);
          setPinned(null);
        }}
      >
        {piece.text}
      </button>
    );
  };

  return (
    <>
      <p className={isHeading ? "ws-unit ws-unit-heading" : "ws-unit"}>
        {segments.map((segment, index) => {
          const content = pieces[index].map(renderPiece);
          if (segment.type === "text") return <span key={index}>{content}</span>;
          const number = numbers.get(segment.id);
          return (
            <span key={index}>
              <q className="quote ws-quote" data-quote={segment.id}>
                {content}
              </q>
              {number !== undefined ? (
                <sup className="ws-quote-number" lang={locale}>
                  <span aria-hidden="true">{number}</span>
                  <span className="visually-hidden">{t("quoteNumber", { number })}</span>
                </sup>
              ) : null}
            </span>
          );
        })}
      </p>
      {places.map((place, index) => (
        <GlossaryCard key={cardId(index)} id={cardId(index)} terms={place.terms} isShown={shown === index} onHover={(isOver) => hover(isOver ? index : null)} />
      ))}
    </>
  );
}
