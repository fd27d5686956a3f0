"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { TopN } from "@/lib/calculations/ranking";

const topChoices: TopN[] = [10, 20, "all"];

export function RankingControls({ top, t1, t2, onChange }: { top: TopN; t1: number; t2: number; onChange: (next: { top: TopN; t1: number; t2: number }) => void }) {
  const t = useTranslations("filters");
  const to = useTranslations("overview");
  const [draft, setDraft] = useState({ t1: String(t1), t2: String(t2) });
  const valid = (value: string) => /^\d{1,8}$/.test(value) && Number(value) > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid(draft.t1) && valid(draft.t2)) onChange({ top, t1: Number(draft.t1), t2: Number(draft.t2) });
  };
  return (
    <div className="controls-row">
      <div role="group" aria-label={to("topLabel")} className="segmented">
        <span className="control-label">{t("top")}</span>
        {topChoices.map((choice) => (
          <button key={String(choice)} type="button" className="button" aria-pressed={top === choice} onClick={() => onChange({ top: choice, t1, t2 })} data-testid={`top-${choice}`}>
            {choice === "all" ? t("topAll") : t("topN", { n: choice })}
          </button>
        ))}
      </div>
      <form className="threshold-form" onSubmit={submit} aria-label={to("thresholdsLabel")}>
        <label>
          <span className="control-label">{t("threshold1")}</span>
          <input inputMode="numeric" pattern="\d*" value={draft.t1} aria-invalid={!valid(draft.t1)} onChange={(event) => setDraft({ ...draft, t1: event.target.value })} data-testid="threshold-1" />
        </label>
        <label>
          <span className="control-label">{t("threshold2")}</span>
          <input inputMode="numeric" pattern="\d*" value={draft.t2} aria-invalid={!valid(draft.t2)} onChange={(event) => setDraft({ ...draft, t2: event.target.value })} data-testid="threshold-2" />
        </label>
        <button type="submit" className="button primary" data-testid="apply-thresholds">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
