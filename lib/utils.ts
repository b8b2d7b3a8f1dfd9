import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Class names joined, with later Tailwind utilities replacing earlier ones of the same property
 * (`cn("px-3", "px-4")` is "px-4"), so a caller's `className` overrides a primitive's defaults.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
