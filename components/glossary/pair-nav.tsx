import { getTranslations } from "next-intl/server";
import { languageNames } from "@/components/text/language-names";

// One link per glossary the reader may open, the current one marked for screen readers too.
export async function PairNav({ pairs, current, locale }: { pairs: readonly string[]; current: string; locale: string }) {
  const t = await getTranslations("Glossary");
  const tl = languageNames(await getTranslations("Languages"));
  const name = tl;
  return (
    <nav aria-label={t("pairsLabel")} className="gl-pairs">
      <ul>
        {pairs.map((pair) => {
          const [source, target] = pair.split("-");
          return (
            <li key={pair}>
              <a href={`/${locale}/glossary?pair=${pair}`} aria-current={pair === current ? "page" : undefined}>
                {t("pair", { source: name(source), target: name(target) })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
