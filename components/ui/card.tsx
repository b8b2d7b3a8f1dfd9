import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

// A white panel with a light border: sections, forms, list items. `empty` is the dashed box that
// stands where a list has nothing to show.
export const cardVariants = cva("rounded-lg border", {
  variants: {
    variant: {
      default: "border-slate-200 bg-white",
      empty: "border-dashed border-slate-300 text-center text-slate-600",
    },
    padding: { none: "", sm: "p-3", md: "p-4", lg: "p-6" },
  },
  defaultVariants: { variant: "default", padding: "md" },
});

type CardProps = React.ComponentProps<"div"> & VariantProps<typeof cardVariants> & { asChild?: boolean };

/** `asChild` lends the look to its one child (a <section>, <form>, <li>, <article>), keeping that element. */
export function Card({ className, variant, padding, asChild = false, ...props }: CardProps) {
  const Comp = asChild ? Slot : "div";
  return <Comp className={cn(cardVariants({ variant, padding }), className)} {...props} />;
}
