"use client";

import { useLocale } from "next-intl";
import { Link } from "@/i18n/navigation";

type Texts = Record<string, { title: string; body: string; back: string }>;

export function ForbiddenMessage({ texts }: { texts: Texts }) {
  const locale = useLocale();
  const text = texts[locale] ?? Object.values(texts)[0];
  return (
    <main className="page narrow">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <Link href="/">{text.back}</Link>
      </p>
    </main>
  );
}
