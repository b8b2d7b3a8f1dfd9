import Link from "next/link";
import { Button } from "./button";
import { Field } from "./field";
import { Select } from "./select";
import { cn } from "@/lib/utils";

// The parts of a plain GET filter form (home, review queue, audit trail): selects whose first
// option leaves the filter off, and the apply / reset buttons. The filters live in the URL, so the
// forms work without JavaScript.

type Option = { value: string | number; label: string };

/** A select whose first option (value "") leaves the filter off. */
export function FilterSelect(props: { id: string; name: string; label: string; value: string | number | undefined; allLabel: string; options: Option[] }) {
  return (
    <Field id={props.id} label={props.label}>
      {(control) => (
        <Select {...control} name={props.name} defaultValue={props.value ?? ""}>
          <option value="">{props.allLabel}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function FilterActions({ resetHref, apply, reset, className }: { resetHref: string; apply: string; reset: string; className: string }) {
  return (
    <div className={cn("flex gap-2", className)}>
      <Button type="submit" size="sm">
        {apply}
      </Button>
      <Button asChild variant="outline" size="sm">
        <Link href={resetHref}>{reset}</Link>
      </Button>
    </div>
  );
}
