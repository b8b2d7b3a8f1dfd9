import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="w-2/3" lead="h-24 rounded-lg" rows={6} row="h-28 rounded-lg" layout="grid" />;
}
