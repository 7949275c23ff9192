import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { WorkspaceData } from "@/lib/workspace/get-workspace";
import type { TranslationState } from "@/lib/workflow/states";
import type { WorkspaceServerActions } from "./action-types";
import { ClientMessages, TOOL_NAMESPACES } from "@/components/layout/client-messages";
import { ExchangePanel } from "@/components/exchange/exchange-panel";
import { Workspace } from "./workspace";
import "./workspace.css";
import "prosemirror-view/style/prosemirror.css";
import "./editor.css";
import "./toolbar.css";
import { languageNames } from "@/components/text/language-names";

type WorkspaceViewProps = { data: WorkspaceData; locale: string; shown: TranslationState[]; actions: WorkspaceServerActions };

export async function WorkspaceView({ data, locale, shown, actions }: WorkspaceViewProps) {
  const t = await getTranslations("Workspace");
  const tl = languageNames(await getTranslations("Languages"));
  const tg = await getTranslations("GlossaryTerms");
  const tc = await getTranslations("CheckList");
  const { report, language } = data;
  return (
    <main className="ws page">
      <header className="ws-header">
        <p className="ws-kicker">{t("kicker", { language: tl(language) })}</p>
        <h1 lang={report.sourceLanguage}>{report.title}</h1>
        {report.targetTitle ? (
          <p className="ws-target-title" lang={language}>
            {report.targetTitle}
          </p>
        ) : null}
        <p className="byline">
          {t("byline", { outlet: report.outlet, date: report.date })} ·{" "}
          <Link href={`/reports/${report.slug}`}>{t("openReader")}</Link> ·{" "}
          <Link href={`/glossary?pair=${report.sourceLanguage}-${language}`} data-glossary-link="">
            {tg("link")}
          </Link>{" "}
          · <Link href="/checks">{tc("link")}</Link>
        </p>
        {data.viewer.canEdit ? null : <p className="ws-warning">{t("readOnly", { language: tl(language) })}</p>}
      </header>
      <ClientMessages namespaces={["Workspace", "GlossaryTerms", "Memory", ...TOOL_NAMESPACES]}>
        <Workspace data={data} locale={locale} shown={shown} actions={actions} />
      </ClientMessages>
      <ClientMessages namespaces={["Exchange", "Status"]}>
        <ExchangePanel slug={report.slug} language={language} locale={locale} canImport={data.viewer.canEdit} />
      </ClientMessages>
    </main>
  );
}
