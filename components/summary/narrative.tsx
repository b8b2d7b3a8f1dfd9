import type { Sentence } from "@/lib/i18n/narrative";
import type { ReportT } from "@/lib/reports/labels";
import { sectionHeading, sectionNumber, sentenceSection } from "@/lib/reports/summary-document";

/**
 * The generated paragraph, in the page's language. Each sentence is followed by a small link to the part of
 * the page whose numbers it quotes, so every sentence can be traced to a figure shown.
 */
export function NarrativeParagraph({ lang, sentences, t }: { lang: "zh" | "en"; sentences: Sentence[]; t: ReportT }) {
  return (
    <div lang={lang === "zh" ? "zh-CN" : "en"} className="space-y-1" data-testid={`narrative-${lang}`}>
      <p className="text-sm leading-relaxed text-slate-900">
        {sentences.map((s) => {
          const section = sentenceSection(s);
          return (
            <span key={s.id}>
              <span data-sentence={s.id} data-testid={`sentence-${lang}-${s.id}`}>
                {s.text}
              </span>
              {section && (
                <a
                  href={`#${section}`}
                  className="mx-0.5 align-super text-[0.65rem] text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t("summary.narrative.see", { number: sectionNumber(section), section: sectionHeading(t, section) })}
                  title={t("summary.narrative.see", { number: sectionNumber(section), section: sectionHeading(t, section) })}
                >
                  {sectionNumber(section)}
                </a>
              )}
              {lang === "en" ? " " : ""}
            </span>
          );
        })}
      </p>
    </div>
  );
}
