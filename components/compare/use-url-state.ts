"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * View state kept in the URL's query string, so a link reproduces the view. Updated with
 * history.replaceState: Next keeps useSearchParams in step without a server round trip.
 */
export function useUrlState() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      // The address as it is now, not as of the last render: two quick changes in a row (area, then
      // year) must not have the second undo the first while React has yet to re-render.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      window.history.replaceState(null, "", `${pathname}?${next.toString()}`);
    },
    [pathname],
  );
  return { get: (key: string) => searchParams.get(key), set };
}
