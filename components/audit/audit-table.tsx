import { getLocale, getTranslations } from "next-intl/server";
import type { AuditRecordRow } from "@/db/queries/audit";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { ChangeList } from "./change-list";
import { formatDateTime } from "./format";

/** One page of audit records: who, when, what, old → new and why. */
export async function AuditTable({ rows }: { rows: AuditRecordRow[] }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  if (rows.length === 0) {
    return (
      <Card variant="empty" padding="lg" data-testid="audit-empty">
        {t("none")}
      </Card>
    );
  }
  const th = "px-3 text-xs";
  const td = "px-3 py-2";
  return (
    <TableScroll label={t("caption")}>
      <Table>
        <TableCaption>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow head>
            <TableHead sticky className={th}>{t("columns.when")}</TableHead>
            <TableHead className={th}>{t("columns.who")}</TableHead>
            <TableHead className={th}>{t("columns.what")}</TableHead>
            <TableHead className={th}>{t("columns.change")}</TableHead>
            <TableHead className={th}>{t("columns.reason")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id} data-testid="audit-row" data-entity={r.entity} data-action={r.action} data-key={r.entityKey} className="align-top">
              <TableRowHeader sticky className={`${td} whitespace-nowrap tabular-nums`}>
                <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time>
              </TableRowHeader>
              <TableCell className={td}>
                {r.actorName ? (
                  <>
                    <span className="font-medium">{r.actorName}</span>
                    <span className="block text-xs text-slate-600">{r.actorEmail}</span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("system")}</span>
                )}
              </TableCell>
              <TableCell className={`${td} min-w-48`}>
                <span className="font-medium">{t.has(`entities.${r.entity}`) ? t(`entities.${r.entity}`) : r.entity}</span> ·{" "}
                {t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}
                <span className="block break-all font-mono text-xs text-slate-700">{r.entityKey}</span>
              </TableCell>
              <TableCell className={`${td} min-w-48`}>
                <ChangeList changes={r.changes} />
              </TableCell>
              <TableCell className={`${td} whitespace-pre-line`}>{r.reason ?? <span className="text-slate-600">{t("empty")}</span>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
