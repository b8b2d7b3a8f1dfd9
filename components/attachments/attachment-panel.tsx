import { getLocale, getTranslations } from "next-intl/server";
import { listAttachments } from "@/db/queries/attachments";
import { getAreaYearState } from "@/db/queries/review";
import { getYearEntryContext } from "@/db/queries/values";
import { formatDateTime } from "@/components/audit/format";
import { ClientMessages } from "@/components/layout/client-messages";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { Notice } from "@/components/ui/notice";
import { canActOnArea } from "@/lib/auth/area-scope";
import type { Actor } from "@/lib/auth/permissions";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_AREA_YEAR } from "@/lib/domain/attachment-type";
import type { RECORD_STATUSES } from "@/lib/domain/enums";
import { localName } from "@/lib/i18n/localized";
import { listIndicators } from "@/lib/services/kept-reads";
import { AttachmentRemoveButton } from "./attachment-remove-button";
import { AttachmentUploadForm } from "./attachment-upload-form";

type Props = {
  area: { id: number; code: string; status: (typeof RECORD_STATUSES)[number] };
  year: number;
  user: Actor | null;
};

/** kB below a megabyte, MB from there, as people read file sizes. */
function formatSize(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${mb.toLocaleString(locale, { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString(locale)} kB`;
}

/**
 * An area-year's evidence files (the entry page and the review page): the list with a download for
 * each, to those who may read them; the upload and removal, to the area's writer while the year is
 * editable. Renders nothing for anyone else.
 */
export async function AttachmentPanel({ area, year, user }: Props) {
  if (!user || !canActOnArea(user, "attachments.read", area)) return null;
  const t = await getTranslations("attachments");
  const locale = await getLocale();
  const rows = listAttachments(area.id, year);
  const status = getAreaYearState(area.id, year).status;
  const editable = status !== "submitted" && status !== "approved";
  const canWrite = canActOnArea(user, "attachments.write", area);
  const names = Object.fromEntries(listIndicators().map((i) => [i.key, localName(i, locale)]));
  const flagged = canWrite && editable
    ? Object.values(getYearEntryContext(area.id, year).current)
        .filter((v) => v.flagged)
        .map((v) => ({ key: v.indicatorKey, name: names[v.indicatorKey] ?? v.indicatorKey }))
    : [];
  const limits = { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024, count: MAX_ATTACHMENTS_PER_AREA_YEAR };

  return (
    <ClientMessages namespaces={["attachments"]}>
      <section aria-labelledby="attachments-heading" className="space-y-3" data-testid="attachments">
        <h2 id="attachments-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{canWrite ? t("introWrite", limits) : t("introRead")}</p>
        {canWrite && !editable && <Notice tone="neutral">{t("locked")}</Notice>}
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="attachments-empty">
            {t("empty")}
          </p>
        ) : (
          <TableScroll label={t("caption", { year })}>
            <Table>
              <TableCaption>{t("caption", { year })}</TableCaption>
              <TableHeader>
                <TableRow head>
                  <TableHead>{t("columns.name")}</TableHead>
                  <TableHead>{t("columns.attachedTo")}</TableHead>
                  <TableHead numeric>{t("columns.size")}</TableHead>
                  <TableHead>{t("columns.uploaded")}</TableHead>
                  {canWrite && editable && <TableHead><span className="sr-only">{t("remove")}</span></TableHead>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id} data-testid="attachment-row">
                    <TableRowHeader>
                      {/* Always a download (the server says attachment); never opened in the page. */}
                      <a href={`/api/v1/attachments/${r.id}`} download={r.fileName} className="text-brand-700 underline" aria-label={t("download", { name: r.fileName })}>
                        {r.fileName}
                      </a>
                    </TableRowHeader>
                    <TableCell>{r.indicatorKey ? (names[r.indicatorKey] ?? r.indicatorKey) : t("wholeYear")}</TableCell>
                    <TableCell numeric>{formatSize(r.bytes, locale)}</TableCell>
                    <TableCell>{t("uploadedBy", { name: r.uploadedByName ?? "—", when: formatDateTime(r.uploadedAt, locale) })}</TableCell>
                    {canWrite && editable && (
                      <TableCell>
                        <AttachmentRemoveButton id={r.id} name={r.fileName} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
        {canWrite && editable && <AttachmentUploadForm areaCode={area.code} year={year} flagged={flagged} limits={limits} />}
      </section>
    </ClientMessages>
  );
}
