import { loadOverview } from "./load";

// A year without an overview is a 404: decided here, outside the Suspense boundary of loading.tsx,
// so that the status is sent as 404 and not as a 200 with the not-found text streamed into it.
export default async function OverviewYearLayout({ children, params }: { children: React.ReactNode; params: Promise<{ year: string }> }) {
  await loadOverview((await params).year);
  return children;
}
