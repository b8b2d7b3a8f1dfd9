"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { deleteTargetAction, saveTargetAction } from "@/lib/actions/targets";
import { parseNumberInput } from "@/lib/domain/number-input";
import { targetAid, type PeerPaces } from "@/lib/domain/target-aid";
import type { TargetFieldProblem } from "@/lib/validations/targets";
import { Button } from "@/components/ui/button";
import { TargetFields, type TargetEntryState, type TargetFormBase, type TargetKind } from "./target-fields";

export type TargetRowProps = TargetFormBase & {
  current: { kind: TargetKind; value: number; baseYear: number; reason: string } | null;
  /** The national reference, offered as a starting value. */
  suggestion: { kind: TargetKind; value: number } | null;
  /** For a period that follows another: the area's and its peers' pace over that one (lib/services/target-aid.ts). */
  aid: {
    direction: "higher" | "lower";
    targetYear: number;
    previous: { baseYear: number; targetYear: number; baseValue: number | null; targetYearValue: number | null };
    peers: PeerPaces | null;
  } | null;
};

/**
 * One indicator's target for an open plan period: a level, a % change from the base year or a minimum
 * yearly growth, with the reason for it (required to change or remove a target already set).
 */
export function TargetRowForm({ areaCode, period, defaultBaseYear, indicatorKey, name, unit, growthForm, current, suggestion, aid }: TargetRowProps) {
  const t = useTranslations("targets");
  const [entry, setEntry] = useState<TargetEntryState>({
    kind: current?.kind ?? suggestion?.kind ?? "absolute",
    value: current ? String(current.value) : "",
    baseYear: String(current?.baseYear ?? defaultBaseYear),
    reason: current?.reason ?? "",
  });
  const { kind, value, baseYear, reason } = entry;
  const change = (next: Partial<TargetEntryState>) => setEntry((e) => ({ ...e, ...next }));
  const [state, save, saving] = useActionState(saveTargetAction, { ok: false });
  const [removed, remove, removing] = useActionState(deleteTargetAction, { ok: false });
  const errors = state.fieldErrors ?? {};

  const problemText = (p: TargetFieldProblem) =>
    "min" in p ? t(`problems.${p.code}`, { min: p.min ?? "—", max: p.max ?? "—", unit }) : t(`problems.${p.code}`);
  const submit = (action: (fd: FormData) => void) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const id = (field: string) => `${indicatorKey}-${field}`;
  // A field's problems stand under it and describe it; any others (a stale form) under the form.
  const OWN_FIELDS = ["kind", "value", "baseYear", "reason"];
  const errorOf = (field: string) => errors[field]?.map(problemText).join(" ");
  const otherErrors = Object.entries(errors).filter(([field]) => !OWN_FIELDS.includes(field)).flatMap(([, problems]) => problems);
  // The aid follows what is typed: the pace the proposed target asks for, and its flag.
  const typed = parseNumberInput(value);
  const base = Number(baseYear) || defaultBaseYear;
  const live = aid
    ? targetAid({
        direction: aid.direction,
        growthForm,
        previous: aid.previous,
        peers: aid.peers,
        proposed: typed.ok && typed.value !== null ? { kind, value: typed.value, baseYear: base, targetYear: aid.targetYear } : null,
      })
    : null;
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);
  const errorTestId = `target-error-${indicatorKey}`;

  return (
    <div className="space-y-2">
      <form onSubmit={submit(save)} className="grid gap-2 sm:grid-cols-[9rem_8rem_6rem_minmax(0,1fr)_auto]" noValidate data-testid={`target-form-${indicatorKey}`}>
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="indicatorKey" value={indicatorKey} />
        <input type="hidden" name="period" value={period} />
        <TargetFields state={entry} onChange={change} name={name} unit={unit} growthForm={growthForm} id={id} errorOf={errorOf} errorTestId={errorTestId} />
        <div className="flex items-end gap-2">
          <Button type="submit" size="sm" disabled={saving}>
            {t("save")}
          </Button>
        </div>
      </form>
      {aid && live && (
        <div className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700" data-testid={`target-aid-${indicatorKey}`}>
          <p>
            {t("aid.own", { from: aid.previous.baseYear, to: aid.previous.targetYear, pace: pct(live.ownPace) })}
            {aid.peers && ` ${t("aid.peers", { median: pct(aid.peers.median), p75: pct(aid.peers.p75), best: pct(aid.peers.best), count: aid.peers.count })}`}
          </p>
          {live.requiredPace !== null && <p>{t("aid.required", { from: base, to: aid.targetYear, pace: pct(live.requiredPace) })}</p>}
          {live.flag && (
            <p className="mt-1 font-medium text-amber-900" data-testid={`target-flag-${indicatorKey}`}>
              {t(`aid.${live.flag}`)}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {suggestion && (
          <Button
            type="button"
            variant="link"
            size="inline"
            onClick={() => {
              change({ kind: suggestion.kind, value: String(suggestion.value) });
            }}
          >
            {suggestion.kind === "absolute"
              ? t("useNational", { value: suggestion.value, unit })
              : suggestion.kind === "change_pct"
                ? t("useNationalPct", { value: suggestion.value })
                : t("useNationalGrowth", { value: suggestion.value })}
          </Button>
        )}
        {current && (
          <form onSubmit={submit(remove)}>
            <input type="hidden" name="areaCode" value={areaCode} />
            <input type="hidden" name="indicatorKey" value={indicatorKey} />
            <input type="hidden" name="period" value={period} />
            <input type="hidden" name="reason" value={reason} />
            <Button type="submit" variant="link" size="inline" disabled={removing} className="text-red-800 hover:text-red-900">
              {t("remove")}
            </Button>
          </form>
        )}
        {[state, removed].map((result, i) => (
          <span key={i} role="status" data-testid={`target-message-${indicatorKey}`} className={result.ok ? "text-emerald-800" : "text-red-800"}>
            {result.message && (t.has(`messages.${result.message}`) ? t(`messages.${result.message}`) : t("messages.internal"))}
          </span>
        ))}
      </div>
      {otherErrors.map((p, i) => (
        <p key={i} className="text-sm text-red-800" data-testid={`target-error-${indicatorKey}`}>
          {problemText(p)}
        </p>
      ))}
    </div>
  );
}
