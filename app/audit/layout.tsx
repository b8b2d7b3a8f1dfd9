import { guardPage } from "@/lib/auth/page-guard";

// The guard runs here, outside the Suspense boundary of loading.tsx, so that its 307 and 404 are the response's status.
export default async function AuditLayout({ children }: { children: React.ReactNode }) {
  await guardPage("audit.read", "/audit");
  return children;
}
