"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveGroupAction } from "@/lib/actions/groups";
import { useAllAreas } from "@/lib/query/use-areas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { groupLabel, PRESET_GROUPS } from "./group-options";

export type SavedGroupOption = { id: number; name: string };

/** A preset or saved group from a list, or a hand-picked set of areas that can be saved under a name. */
export function GroupPicker({ value, valueName, onChange, savedGroups, canSave }: {
  value: string;
  valueName: string | null;
  onChange: (spec: string) => void;
  savedGroups: SavedGroupOption[];
  canSave: boolean;
}) {
  const t = useTranslations("peerGroups");
  const tc = useTranslations("compare");
  const initial = value.startsWith("areas:") ? value.slice(6).split(",") : [];
  const [picked, setPicked] = useState<string[]>(initial);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const [saved, setSaved] = useState(savedGroups);
  // The list of areas is fetched and drawn only once the panel is opened: with 3,000 areas it is
  // 150 KB that every page would carry, and 6,000 nodes that each re-render would redraw unseen.
  const [open, setOpen] = useState(false);
  const locale = useLocale();
  const { data: areas = [], isPending } = useAllAreas(locale, open);
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const listed = needle ? areas.filter((a) => picked.includes(a.code) || a.label.toLowerCase().includes(needle) || a.code.includes(needle)) : areas;
  const isPreset = PRESET_GROUPS.includes(value) || saved.some((g) => `saved:${g.id}` === value);

  return (
    <div className="space-y-2">
      <Field id="group-select" label={tc("group")}>
        {(control) => (
          <Select {...control} value={isPreset ? value : "custom"} onChange={(e) => e.target.value !== "custom" && onChange(e.target.value)} data-testid="group-select">
            {PRESET_GROUPS.map((spec) => (
              <option key={spec} value={spec}>
                {groupLabel(spec, t)}
              </option>
            ))}
            {saved.map((g) => (
              <option key={g.id} value={`saved:${g.id}`}>
                {t("saved", { name: g.name })}
              </option>
            ))}
            {!isPreset && <option value="custom">{groupLabel(value, t, valueName)}</option>}
          </Select>
        )}
      </Field>
      <details className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm" data-testid="custom-group" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-brand-700">{tc("pickAreas")}</summary>
        {open && (
          <fieldset className="mt-2">
            <legend className="sr-only">{tc("pickAreas")}</legend>
            <Field id="group-filter" label={tc("filterAreas")} hideLabel className="mb-2">
              {(control) => <Input {...control} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={tc("filterAreas")} />}
            </Field>
            {isPending && <p role="status">{tc("loadingAreas")}</p>}
            <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
              {listed.map((a) => (
                <label key={a.code} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={picked.includes(a.code)}
                    onChange={(e) => setPicked((p) => (e.target.checked ? [...p, a.code] : p.filter((c) => c !== a.code)))}
                  />
                  {a.label}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button type="button" size="sm" disabled={picked.length === 0} onClick={() => onChange(`areas:${picked.join(",")}`)}>
            {tc("useGroup", { count: picked.length })}
          </Button>
          {canSave && (
            <>
              <Field id="group-name" label={tc("groupName")} hideLabel>
                {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} placeholder={tc("groupName")} className="w-auto" />}
              </Field>
              <Button
                variant="secondary"
                size="sm"
                type="button"
                disabled={saving || picked.length === 0 || !name.trim()}
                onClick={() =>
                  startSaving(async () => {
                    const result = await saveGroupAction({ name, areaCodes: picked });
                    if (result.ok && result.data) {
                      setSaved((s) => [...s, { id: result.data!.id, name: name.trim() }]);
                      setMessage(tc("groupSaved"));
                      onChange(`saved:${result.data.id}`);
                    } else setMessage(result.fieldErrors?.name?.includes("control_characters") ? tc("groupNameControlCharacters") : tc("groupNotSaved"));
                  })
                }
              >
                {tc("saveGroup")}
              </Button>
            </>
          )}
          {message && <span role="status">{message}</span>}
        </div>
      </details>
    </div>
  );
}
