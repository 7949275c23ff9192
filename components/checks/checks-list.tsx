import { getTranslations } from "next-intl/server";
import { QUALITY_CHECKS } from "@/lib/checks";
import "./checks.css";

export async function ChecksList() {
  const t = await getTranslations("CheckList");
  return (
    <main className="page checks-page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <table className="checks-table" data-testid="checks-table">
        <thead>
          <tr>
            <th scope="col">{t("columnId")}</th>
            <th scope="col">{t("columnSeverity")}</th>
            <th scope="col">{t("columnExplanation")}</th>
          </tr>
        </thead>
        <tbody>
          {QUALITY_CHECKS.map((check) => (
            <tr key={check.id} id={check.id} data-check={check.id}>
              <th scope="row">
                <code>{check.id}</code>
              </th>
              <td data-severity={check.severity}>
                <span aria-hidden="true">{check.severity === "error" ? "✖ " : "⚠ "}</span>
                {t(check.severity)}
              </td>
              <td>{t(`explain.${check.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
