import { loadSummary } from "./load";

// An unknown area or a year without a summary is a 404: decided here, outside the Suspense boundary
// of loading.tsx, so that the status is sent as 404 and not as a 200 with the not-found text streamed into it.
export default async function SummaryYearLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string; year: string }> }) {
  const { code, year } = await params;
  await loadSummary(code, year);
  return children;
}
