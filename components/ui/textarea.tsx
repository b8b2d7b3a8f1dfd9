import { cn } from "@/lib/utils";
import { controlClass } from "./input";

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return <textarea className={cn(controlClass, className)} {...props} />;
}
