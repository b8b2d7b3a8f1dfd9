import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="w-1/3" lead="h-20 rounded-lg" rows={8} row="h-10 rounded" layout="list" />;
}
