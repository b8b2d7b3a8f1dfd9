import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getLatestDataYear, listPeerAreas } from "@/lib/services/kept-reads";
import { SideBySide } from "@/components/compare/side-by-side";
import { comparisonYears, getSideBySidePayload, scoredIndicatorMeta } from "@/lib/services/compare";
import { AREA_CODE_PATTERN } from "@/lib/domain/peer-groups";
import { shortAreaName } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("sideBySide"))("title") };
}

export default async function SideBySidePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("sideBySide");
  const locale = await getLocale();
  const areas = listPeerAreas();
  const latest = getLatestDataYear() ?? new Date().getFullYear() - 1;
  const year = Number(params.year) || latest;
  // ?areas=a,b,c or repeated ?areas=a&areas=b (the picker form sends the latter).
  const raw = ([] as string[]).concat(params.areas ?? []).flatMap((v) => v.split(","));
  const codes = [...new Set(raw.filter((c) => AREA_CODE_PATTERN.test(c) && areas.some((a) => a.code === c)))].slice(0, 6);
  const payload = codes.length >= 2 ? getSideBySidePayload({ codes, year }) : null;

  return (
    <ClientMessages namespaces={["compare"]}>
      <div className="space-y-4">
        <nav className="text-sm" aria-label={t("breadcrumb")}>
          <Link href="/compare" className="text-brand-700 underline">{t("back")}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <form method="get" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" data-no-print>
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t("pick")}</legend>
            <div className="grid max-h-60 grid-cols-1 gap-1 overflow-y-auto text-sm sm:grid-cols-2 lg:grid-cols-3">
              {areas.map((a) => (
                <label key={a.code} className="flex items-center gap-2">
                  <input type="checkbox" name="areas" value={a.code} defaultChecked={codes.includes(a.code)} />
                  {shortAreaName(a, locale)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-end gap-3">
            <label className="text-sm">
              <span className="mb-1 block text-slate-700">{t("year")}</span>
              <select name="year" defaultValue={year} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
                {comparisonYears(latest).map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-800">{t("show")}</button>
          </div>
        </form>
        {payload ? (
          <SideBySide
            payload={payload}
            labels={Object.fromEntries(areas.map((a) => [a.code, shortAreaName(a, locale)]))}
            indicators={scoredIndicatorMeta(locale)}
          />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600" data-testid="pick-more">{t("pickHint")}</p>
        )}
      </div>
    </ClientMessages>
  );
}
