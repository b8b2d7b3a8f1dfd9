import { useLocale, useTranslations } from "next-intl";
import type { AuditChange, AuditScalar } from "@/db/queries/audit";
import { numberFormat } from "@/lib/i18n/localized";

const STATUS_FIELDS = new Set(["status"]);

/** A record's changed fields as "field: old → new", with field names and states in words. */
export function ChangeList({ changes }: { changes: AuditChange[] }) {
  const t = useTranslations("audit");
  const locale = useLocale();
  const show = (field: string, v: AuditScalar | undefined): string => {
    if (v === undefined || v === null || v === "") return t("empty");
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number") return numberFormat(locale, { maximumFractionDigits: 6 }).format(v);
    if (STATUS_FIELDS.has(field) && t.has(`states.${v}`)) return t(`states.${v}`);
    if (field === "role" && t.has(`roles.${v}`)) return t(`roles.${v}`);
    return v;
  };
  if (changes.length === 0) return <span className="text-slate-600">{t("empty")}</span>;
  return (
    <ul className="space-y-0.5">
      {changes.map((c) => (
        <li key={c.field} data-field={c.field}>
          <span className="text-slate-600">{t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field}:</span>{" "}
          <span className="tabular-nums">{show(c.field, c.before)}</span> → <span className="tabular-nums font-medium">{show(c.field, c.after)}</span>
        </li>
      ))}
    </ul>
  );
}
