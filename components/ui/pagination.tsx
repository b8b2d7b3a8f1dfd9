import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageCount } from "@/lib/domain/pagination";
import { Button } from "./button";

type Common = { page: number; total: number; pageSize: number };
/** A server-paged list whose filters live in the URL: the pager is made of links (works without JS). */
type LinkProps = Common & {
  path: string;
  params: Record<string, string | number | undefined>;
  /** The query parameter holding the page, where one page shows two lists (the overview's levels). */
  pageParam?: string;
};
/** A client-paged list (the rankings table): the pager is made of buttons. */
type ButtonProps = Common & { onPageChange: (page: number) => void };

/** Previous / next and "page x of y" for a paged list (home, review queue, audit trail, rankings). */
export function Pagination(props: LinkProps | ButtonProps) {
  const t = useTranslations("pagination");
  const { page, total, pageSize } = props;
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const step = (to: number, rel: "prev" | "next", label: string) => {
    if ("onPageChange" in props) {
      return (
        <Button type="button" variant="outline" size="sm" onClick={() => props.onPageChange(to)}>
          {label}
        </Button>
      );
    }
    const pageParam = props.pageParam ?? "page";
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(props.params)) if (v !== undefined && v !== "" && k !== pageParam) query.set(k, String(v));
    if (to > 1) query.set(pageParam, String(to));
    const qs = query.toString();
    return (
      <Button asChild variant="outline" size="sm">
        <Link href={qs ? `${props.path}?${qs}` : props.path} rel={rel}>
          {label}
        </Link>
      </Button>
    );
  };
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3" data-testid="pagination">
      {page > 1 ? step(page - 1, "prev", t("previous")) : null}
      <span className="text-sm text-slate-700" aria-current="page" data-testid="page-of">
        {t("pageOf", { page, pages })}
      </span>
      {page < pages ? step(page + 1, "next", t("next")) : null}
    </nav>
  );
}
