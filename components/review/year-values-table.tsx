import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { IndicatorDef } from "@/db/queries/indicators";
import type { ReviewComment } from "@/db/queries/review";
import { INDICATOR_GROUPS } from "@/lib/domain/enums";
import { Badge } from "@/components/ui/badge";
import { Table, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";

type StoredValue = { value: number; note: string | null; source: string | null; flagged: boolean };

type Props = {
  areaCode: string;
  year: number;
  indicators: readonly IndicatorDef[];
  current: Record<string, StoredValue | undefined>;
  previous: Record<string, number | undefined>;
  /** Thread comments tied to one field, by indicator key. */
  comments: Record<string, ReviewComment[]>;
};

/** What a reviewer checks: each value of the year beside last year's, with its flag, note and remarks. */
export async function YearValuesTable({ areaCode, year, indicators, current, previous, comments }: Props) {
  const t = await getTranslations("review");
  const tg = await getTranslations("groups");
  const locale = await getLocale();
  const num = (v: number | undefined, decimals: number) => (v === undefined ? "—" : formatNumber(v, decimals, locale));
  const th = "px-3 text-xs";
  const td = "px-3 py-2";
  return (
    <TableScroll label={t("page.valuesCaption", { year })}>
      <Table data-testid="review-values">
        <TableCaption>{t("page.valuesCaption", { year })}</TableCaption>
        <TableHeader>
          <TableRow head>
            <TableHead sticky className={th}>{t("page.indicator")}</TableHead>
            <TableHead numeric className={th}>{t("page.value", { year })}</TableHead>
            <TableHead numeric className={th}>{t("page.lastYear", { year: year - 1 })}</TableHead>
            <TableHead className={th}>{t("page.noteAndFlag")}</TableHead>
            <TableHead className={th}>{t("page.remarks")}</TableHead>
          </TableRow>
        </TableHeader>
        {INDICATOR_GROUPS.map((group) => {
          const rows = indicators.filter((i) => i.group === group);
          if (rows.length === 0) return null;
          return (
            <tbody key={group} className="border-t border-slate-200">
              <TableRow className="bg-slate-50">
                <th scope="colgroup" colSpan={5} className="px-3 py-1.5 text-left text-xs font-semibold text-slate-700">
                  {/* The group's name stays in view while the row scrolls sideways. */}
                  <span className="sticky left-3">{tg(group)}</span>
                </th>
              </TableRow>
              {rows.map((ind) => {
                const v = current[ind.key];
                const remarks = comments[ind.key] ?? [];
                return (
                  <TableRow key={ind.key} data-testid={`review-value-${ind.key}`} data-flagged={v?.flagged ? "true" : "false"}>
                    <TableRowHeader sticky className={`${td} min-w-40`}>
                      {localName(ind, locale)} <span className="text-slate-600">({localUnit(ind, locale)})</span>
                      <Link
                        href={`/audit?area=${areaCode}&indicator=${ind.key}&entity=value`}
                        className="block text-xs text-brand-700 underline"
                        aria-label={t("page.historyOf", { name: localName(ind, locale) })}
                      >
                        {t("page.history")}
                      </Link>
                    </TableRowHeader>
                    <TableCell numeric className={td}>{v ? num(v.value, ind.decimals) : <span className="text-slate-600">{t("page.notReported")}</span>}</TableCell>
                    <TableCell numeric className={`${td} text-slate-700`}>{num(previous[ind.key], ind.decimals)}</TableCell>
                    <TableCell className={td}>
                      {v?.flagged && (
                        <Badge tone="warning" className="mr-1">
                          {t("page.flagged")}
                        </Badge>
                      )}
                      {v?.note && <span className="whitespace-pre-line">{v.note}</span>}
                    </TableCell>
                    <TableCell className={td}>
                      {remarks.map((c) => (
                        <p key={c.id} className="text-xs text-slate-800">
                          <span className="font-medium">{t(`kinds.${c.kind}`)}</span>: {c.body}
                        </p>
                      ))}
                    </TableCell>
                  </TableRow>
                );
              })}
            </tbody>
          );
        })}
      </Table>
    </TableScroll>
  );
}
