import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="w-2/3" lead="h-10 w-1/2 rounded" rows={4} row="h-48 rounded-lg" layout="stack" />;
}
