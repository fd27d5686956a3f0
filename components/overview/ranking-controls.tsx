"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { TopN } from "@/lib/calculations/ranking";
import type { ViewParams } from "./use-view-params";

const topChoices: TopN[] = [10, 20, "all"];

/** Top N, the two thresholds and the LQ ranking's minimum size; numbers apply together on submit. */
export function RankingControls({
  view,
  onChange,
}: {
  view: ViewParams;
  onChange: (next: Partial<ViewParams>) => void;
}) {
  const t = useTranslations("filters");
  const to = useTranslations("overview");
  const [draft, setDraft] = useState({ t1: String(view.t1), t2: String(view.t2), min: String(view.min) });
  const valid = (value: string, allowZero = false) => /^\d{1,8}$/.test(value) && (allowZero || Number(value) > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid(draft.t1) && valid(draft.t2) && valid(draft.min, true))
      onChange({ t1: Number(draft.t1), t2: Number(draft.t2), min: Number(draft.min) });
  };
  const field = (name: "t1" | "t2" | "min", label: string, testId: string) => (
    <label>
      <span className="control-label">{label}</span>
      <input
        inputMode="numeric"
        pattern="\d*"
        value={draft[name]}
        aria-invalid={!valid(draft[name], name === "min")}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        data-testid={testId}
      />
    </label>
  );
  return (
    <div className="controls-row">
      <div role="group" aria-label={to("topLabel")} className="segmented">
        <span className="control-label">{t("top")}</span>
        {topChoices.map((choice) => (
          <button
            key={String(choice)}
            type="button"
            className="button"
            aria-pressed={view.top === choice}
            onClick={() => onChange({ top: choice })}
            data-testid={`top-${choice}`}
          >
            {choice === "all" ? t("topAll") : t("topN", { n: choice })}
          </button>
        ))}
      </div>
      <form className="threshold-form" onSubmit={submit} aria-label={to("thresholdsLabel")}>
        {field("min", t("minJobs"), "min-jobs")}
        {field("t1", t("threshold1"), "threshold-1")}
        {field("t2", t("threshold2"), "threshold-2")}
        <button type="submit" className="button primary" data-testid="apply-thresholds">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}

/** The employment chart's two views: the region's largest clusters, or the seed article's "most concentrated" view. */
export function EmploymentViewSwitch({
  view,
  onChange,
}: {
  view: ViewParams;
  onChange: (next: Partial<ViewParams>) => void;
}) {
  const to = useTranslations("overview");
  return (
    <div role="group" aria-label={to("viewLabel")} className="segmented">
      {(["largest", "concentrated"] as const).map((choice) => (
        <button
          key={choice}
          type="button"
          className="button"
          aria-pressed={view.view === choice}
          onClick={() => onChange({ view: choice })}
          data-testid={`view-${choice}`}
        >
          {to(`view.${choice}`)}
        </button>
      ))}
    </div>
  );
}
