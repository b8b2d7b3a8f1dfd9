"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useId, useMemo, useRef, useState } from "react";
import { SubmitPanel } from "@/components/review/submit-panel";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { formatTime } from "@/components/audit/format";
import type { ValueHistoryEntry } from "@/db/queries/audit";
import { saveYearEntryAction } from "@/lib/actions/values";
import type { SubmissionStatus } from "@/lib/validations/review";
import { listEntryChanges } from "@/lib/domain/entry-changes";
import { parseNumberInput } from "@/lib/domain/number-input";
import { isBlockPaste, parsePaste, pasteFills, previewPaste, type PastePreview as Preview } from "@/lib/domain/paste";
import { checkEntry, type IndicatorRule } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { DraftOffer } from "./draft-offer";
import { draftKey } from "./entry-draft";
import { EntryFieldRow } from "./entry-field-row";
import type { FieldLabel } from "./entry-texts";
import { PastePreview } from "./paste-preview";
import { ReviewChanges } from "./review-changes";
import { SaveProblems } from "./save-problems";
import { saveStateOf } from "./save-state";
import { useEntryDraft, type DraftChanges } from "./use-entry-draft";

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
  /** The stored value was flagged for review when it was saved. */
  flagged: boolean;
};
export type EntryGroup = { group: string; label: string; fields: EntryField[] };
/** A reviewer's remark on one field, from the latest return. */
export type FieldRemark = { id: number; body: string; authorName: string };

type Props = {
  areaCode: string;
  year: number;
  version: number;
  source: string;
  /** Last year's source text, which the official may carry over in one action (notes never are). */
  previousSource: string;
  /** Whose drafts: each person's unsaved drafts are kept apart in the browser. */
  userId: number;
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

const SOURCE_ID = "entry-source";
const REVIEW_ID = "entry-review";

export function YearEntryForm(props: Props) {
  const { areaCode, year, version, source: initialSource, previousSource, userId, groups, rules, previous, locale, status, canSubmit, remarks, history } = props;
  const t = useTranslations("entry");
  const tr = useTranslations("review");
  const locked = status === "submitted" || status === "approved";
  const router = useRouter();
  const formId = useId();
  const fields = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const entered = useMemo(() => fields.filter((f) => !f.derivation), [fields]);
  // The catalogue in the form's order (by group): a pasted column fills the fields in this order.
  const orderedRules = useMemo(() => {
    const byKey = new Map(rules.map((r) => [r.key, r]));
    return fields.map((f) => byKey.get(f.key)).filter((r): r is IndicatorRule => r !== undefined);
  }, [fields, rules]);
  const labels = useMemo(() => new Map<string, FieldLabel>(fields.map((f) => [f.key, { key: f.key, name: f.name, unit: f.unit, decimals: f.decimals }])), [fields]);
  const storedValues = () => Object.fromEntries(fields.map((f) => [f.key, f.value]));
  const storedNotes = () => Object.fromEntries(fields.map((f) => [f.key, f.note]));
  const [values, setValues] = useState<Record<string, string>>(storedValues);
  const [notes, setNotes] = useState<Record<string, string>>(storedNotes);
  const [source, setSource] = useState(initialSource);
  const [state, formAction, pending] = useActionState(saveYearEntryAction, { ok: false });
  const currentVersion = state.ok && state.data ? state.data.version : version;
  // Fields changed since the server last answered: its errors for them are stale, the live check speaks for them.
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  // Anything typed since the server last answered: a successful save's "saved at" gives way to "unsaved changes".
  const [touched, setTouched] = useState(false);
  // A refusal is dismissed once the latest stored data has been loaded in its place.
  const [dismissed, setDismissed] = useState(false);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setEdited(new Set());
    setTouched(false);
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
  const markEdited = (keys: string[]) => {
    setTouched(true);
    setEdited((s) => {
      if (keys.every((k) => s.has(k))) return s;
      const next = new Set(s);
      for (const k of keys) next.add(k);
      return next;
    });
  };

  const [paste, setPaste] = useState<{ preview: Preview; start: string } | null>(null);
  const [pasteFocus, setPasteFocus] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [reviewFocus, setReviewFocus] = useState<string | null>(null);

  // The same rules the server applies, run as the official types.
  const live = useMemo(() => {
    const parseErrors: Record<string, EntryProblem[]> = {};
    const entries: Record<string, { value: number | null; note: string }> = {};
    for (const f of entered) {
      const parsed = parseNumberInput(values[f.key] ?? "");
      if (parsed.ok) entries[f.key] = { value: parsed.value, note: notes[f.key] ?? "" };
      else parseErrors[f.key] = [{ code: "not_a_number" }];
    }
    const check = checkEntry(rules, entries, previous);
    return { errors: { ...check.errors, ...parseErrors } as Record<string, EntryProblem[]>, flags: check.flags };
  }, [entered, values, notes, rules, previous]);

  // What differs from what is stored: the review lists it, the draft keeps it.
  const draftChanges = useMemo((): DraftChanges | null => {
    const changedValues: Record<string, string> = {};
    const changedNotes: Record<string, string> = {};
    for (const f of entered) {
      if ((values[f.key] ?? "") !== f.value) changedValues[f.key] = values[f.key] ?? "";
      if ((notes[f.key] ?? "") !== f.note) changedNotes[f.key] = notes[f.key] ?? "";
    }
    const changedSource = source !== initialSource ? source : null;
    const any = changedSource !== null || Object.keys(changedValues).length > 0 || Object.keys(changedNotes).length > 0;
    return any ? { source: changedSource, values: changedValues, notes: changedNotes } : null;
  }, [entered, values, notes, source, initialSource]);
  const dirty = draftChanges !== null;
  // Beside the save button: the time of this visit's last save until something is typed again.
  const saveState = saveStateOf({ dirty, touched, savedAt: state.ok && state.data ? state.data.savedAt : null });

  const draft = useEntryDraft({ key: draftKey(userId, areaCode, year), version, changes: draftChanges, enabled: !locked });
  const clearDraft = draft.clear;
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok && state.data) clearDraft();
    // A refused save: every problem is listed at the top, and the cursor goes there.
    else if (state.fieldErrors || state.message) summaryRef.current?.focus();
  }, [state, clearDraft]);

  function restoreDraft() {
    const taken = draft.restore();
    if (!taken) return;
    const known = new Set(entered.map((f) => f.key));
    const pick = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).filter(([key]) => known.has(key)));
    setValues((v) => ({ ...v, ...pick(taken.values) }));
    setNotes((n) => ({ ...n, ...pick(taken.notes) }));
    if (taken.source !== null) setSource(taken.source);
    markEdited([...Object.keys(pick(taken.values)), ...Object.keys(pick(taken.notes))]);
    setNotice(t("draft.restored"));
  }

  function onValuePaste(event: React.ClipboardEvent<HTMLInputElement>, key: string) {
    if (locked) return;
    const text = event.clipboardData.getData("text/plain");
    // One value is pasted into the field as usual; a block (tabs or several lines) goes to the preview.
    if (!isBlockPaste(text)) return;
    event.preventDefault();
    const parsed = parsePaste(text, orderedRules, { start: key, year, areaCode });
    setPasteFocus(null);
    setPaste({ preview: previewPaste(parsed, { rules, previous, values, notes }), start: key });
  }

  function confirmPaste() {
    if (!paste) return;
    const fills = pasteFills(paste.preview);
    const keys = Object.keys(fills.values);
    setValues((v) => ({ ...v, ...fills.values }));
    setNotes((n) => ({ ...n, ...fills.notes }));
    markEdited(keys);
    const needNote = paste.preview.lines.filter((l) => keys.includes(l.key) && l.problems.some((p) => p.code === "note_required")).map((l) => l.key);
    setNotice(t("paste.done", { count: keys.length, notes: needNote.length }));
    // The next thing to do: the first note still required, or the review.
    setPasteFocus(needNote.length > 0 ? `note-${needNote[0]}` : REVIEW_ID);
    setPaste(null);
  }

  // Enter moves to the next field and Shift+Enter back, without submitting: source, then each value,
  // stopping at a note only where the value is flagged (Tab still reaches every note); after the
  // last value, the review button.
  function onKeyDown(event: React.KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    const order = [SOURCE_ID, ...entered.flatMap((f) => [`value-${f.key}`, `note-${f.key}`]), REVIEW_ID];
    const at = order.indexOf(target.id);
    if (at < 0) return;
    event.preventDefault();
    const stops = (id: string) => !id.startsWith("note-") || (live.flags[id.slice(5)]?.length ?? 0) > 0;
    const step = event.shiftKey ? -1 : 1;
    for (let i = at + step; i >= 0 && i < order.length; i += step) {
      const id = order[i]!;
      if (!stops(id) || (step < 0 && id === REVIEW_ID)) continue;
      const next = document.getElementById(id);
      if (!next) continue;
      next.focus();
      if (next instanceof HTMLInputElement) next.select();
      return;
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setNotice(null);
    setReviewing(false);
    startTransition(() => formAction(data));
  }

  function goTo(id: string) {
    setReviewFocus(id);
    setReviewing(false);
  }

  const serverErrors = state.ok || dismissed ? {} : (state.fieldErrors ?? {});
  const errorCount = Object.keys(live.errors).length;
  const messageText = (code: string) =>
    t.has(`messages.${code}`) ? t(`messages.${code}`) : tr.has(`messages.${code}`) ? tr(`messages.${code}`) : t("messages.internal");
  // The refused save's problems in the form's order, except for fields typed in since.
  const refused = fields.filter((f) => !edited.has(f.key) && (serverErrors[f.key]?.length ?? 0) > 0).map((f) => [f.key, serverErrors[f.key]!] as [string, EntryProblem[]]);
  const changes = reviewing
    ? listEntryChanges({ rules: orderedRules, stored: Object.fromEntries(entered.map((f) => [f.key, { value: f.value, note: f.note }])), values, notes, previous })
    : [];

  return (
    <>
      <form id={formId} onSubmit={onSubmit} onKeyDown={onKeyDown} className="space-y-6" noValidate data-testid="year-entry-form">
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="version" value={currentVersion} />

        <div aria-live="polite" className="space-y-2">
          {state.ok && state.data && (
            <Notice asChild tone="success">
              <p data-testid="save-result">{t("saved", { saved: state.data.saved, removed: state.data.removed, flagged: state.data.flagged })}</p>
            </Notice>
          )}
          {!state.ok && !dismissed && state.message && (
            <Notice tone="error">
              <p data-testid="save-error">{messageText(state.message)}</p>
              <SaveProblems ref={summaryRef} problems={refused} flags={live.flags} labels={labels} locale={locale} />
              {state.message === "changed_since_opened" && (
                <Button type="button" variant="link" size="inline" onClick={() => router.refresh()} className="mt-1">
                  {t("reloadLatest")}
                </Button>
              )}
            </Notice>
          )}
          {notice && (
            <Notice asChild tone="neutral">
              <p data-testid="entry-notice">{notice}</p>
            </Notice>
          )}
        </div>

        {draft.offer && <DraftOffer draft={draft.offer} version={version} year={year} locale={locale} onRestore={restoreDraft} onDiscard={draft.discard} />}

        <div className="max-w-xl space-y-1 text-sm">
          <Field id={SOURCE_ID} label={t("source")} labelClassName="font-medium text-slate-900">
            {(control) => (
              <Input
                {...control}
                name="source"
                value={source}
                readOnly={locked}
                onChange={(e) => {
                  setSource(e.target.value);
                  markEdited([]);
                }}
                maxLength={200}
                enterKeyHint="next"
                placeholder={t("sourcePlaceholder")}
                className="px-3 py-2"
              />
            )}
          </Field>
          {!locked && previousSource && previousSource !== source.trim() && (
            <p className="text-slate-700">
              <Button type="button" variant="link" size="inline" onClick={() => {
                  setSource(previousSource);
                  markEdited([]);
                }} data-testid="use-last-year-source">
                {t("useLastYearSource", { year: year - 1 })}
              </Button>
              {" · "}
              <span className="text-slate-600">{previousSource}</span>
            </p>
          )}
        </div>
        {!locked && <p className="max-w-3xl text-sm text-slate-700">{t("keyboardHelp")}</p>}

        {groups.map((group) => (
          <Card asChild key={group.group}>
            <fieldset>
            <legend className="px-1 text-base font-semibold">{group.label}</legend>
            <div className="divide-y divide-slate-100">
              {group.fields.map((f) => (
                <EntryFieldRow
                  key={f.key}
                  field={f}
                  year={year}
                  locale={locale}
                  value={values[f.key] ?? ""}
                  note={notes[f.key] ?? ""}
                  problems={(edited.has(f.key) ? undefined : serverErrors[f.key]) ?? live.errors[f.key] ?? []}
                  flags={live.flags[f.key] ?? []}
                  storedFlagged={f.flagged && (values[f.key] ?? "") === f.value}
                  remarks={remarks[f.key] ?? []}
                  history={history[f.key] ?? []}
                  locked={locked}
                  onValue={(text) => {
                    setValues((v) => ({ ...v, [f.key]: text }));
                    markEdited([f.key]);
                  }}
                  onNote={(text) => {
                    setNotes((n) => ({ ...n, [f.key]: text }));
                    markEdited([f.key]);
                  }}
                  onPaste={(e) => onValuePaste(e, f.key)}
                  reviewRemarkLabel={tr("entry.fieldRemark")}
                />
              ))}
            </div>
            </fieldset>
          </Card>
        ))}

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
          {!locked && (
            <Button
              type="button"
              variant="secondary"
              id={REVIEW_ID}
              onClick={() => {
                setReviewFocus(null);
                setReviewing(true);
              }}
            >
              {t("review.open")}
            </Button>
          )}
          <Button type="submit" disabled={pending || locked} aria-describedby={locked ? "save-locked" : undefined}>
            {pending ? t("saving") : t("save", { year })}
          </Button>
          {locked && (
            <span id="save-locked" className="text-sm text-slate-800" data-testid="save-locked">
              {tr(`entry.locked.${status}`, { year })}
            </span>
          )}
          {!locked && saveState && (
            <span className={saveState.state === "saved" ? "text-sm font-medium text-emerald-800" : "text-sm text-slate-800"} data-testid="save-state" data-state={saveState.state}>
              {saveState.state === "saved" ? t("saveState.saved", { time: formatTime(saveState.at, locale) }) : t("saveState.unsaved")}
            </span>
          )}
          {!locked && errorCount > 0 && <span className="text-sm text-red-800">{t("fixCount", { count: errorCount })}</span>}
        </div>
      </form>

      <PastePreview
        preview={paste?.preview ?? null}
        startName={paste ? (labels.get(paste.start)?.name ?? paste.start) : ""}
        labels={labels}
        locale={locale}
        onConfirm={confirmPaste}
        onCancel={() => setPaste(null)}
        finalFocus={pasteFocus}
      />
      <ReviewChanges
        open={reviewing}
        onOpenChange={setReviewing}
        year={year}
        formId={formId}
        changes={changes}
        source={{ before: initialSource, after: source }}
        labels={labels}
        problems={live.errors}
        flags={live.flags}
        locale={locale}
        onGoTo={goTo}
        finalFocus={reviewFocus}
      />
      {/* A year with nothing stored has nothing to submit (the server refuses it too). */}
      {canSubmit && fields.some((f) => f.value !== "") && <SubmitPanel areaCode={areaCode} year={year} status={status} dirty={dirty} />}
    </>
  );
}
