import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/audit/format";
import { ClientMessages } from "@/components/layout/client-messages";
import { NotificationList } from "@/components/todo/notification-list";
import { OfficialTodo } from "@/components/todo/official-todo";
import { ReviewTodo } from "@/components/todo/review-todo";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { formatDay } from "@/lib/i18n/dates";
import { shortAreaName } from "@/lib/i18n/localized";
import { countTodo, getTodo } from "@/lib/services/todo";

export async function generateMetadata() {
  return { title: (await getTranslations("todo"))("title") };
}

/** 待办: where officials and reviewers land after signing in; anyone with no part here goes on to the home page. */
export default async function TodoPage() {
  const user = await guardPage("areas.read", "/todo");
  const todo = getTodo(user, new Date(), { record: true });
  if (!todo.official && !todo.review && !todo.pending && todo.notifications.length === 0) redirect("/");
  const t = await getTranslations("todo");
  const locale = await getLocale();
  const total = countTodo(todo).todo;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700" data-testid="todo-summary">
          {t("summary", { today: formatDay(todo.today, locale), count: total })}
        </p>
      </div>
      {todo.notifications.length > 0 && (
        <section aria-labelledby="todo-notifications" className="space-y-2">
          <h2 id="todo-notifications" className="text-lg font-semibold">{t("notificationsTitle", { count: todo.notifications.length })}</h2>
          <ClientMessages namespaces={["todo"]}>
            <NotificationList
              items={todo.notifications.map((n) => ({
                id: n.id,
                text: t(`notification.${n.kind}`, { area: shortAreaName(n, locale), year: n.year }),
                when: formatDateTime(n.createdAt, locale),
                href: n.kind === "submitted" ? `/review/${n.areaCode}/${n.year}` : `/areas/${n.areaCode}/entry?year=${n.year}`,
              }))}
            />
          </ClientMessages>
        </section>
      )}
      {todo.pending && (
        <section aria-labelledby="todo-pending" className="space-y-2">
          <h2 id="todo-pending" className="text-lg font-semibold">{t("pendingTitle")}</h2>
          <Card asChild padding="sm">
            <p className="text-sm" data-testid="todo-pending">
              {todo.pending.accounts === 0 ? t("pendingNone") : t("pendingText", { accounts: todo.pending.accounts, areas: todo.pending.areas })}{" "}
              {todo.pending.accounts > 0 && (
                <Link href="/admin/approvals" className="text-brand-700 underline">{t("pendingLink")}</Link>
              )}
            </p>
          </Card>
        </section>
      )}
      {todo.official && <OfficialTodo part={todo.official} />}
      {todo.review && <ReviewTodo part={todo.review} />}
    </div>
  );
}
