import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { YearSelect } from "@/components/ui/year-select";

/** Choosing the year is a plain GET form, so the year stays in the URL. */
export async function YearPicker({ code, year, first, last }: { code: string; year: number; first: number; last: number }) {
  const t = await getTranslations("entry");
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return (
    <form method="get" action={`/areas/${code}/entry`} className="flex items-end gap-2">
      <YearSelect label={t("year")} years={years} defaultValue={year} />
      <Button type="submit" variant="outline" size="sm">
        {t("open")}
      </Button>
    </form>
  );
}
