import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentAudience } from "@/lib/auth/audience";
import { getDefaultComparisonYear } from "@/lib/services/composite";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { SideBySide } from "@/components/compare/side-by-side";
import { comparisonYears, getSideBySidePayload, scoredIndicatorMeta } from "@/lib/services/compare";
import { AREA_CODE_PATTERN } from "@/lib/domain/peer-groups";
import { shortAreaName } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("sideBySide"))("title") };
}

export default async function SideBySidePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("sideBySide");
  const locale = await getLocale();
  const areas = listPeerAreas();
  const audience = await currentAudience();
  const latest = getDefaultComparisonYear(audience) ?? new Date().getFullYear() - 1;
  const year = Number(params.year) || latest;
  // ?areas=a,b,c or repeated ?areas=a&areas=b (the picker form sends the latter).
  const raw = ([] as string[]).concat(params.areas ?? []).flatMap((v) => v.split(","));
  const codes = [...new Set(raw.filter((c) => AREA_CODE_PATTERN.test(c) && areas.some((a) => a.code === c)))].slice(0, 6);
  const payload = codes.length >= 2 ? getSideBySidePayload({ codes, year, audience }) : null;

  return (
    <ClientMessages namespaces={["compare"]}>
      <div className="space-y-4">
        <nav className="text-sm" aria-label={t("breadcrumb")}>
          <Link href="/compare" className="text-brand-700 underline">{t("back")}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <Card asChild padding="sm">
          <form method="get" className="space-y-3" data-no-print>
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
              <Field id="side-by-side-year" label={t("year")}>
                {(control) => (
                  <Select {...control} name="year" defaultValue={year} className="w-auto">
                    {comparisonYears(latest).map((y) => (
                      <option key={y} value={y}>{y}</option>
                    ))}
                  </Select>
                )}
              </Field>
              <Button type="submit" size="sm">
                {t("show")}
              </Button>
            </div>
          </form>
        </Card>
        {payload ? (
          <SideBySide
            payload={payload}
            labels={Object.fromEntries(areas.map((a) => [a.code, shortAreaName(a, locale)]))}
            indicators={scoredIndicatorMeta(locale)}
          />
        ) : (
          <Card asChild variant="empty" padding="lg">
            <p data-testid="pick-more">{t("pickHint")}</p>
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
