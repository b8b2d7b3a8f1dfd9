"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { decideTargetRequestAction } from "@/lib/actions/target-requests";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** An evaluator's decision on one target change request: approve, or decline with a note. */
export function DecideTargetRequest({ requestId, label }: { requestId: number; label: string }) {
  const t = useTranslations("review.targetRequests");
  const tm = useTranslations("targets.messages");
  const [note, setNote] = useState("");
  const [state, decide, deciding] = useActionState(decideTargetRequestAction, { ok: false });
  const send = (decision: "approve" | "decline") => {
    const data = new FormData();
    data.set("requestId", String(requestId));
    data.set("decision", decision);
    data.set("note", note);
    startTransition(() => decide(data));
  };
  const noteError = state.fieldErrors?.note?.map((code) => (tm.has(code) ? tm(code) : tm("internal"))).join(" ");
  // Decided: the page lists it among the decided ones; nothing is left to do here.
  if (state.ok && state.message) {
    return (
      <p role="status" data-testid={`request-decision-${requestId}`} className="text-sm text-emerald-800">
        {tm.has(state.message) ? tm(state.message) : tm("internal")}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <Field id={`request-note-${requestId}`} label={t("note")} labelClassName="mb-0.5 text-xs text-slate-600" error={noteError} errorTestId={`request-note-error-${requestId}`}>
        {(control) => <Input {...control} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} aria-label={label} />}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" variant="success" disabled={deciding} onClick={() => send("approve")}>
          {t("approve")}
        </Button>
        <Button type="button" size="sm" variant="danger" disabled={deciding} onClick={() => send("decline")}>
          {t("decline")}
        </Button>
        <span role="status" data-testid={`request-decision-${requestId}`} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-800"}>
          {state.message && state.message !== "fix_fields" && (tm.has(state.message) ? tm(state.message) : tm("internal"))}
        </span>
      </div>
    </div>
  );
}
