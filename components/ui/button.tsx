import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

// Every button and button-looking link. Colour says what the action does: primary (the page's main
// action), secondary (a second action beside it, and downloads), outline (neutral steps: pager,
// reset), danger (reject, remove), success and warning (the reviewer's approve and return), link
// (an action written as text). Each keeps 4.5:1 text contrast.
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 rounded-md text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white hover:bg-brand-800",
        secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
        outline: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
        danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
        success: "bg-emerald-700 text-white hover:bg-emerald-800",
        warning: "bg-amber-700 text-white hover:bg-amber-800",
        link: "text-brand-700 underline underline-offset-2 hover:text-brand-800",
      },
      size: {
        sm: "px-3 py-1.5",
        md: "px-4 py-2",
        /** Text-sized: for the link variant. */
        inline: "p-0",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = React.ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Renders its one child (a link) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot : "button";
  return <Comp className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
