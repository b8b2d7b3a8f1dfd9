import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="w-1/3" lead="h-24 rounded-lg" rows={10} row="h-10 rounded" layout="list" />;
}
