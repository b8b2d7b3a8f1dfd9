import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getAreaByCode } from "@/db/queries/areas";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The area a page shows, or 404: pending areas only for reviewers and their own official. Once per
 * request: a page's metadata and the page itself both ask.
 */
export const loadVisibleArea = cache(async (code: string) => {
  const user = await getCurrentUser();
  const includePending = !!user && (can(user, "areas.read_pending") || user.areaCode === code);
  const area = getAreaByCode(code, { includePending });
  if (!area) notFound();
  return { area, user };
});
