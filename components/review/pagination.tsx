import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = {
  /** The list's path; the filters are kept in the query string. */
  path: string;
  params: Record<string, string | number | undefined>;
  page: number;
  total: number;
  pageSize: number;
};

/** Previous / next links for a paged list whose filters live in the URL (review queue, audit trail). */
export function Pagination({ path, params, page, total, pageSize }: Props) {
  const t = useTranslations("review.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "page") query.set(k, String(v));
    if (p > 1) query.set("page", String(p));
    const qs = query.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3" data-testid="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span className="text-sm text-slate-700">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
