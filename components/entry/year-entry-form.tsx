"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useMemo, useState } from "react";
import { ValueHistory } from "@/components/audit/value-history";
import { SubmitPanel } from "@/components/review/submit-panel";
import type { ValueHistoryEntry } from "@/db/queries/audit";
import { saveYearEntryAction } from "@/lib/actions/values";
import type { SubmissionStatus } from "@/lib/validations/review";
import { parseNumberInput } from "@/lib/domain/number-input";
import { checkEntry, type Flag, type IndicatorRule } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { formatNumber } from "@/lib/i18n/localized";

export type EntryField = {
  key: string;
  name: string;
  unit: string;
  decimals: number;
  softMin: number | null;
  softMax: number | null;
  derivation: string | null;
  lastYear: number | null;
  value: string;
  note: string;
};
export type EntryGroup = { group: string; label: string; fields: EntryField[] };
/** A reviewer's remark on one field, from the latest return. */
export type FieldRemark = { id: number; body: string; authorName: string };

type Props = {
  areaCode: string;
  year: number;
  version: number;
  source: string;
  groups: EntryGroup[];
  rules: readonly IndicatorRule[];
  previous: Record<string, number | undefined>;
  locale: string;
  /** The year's submission state: submitted and approved years are read-only here (and refused by the server). */
  status: SubmissionStatus;
  /** Whether this person may submit the year for review (the area's official, or an administrator). */
  canSubmit: boolean;
  remarks: Record<string, FieldRemark[]>;
  history: Record<string, ValueHistoryEntry[]>;
};

export function YearEntryForm(props: Props) {
  const { areaCode, year, version, source: initialSource, groups, rules, previous, locale, status, canSubmit, remarks, history } = props;
  const t = useTranslations("entry");
  const tr = useTranslations("review");
  const locked = status === "submitted" || status === "approved";
  const router = useRouter();
  const fields = groups.flatMap((g) => g.fields);
  const storedValues = () => Object.fromEntries(fields.map((f) => [f.key, f.value]));
  const storedNotes = () => Object.fromEntries(fields.map((f) => [f.key, f.note]));
  const [values, setValues] = useState<Record<string, string>>(storedValues);
  const [notes, setNotes] = useState<Record<string, string>>(storedNotes);
  const [source, setSource] = useState(initialSource);
  const [state, formAction, pending] = useActionState(saveYearEntryAction, { ok: false });
  const currentVersion = state.ok && state.data ? state.data.version : version;
  // Fields changed since the server last answered: its errors for them are stale, the live check speaks for them.
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  // A refusal is dismissed once the latest stored data has been loaded in its place.
  const [dismissed, setDismissed] = useState(false);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setEdited(new Set());
    setDismissed(false);
  }
  // The stored version the fields show. A newer one arrives after our own save (the page is refreshed with it)
  // or after "load the latest" following a conflict: the fields start again from what is stored, and the
  // confirmation of our own save stays on screen (remounting the form would lose it).
  const [loadedVersion, setLoadedVersion] = useState(version);
  if (loadedVersion !== version) {
    setLoadedVersion(version);
    setValues(storedValues());
    setNotes(storedNotes());
    setSource(initialSource);
    setEdited(new Set());
    if (!state.ok) setDismissed(true);
  }
  const markEdited = (key: string) => setEdited((s) => (s.has(key) ? s : new Set(s).add(key)));

  // The same rules the server applies, run as the official types.
  const live = useMemo(() => {
    const parseErrors: Record<string, EntryProblem[]> = {};
    const entries: Record<string, { value: number | null; note: string }> = {};
    for (const f of fields) {
      if (f.derivation) continue;
      const parsed = parseNumberInput(values[f.key] ?? "");
      if (parsed.ok) entries[f.key] = { value: parsed.value, note: notes[f.key] ?? "" };
      else parseErrors[f.key] = [{ code: "not_a_number" }];
    }
    const check = checkEntry(rules, entries, previous);
    return { errors: { ...check.errors, ...parseErrors } as Record<string, EntryProblem[]>, flags: check.flags };
  }, [fields, values, notes, rules, previous]);

  const num = (v: number | null, decimals: number) => (v === null ? "—" : formatNumber(v, decimals, locale));

  function problemText(p: EntryProblem, f: EntryField): string {
    switch (p.code) {
      case "out_of_hard_range":
        return t("problems.out_of_hard_range", { name: f.name, min: num(p.min, f.decimals), max: num(p.max, f.decimals), unit: f.unit });
      case "sector_sum":
        return t("problems.sector_sum", { sum: formatNumber(p.sum, 1, locale) });
      default:
        return t(`problems.${p.code}`, { name: f.name });
    }
  }
  function flagText(flag: Flag, f: EntryField): string {
    if (flag.code === "outside_soft_range") {
      return t("flags.outside_soft_range", { min: num(flag.min, f.decimals), max: num(flag.max, f.decimals), unit: f.unit });
    }
    const change = formatNumber(flag.change, 1, locale);
    return flag.kind === "percent"
      ? t("flags.yoy_percent", { change, down: flag.maxDown ?? "—", up: flag.maxUp ?? "—" })
      : t("flags.yoy_points", { change, down: flag.maxDown ?? "—", up: flag.maxUp ?? "—" });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const serverErrors = state.ok || dismissed ? {} : (state.fieldErrors ?? {});
  const errorCount = Object.keys(live.errors).length;
  const dirty =
    source !== initialSource || fields.some((f) => !f.derivation && ((values[f.key] ?? "") !== f.value || (notes[f.key] ?? "") !== f.note));
  const messageText = (code: string) =>
    t.has(`messages.${code}`) ? t(`messages.${code}`) : tr.has(`messages.${code}`) ? tr(`messages.${code}`) : t("messages.internal");

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid="year-entry-form">
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="version" value={currentVersion} />

        <div aria-live="polite">
          {state.ok && state.data && (
            <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="save-result">
              {t("saved", { saved: state.data.saved, removed: state.data.removed, flagged: state.data.flagged })}
            </p>
          )}
          {!state.ok && !dismissed && state.message && (
            <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="save-error">
              <p>{messageText(state.message)}</p>
              {state.message === "changed_since_opened" && (
                <button type="button" onClick={() => router.refresh()} className="mt-1 underline">
                  {t("reloadLatest")}
                </button>
              )}
            </div>
          )}
        </div>

        <label className="block max-w-xl text-sm">
          <span className="font-medium">{t("source")}</span>
          <input name="source" value={source} readOnly={locked} onChange={(e) => setSource(e.target.value)} maxLength={200} placeholder={t("sourcePlaceholder")} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>

        {groups.map((group) => (
          <fieldset key={group.group} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 text-base font-semibold">{group.label}</legend>
            <div className="divide-y divide-slate-100">
              {group.fields.map((f) => {
                const problems = (edited.has(f.key) ? undefined : serverErrors[f.key]) ?? live.errors[f.key] ?? [];
                const flags = live.flags[f.key] ?? [];
                const hintId = `hint-${f.key}`;
                const errorId = `error-${f.key}`;
                const fieldRemarks = remarks[f.key] ?? [];
                const remarkId = `remark-${f.key}`;
                return (
                  <div key={f.key} className="grid gap-2 py-3 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.2fr)]" data-field={f.key}>
                    <div>
                      <label htmlFor={`value-${f.key}`} className="block text-sm font-medium">
                        {f.name} <span className="font-normal text-slate-600">({f.unit})</span>
                      </label>
                      <p id={hintId} className="text-xs text-slate-600">
                        {t("lastYear", { year: year - 1 })}: <span className="tabular-nums">{num(f.lastYear, f.decimals)}</span> ·{" "}
                        {t("usualRange")}: <span className="tabular-nums">{num(f.softMin, f.decimals)}–{num(f.softMax, f.decimals)}</span>
                      </p>
                      <ValueHistory indicatorKey={f.key} name={f.name} decimals={f.decimals} entries={history[f.key] ?? []} />
                    </div>
                    <div>
                      {f.derivation ? (
                        <>
                          <output id={`value-${f.key}`} className="block rounded-md bg-slate-100 px-3 py-2 text-sm tabular-nums" data-testid={`derived-${f.key}`}>
                            {f.value || "—"}
                          </output>
                          <p className="mt-1 text-xs text-slate-600">{t("derived")}</p>
                        </>
                      ) : (
                        <input
                          id={`value-${f.key}`}
                          name={`value:${f.key}`}
                          inputMode="decimal"
                          autoComplete="off"
                          value={values[f.key] ?? ""}
                          onChange={(e) => {
                            setValues((v) => ({ ...v, [f.key]: e.target.value }));
                            markEdited(f.key);
                          }}
                          readOnly={locked}
                          aria-invalid={problems.length > 0}
                          aria-describedby={`${hintId} ${errorId}${fieldRemarks.length ? ` ${remarkId}` : ""}`}
                          className={`w-full rounded-md border px-3 py-2 text-right tabular-nums ${problems.length ? "border-red-600" : flags.length ? "border-amber-500" : "border-slate-300"}`}
                        />
                      )}
                      <div id={errorId}>
                        {problems.map((p, i) => (
                          <p key={i} className="mt-1 text-sm text-red-800" data-testid={`error-${f.key}`}>
                            {problemText(p, f)}
                          </p>
                        ))}
                        {flags.map((flag, i) => (
                          <p key={i} className="mt-1 text-sm text-amber-900" data-testid={`flag-${f.key}`}>
                            {flagText(flag, f)}
                          </p>
                        ))}
                      </div>
                    </div>
                    {!f.derivation && (
                      <div>
                        <label htmlFor={`note-${f.key}`} className="sr-only">
                          {t("noteFor", { name: f.name })}
                        </label>
                        <input
                          id={`note-${f.key}`}
                          name={`note:${f.key}`}
                          value={notes[f.key] ?? ""}
                          onChange={(e) => {
                            setNotes((n) => ({ ...n, [f.key]: e.target.value }));
                            markEdited(f.key);
                          }}
                          maxLength={1000}
                          readOnly={locked}
                          placeholder={flags.length ? t("notePlaceholderRequired") : t("notePlaceholder")}
                          className={`w-full rounded-md border px-3 py-2 text-sm ${flags.length && !(notes[f.key] ?? "").trim() ? "border-amber-500" : "border-slate-300"}`}
                        />
                      </div>
                    )}
                    {fieldRemarks.length > 0 && (
                      <div id={remarkId} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 sm:col-span-3" data-testid={`remark-${f.key}`}>
                        {fieldRemarks.map((r) => (
                          <p key={r.id}>
                            <span className="font-medium">{tr("entry.fieldRemark")}</span> {r.body} <span className="text-xs text-amber-900">— {r.authorName}</span>
                          </p>
                        ))}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
          <button
            type="submit"
            disabled={pending || locked}
            aria-describedby={locked ? "save-locked" : undefined}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending ? t("saving") : t("save", { year })}
          </button>
          {locked && (
            <span id="save-locked" className="text-sm text-slate-800" data-testid="save-locked">
              {tr(`entry.locked.${status}`, { year })}
            </span>
          )}
          {!locked && errorCount > 0 && <span className="text-sm text-red-800">{t("fixCount", { count: errorCount })}</span>}
        </div>
      </form>
      {/* A year with nothing stored has nothing to submit (the server refuses it too). */}
      {canSubmit && fields.some((f) => f.value !== "") && <SubmitPanel areaCode={areaCode} year={year} status={status} dirty={dirty} />}
    </>
  );
}
