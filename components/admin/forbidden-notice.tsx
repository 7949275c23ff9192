"use client";

import { useParams } from "next/navigation";

type Texts = { title: string; body: string; back: string };

export function ForbiddenNotice({ texts }: { texts: Record<"fr" | "en" | "ru", Texts> }) {
  const { locale } = useParams<{ locale: string }>();
  const language = locale === "en" || locale === "ru" ? locale : "fr";
  const t = texts[language];
  return (
    <main className="page narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <a href={`/${language}`}>{t.back}</a>
      </p>
    </main>
  );
}
