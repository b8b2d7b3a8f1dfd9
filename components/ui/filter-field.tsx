import Link from "next/link";
import type { ReactNode } from "react";

// The parts of a plain GET filter form (review queue, audit trail): labelled controls, and the
// apply / reset buttons. The filters live in the URL, so the forms work without JavaScript.

export const filterControl = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function FilterField({ id, label, className = "", children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`text-sm ${className}`}>
      <label htmlFor={id} className="mb-1 block text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

type Option = { value: string | number; label: string };

/** A select whose first option (value "") leaves the filter off. */
export function FilterSelect(props: { id: string; name: string; label: string; value: string | number | undefined; allLabel: string; options: Option[] }) {
  return (
    <FilterField id={props.id} label={props.label}>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={filterControl}>
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

export function FilterActions({ resetHref, apply, reset, className }: { resetHref: string; apply: string; reset: string; className: string }) {
  return (
    <div className={`flex gap-2 ${className}`}>
      <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {apply}
      </button>
      <Link href={resetHref} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        {reset}
      </Link>
    </div>
  );
}
