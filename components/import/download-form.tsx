import { getTranslations } from "next-intl/server";
import type { AreaChoice } from "./types";

/** The area a download is for: fixed (an official's own), or chosen from a list, with "all areas" first where allowed. */
export type DownloadArea = { fixed: AreaChoice } | { choices: AreaChoice[]; all: boolean; required: boolean };

type Props = {
  /** Names the heading (`<name>-heading`) and the form's test id (`<name>-form`). */
  name: string;
  /** Messages with `area`, `all`, `help`, `xlsx`, `csv` and `definitions`. */
  namespace: "export" | "import.template";
  heading: string;
  action: string;
  area: DownloadArea;
  /** Fields between the area and the buttons. */
  children?: React.ReactNode;
};

/** A plain GET form: the file downloads and the page stays as it is. */
export async function DownloadForm({ name, namespace, heading, action, area, children }: Props) {
  const t = await getTranslations(namespace);
  return (
    <section aria-labelledby={`${name}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${name}-heading`} className="text-lg font-semibold">{heading}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("help")}</p>
      <form method="get" action={action} className="flex flex-wrap items-end gap-3" data-testid={`${name}-form`}>
        {"fixed" in area ? (
          <>
            <input type="hidden" name="area" value={area.fixed.code} />
            <p className="text-sm">
              <span className="mb-1 block text-slate-700">{t("area")}</span>
              <span className="inline-block py-1.5 font-medium">{area.fixed.label}</span>
            </p>
          </>
        ) : (
          <label className="text-sm">
            <span className="mb-1 block text-slate-700">{t("area")}</span>
            <select name="area" required={area.required} defaultValue={area.all ? "all" : area.choices[0]?.code} className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {area.all && <option value="all">{t("all")}</option>}
              {area.choices.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {children}
        <button type="submit" name="format" value="xlsx" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("xlsx")}
        </button>
        <button type="submit" name="format" value="csv" className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {t("csv")}
        </button>
        <a href="/api/v1/export/definitions?format=csv" download className="py-2 text-sm text-brand-700 underline">
          {t("definitions")}
        </a>
      </form>
    </section>
  );
}
