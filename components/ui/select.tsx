import { cn } from "@/lib/utils";
import { controlClass } from "./input";

/**
 * The browser's own <select>: on a phone it opens the system's picker, it works in a plain GET form
 * without JavaScript, and screen readers know it. A Radix Select would give up all three.
 */
export function Select({ className, ...props }: React.ComponentProps<"select">) {
  return <select className={cn(controlClass, className)} {...props} />;
}
