import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

// A boxed message: a form's answer, a refusal, a warning. Text and background keep 4.5:1 contrast.
export const noticeVariants = cva("rounded-md border px-3 py-2 text-sm", {
  variants: {
    tone: {
      success: "border-emerald-300 bg-emerald-50 text-emerald-900",
      error: "border-red-300 bg-red-50 text-red-900",
      warning: "border-amber-300 bg-amber-50 text-amber-900",
      /** Information with no verdict: what an action did to the form (nothing saved yet). */
      neutral: "border-slate-200 bg-white text-slate-800",
    },
  },
  defaultVariants: { tone: "error" },
});

type NoticeProps = React.ComponentProps<"div"> & VariantProps<typeof noticeVariants> & { asChild?: boolean };

export function Notice({ className, tone, asChild = false, ...props }: NoticeProps) {
  const Comp = asChild ? Slot : "div";
  return <Comp className={cn(noticeVariants({ tone }), className)} {...props} />;
}
