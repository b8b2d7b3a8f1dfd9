import { getTranslations } from "next-intl/server";
import type { SourceKind } from "@/db/seed/policy-documents";

// What kind of source a link is, shown beside it: a government site, a named news outlet, or a
// third-party repost, whose text may differ from the original.
const STYLE: Record<SourceKind, string> = {
  official: "border-emerald-300 text-emerald-900",
  press: "border-sky-300 text-sky-900",
  repost: "border-amber-300 text-amber-900",
};

export async function SourceKindLabel({ kind }: { kind: SourceKind }) {
  const t = await getTranslations("official.sourceKinds");
  return (
    <span className={`inline-block whitespace-nowrap rounded border bg-white px-1.5 py-px text-xs ${STYLE[kind]}`} data-source-kind={kind}>
      {t(kind)}
    </span>
  );
}
