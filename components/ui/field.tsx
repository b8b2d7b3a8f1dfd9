import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** What a Field hands its control: the id its label points at, and the hint and error that describe it. */
export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type FieldProps = {
  id: string;
  label: ReactNode;
  /** Help shown under the label (format, limits), read with the control. */
  hint?: ReactNode;
  /** The field's problem in words; nothing (undefined, null, false, "") leaves the field valid. */
  error?: ReactNode;
  errorTestId?: string;
  /** Read by screen readers only, where something visible beside the control already names it. */
  hideLabel?: boolean;
  className?: string;
  labelClassName?: string;
  /** The control, given its id, aria-describedby and aria-invalid: `{(control) => <Input {...control} name="q" />}`. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * A label, its control, a hint and an error, tied together by id. A render prop rather than React
 * context, so that the plain GET forms (filters, downloads) stay server components with no script.
 */
export function Field({ id, label, hint, error, errorTestId = "field-error", hideLabel, className, labelClassName, children }: FieldProps) {
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cn("text-sm", className)}>
      <Label htmlFor={id} className={cn(hideLabel && "sr-only", labelClassName)}>
        {label}
      </Label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": hasError || undefined })}
      {hasError ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800" data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Label({ className, ...props }: React.ComponentProps<"label">) {
  return <label className={cn("mb-1 block text-sm text-slate-700", className)} {...props} />;
}
