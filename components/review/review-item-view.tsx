import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import type { ParagraphComment } from "@/lib/comments/list-comments";
import type { ReviewContext } from "@/lib/reviews/get-review-context";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { needsAcknowledgement } from "@/lib/checks";
import { ContextSection } from "./context-section";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { TRANSLATION_STATES } from "@/lib/workflow/states";
import { DecisionPanel } from "./decision-panel";
import { ClientMessages, TOOL_NAMESPACES } from "@/components/layout/client-messages";
import { ReviewTools } from "./review-tools";
import { SourceSection } from "./source-section";
import { TranslationSection } from "./translation-section";
import type { DismissAction } from "./dismiss-form";
import { WarningsList } from "./warnings-list";

type Href = { pathname: string; query: Record<string, string> };

type ReviewItemViewProps = {
  item: ReviewItem;
  history: ParagraphHistory;
  comments: readonly ParagraphComment[];
  context: ReviewContext | null;
  position: number;
  total: number;
  target: ComponentProps<typeof DecisionPanel>["target"];
  sourceLanguage: string;
  neighbours: { previous: Href | null; next: Href | null };
  nextKey: string | null;
  decide: ComponentProps<typeof DecisionPanel>["decide"];
  addComment: ComponentProps<typeof ReviewTools>["addComment"];
  dismissCheck: DismissAction;
};

// One paragraph awaiting a decision: everything needed to decide, then the decision.
export async function ReviewItemView({ item, history, comments, context, position, total, target, sourceLanguage, neighbours, nextKey, decide, addComment, dismissCheck }: ReviewItemViewProps) {
  const t = await getTranslations("Review");
  const ts = await getTranslations("Status");
  return (
    <article className="review-item" aria-labelledby="review-item-heading" data-paragraph={item.key} data-state={item.state}>
      <h2 id="review-item-heading">
        {t("itemHeading", { number: item.number })} <span className={`status status-${item.state}`}>({ts(item.state)})</span>
      </h2>
      <p className="review-meta">{t("itemPosition", { position, total })}</p>
      <div className="review-columns">
        <SourceSection item={item} sourceLanguage={sourceLanguage} />
        <TranslationSection item={item} language={target.language} />
      </div>
      {context ? <ContextSection context={context} language={target.language} sourceLanguage={sourceLanguage} /> : null}
      <WarningsList warnings={item.warnings} quotes={item.source.quotes} overrides={item.overrides} dismiss={{ action: dismissCheck, target }} />
      <DecisionPanel
        key={`${item.key}:${item.version}:${item.state}`}
        target={target}
        item={item}
        nextKey={nextKey}
        decide={decide}
        stateLabels={Object.fromEntries(TRANSLATION_STATES.map((state) => [state, ts(state)]))}
        labels={{
          heading: t("decisionHeading"),
          approve: t("approve"),
          approveHelp: t("approveHelp", { version: item.version }),
          approveOwn: t("approveOwn"),
          approveNoRevision: t("approveNoRevision"),
          approveOlderSource: t("approveOlderSource"),
          acknowledgeWarnings: t("acknowledgeWarnings", { count: item.warnings.filter(needsAcknowledgement).length }),
          acknowledgeRequired: t("acknowledgeRequired"),
          requestChanges: t("requestChanges"),
          requestChangesLabel: t("requestChangesLabel"),
          keepApproval: t("keepApproval"),
          keepApprovalHelp: t("keepApprovalHelp"),
          keepApprovalLabel: t("keepApprovalLabel"),
          keepApprovalOwn: t("keepApprovalOwn"),
          commentRequired: t("commentRequired"),
          sending: t("sending"),
          conflictHeading: t("conflictHeading"),
          conflictBody: t.raw("conflictBody") as string,
          conflictReload: t("conflictReload"),
        }}
      />
      <nav className="review-neighbours" aria-label={t("neighboursNav")}>
        {neighbours.previous ? <Link href={neighbours.previous} rel="prev">← {t("previous")}</Link> : null}
        {neighbours.next ? <Link href={neighbours.next} rel="next">{t("next")} →</Link> : null}
      </nav>
      <p className="review-meta review-shortcuts">
          <strong>{t("shortcutsHeading")}:</strong> <kbd>Alt</kbd>+<kbd>↓</kbd> {t("shortcutNext")} · <kbd>Alt</kbd>+<kbd>↑</kbd> {t("shortcutPrevious")} ·{" "}
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> {t("shortcutSend")}
      </p>
      <ClientMessages namespaces={TOOL_NAMESPACES}>
        <ReviewTools history={history} comments={[...comments]} target={target} addComment={addComment} />
      </ClientMessages>
    </article>
  );
}
