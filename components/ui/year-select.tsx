import { useId } from "react";
import { Field } from "./field";
import { Select } from "./select";

/** A labelled choice of year for a plain GET form: the chosen year goes into the URL as `year`. */
export function YearSelect({ label, years, defaultValue }: { label: string; years: number[]; defaultValue: number }) {
  const id = useId();
  return (
    <Field id={id} label={label}>
      {(control) => (
        <Select {...control} name="year" defaultValue={defaultValue} className="w-auto">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
