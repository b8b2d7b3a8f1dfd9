import { useLocale, useTranslations } from "next-intl";
import type { ReviewComment } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { Card } from "@/components/ui/card";

type Props = {
  comments: ReviewComment[];
  /** Indicator key → its name in the current language, for comments tied to one field. */
  indicatorNames: Record<string, string>;
  headingId: string;
  heading: string;
};

/** An area-year's thread, oldest first: comments and the remarks given with each state change. */
export function CommentThread({ comments, indicatorNames, headingId, heading }: Props) {
  const t = useTranslations("review");
  const locale = useLocale();
  return (
    <Card asChild>
      <section aria-labelledby={headingId} className="space-y-3" data-testid="comment-thread">
        <h2 id={headingId} className="text-lg font-semibold">
          {heading}
        </h2>
        {comments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("thread.none")}</p>
        ) : (
          <ol className="space-y-3">
            {comments.map((c) => (
              <li key={c.id} className="border-l-4 border-slate-200 pl-3 text-sm" data-testid="thread-comment" data-kind={c.kind} data-indicator={c.indicatorKey ?? ""}>
                <p className="text-xs text-slate-600">
                  <span className="font-medium text-slate-800">{c.authorName}</span> · {t(`roles.${c.authorRole}`)} ·{" "}
                  <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, locale)}</time> · {t(`kinds.${c.kind}`)}
                  {c.indicatorKey && <> · {t("thread.about", { name: indicatorNames[c.indicatorKey] ?? c.indicatorKey })}</>}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-900">{c.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Card>
  );
}
