import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
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
    <Card asChild>
      <section aria-labelledby={`${name}-heading`} className="space-y-3">
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
            <Field id={`${name}-area`} label={t("area")}>
              {(control) => (
                <Select {...control} name="area" required={area.required} defaultValue={area.all ? "all" : area.choices[0]?.code} className="max-w-xs">
                  {area.all && <option value="all">{t("all")}</option>}
                  {area.choices.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          {children}
          <Button type="submit" name="format" value="xlsx" size="sm" className="py-2">
            {t("xlsx")}
          </Button>
          <Button type="submit" name="format" value="csv" variant="secondary" size="sm" className="py-2">
            {t("csv")}
          </Button>
          <a href="/api/v1/export/definitions?format=csv" download className="py-2 text-sm text-brand-700 underline">
            {t("definitions")}
          </a>
        </form>
      </section>
    </Card>
  );
}
