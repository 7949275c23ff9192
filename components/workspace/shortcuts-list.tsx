"use client";

import { useTranslations } from "next-intl";

// The page's keyboard shortcuts, always listed (Cmd on a Mac, Ctrl elsewhere).
export function ShortcutsList() {
  const t = useTranslations("Workspace");
  const keys = (...names: string[]) =>
    names.map((name, index) => (
      <span key={name}>
        {index > 0 ? "+" : null}
        <kbd>{name}</kbd>
      </span>
    ));
  const command = t("keyCommand");
  return (
    <section className="ws-panel ws-shortcuts" aria-labelledby="ws-shortcuts-title">
      <h2 id="ws-shortcuts-title">{t("shortcutsTitle")}</h2>
      <dl>
        <div>
          <dt>{keys(command, "S")}</dt>
          <dd>{t("shortcutSave")}</dd>
        </div>
        <div>
          <dt>{keys(command, t("keyEnter"))}</dt>
          <dd>{t("shortcutSubmit")}</dd>
        </div>
        <div>
          <dt>
            {keys(t("keyAlt"), "↑")} / {keys(t("keyAlt"), "↓")}
          </dt>
          <dd>{t("shortcutMove")}</dd>
        </div>
      </dl>
    </section>
  );
}
