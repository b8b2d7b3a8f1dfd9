import Link from "next/link";
import { localName } from "@/lib/i18n/localized";

/** Back to the area's page, above a page that works on one area (data entry, targets). */
export function AreaBreadcrumb({ area, locale, label }: { area: { code: string; nameZh: string; nameEn: string }; locale: string; label: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link href={`/areas/${area.code}`} className="text-brand-700 underline">
        {localName(area, locale)}
      </Link>
    </nav>
  );
}
