import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

// A small labelled pill: a state, a status, a grade. The colour only repeats what the label says;
// each tone keeps 4.5:1 text contrast on its background.
export const badgeVariants = cva("inline-block rounded-full border px-2 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      neutral: "border-slate-300 bg-slate-100 text-slate-800",
      info: "border-sky-300 bg-sky-50 text-sky-900",
      success: "border-emerald-300 bg-emerald-50 text-emerald-900",
      /** Above success: a target reached, the best grade or group. */
      best: "border-emerald-300 bg-emerald-100 text-emerald-900",
      warning: "border-amber-300 bg-amber-50 text-amber-900",
      caution: "border-orange-300 bg-orange-50 text-orange-900",
      danger: "border-red-300 bg-red-50 text-red-900",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({ className, tone, ...props }: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
