import { getFormatter, getTranslations } from "next-intl/server";
import type { ListedCorrection } from "@/lib/reports/corrections";
import { SourceDiff } from "./source-change";

// Every correction of the original with its date, folded away (as Reuters' CORRECTED and
// AP's editor's notes are kept with the story), each with what changed.
export async function CorrectionsSection({ corrections, sourceLanguage }: { corrections: ListedCorrection[]; sourceLanguage: string }) {
  if (corrections.length === 0) return null;
  const t = await getTranslations("Corrections");
  const format = await getFormatter();
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <details>
        <summary>
          <h2 id="corrections-heading">{t("heading", { count: corrections.length })}</h2>
        </summary>
        <ol>
          {corrections.map((correction) => (
            <li key={`${correction.key}:${correction.at.toISOString()}`} data-correction={correction.key}>
              <p>
                {t.rich("entry", {
                  date: format.dateTime(correction.at, { dateStyle: "long" }),
                  number: correction.number,
                  time: (chunks) => <time dateTime={correction.at.toISOString()}>{chunks}</time>,
                  link: (chunks) => <a href={`#${correction.key}`}>{chunks}</a>,
                })}
              </p>
              <SourceDiff before={correction.before} after={correction.after} sourceLanguage={sourceLanguage} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
