import { getFormatter, getTranslations } from "next-intl/server";
import type { CorrectionNotice as Notice } from "@/lib/reports/corrections";

// Opens a language edition whose original was corrected after its translation was approved:
// when, how many paragraphs are being revised, and links to them (they keep their last
// approved text, marked outdated).
export async function CorrectionNotice({ notice }: { notice: Notice }) {
  const t = await getTranslations("Corrections");
  const format = await getFormatter();
  return (
    <aside className="correction-notice" aria-labelledby="correction-notice-text" data-language={notice.language}>
      <p id="correction-notice-text">
        <span aria-hidden="true" className="status-icon">
          ⚠
        </span>{" "}
        {t.rich("notice", {
          date: format.dateTime(notice.correctedAt, { dateStyle: "long" }),
          count: notice.paragraphs.length,
          language: notice.language,
          time: (chunks) => <time dateTime={notice.correctedAt.toISOString()}>{chunks}</time>,
        })}
      </p>
      <ul className="correction-links">
        {notice.paragraphs.map((paragraph) => (
          <li key={paragraph.key}>
            <a href={`#${paragraph.key}`}>{t("toParagraph", { number: paragraph.number })}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
