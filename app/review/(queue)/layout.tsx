import { guardPage } from "@/lib/auth/page-guard";

// The queue's guard, outside the Suspense boundary of its loading.tsx (see app/audit/layout.tsx). The
// queue sits in a route group so that its skeleton does not also wrap /review/[code]/[year], whose
// own checks then decide its status.
export default async function ReviewQueueLayout({ children }: { children: React.ReactNode }) {
  await guardPage("submissions.review", "/review");
  return children;
}
