import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SourceKind } from "@/db/seed/policy-documents";

// What kind of source a link is, shown beside it: a government site, a named news outlet, or a
// third-party repost, whose text may differ from the original.
const TONE: Record<SourceKind, BadgeTone> = {
  official: "success",
  press: "info",
  repost: "warning",
};

export async function SourceKindLabel({ kind }: { kind: SourceKind }) {
  const t = await getTranslations("official.sourceKinds");
  return (
    <Badge tone={TONE[kind]} className="whitespace-nowrap" data-source-kind={kind}>
      {t(kind)}
    </Badge>
  );
}
