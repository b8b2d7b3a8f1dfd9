import { formatNumber, planNarrative, type Phrase, type Quoted, type SummaryFacts } from "@/lib/domain/summary/narrative";
import { messagesTranslator, type Translate } from "./translator";

// The narrative written out: the sentences lib/domain/summary/narrative.ts plans, in the words of
// each language's messages (summary.narrative).

export type Sentence = {
  id: string;
  text: string;
  /** Paths into SummaryFacts; array elements are addressed by indicatorKey or key ("progress.rd_intensity"). */
  sources: string[];
};

export type Narrative = { zh: Sentence[]; en: Sentence[] };

type Locale = keyof Narrative;

function quoted(value: Quoted, t: Translate, locale: Locale): string | number {
  if (typeof value === "number") return value;
  if ("fixed" in value) return formatNumber(value.fixed, value.decimals);
  if ("name" in value) return value.name[locale];
  if ("list" in value) return value.list.map((v) => quoted(v, t, locale)).join(t(value.separator ?? "summary.separator"));
  return phrase(value, t, locale);
}

/** One message with its values, each written in the same language first. */
export function phrase(p: Phrase, t: Translate, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p.values ?? {})) values[name] = quoted(value, t, locale);
  return t(p.message, values);
}

/** The narrative of these facts in both languages, sentence by sentence. */
export function writeNarrative(facts: SummaryFacts): Narrative {
  const plan = planNarrative(facts);
  const write = (locale: Locale): Sentence[] => {
    const t = messagesTranslator(locale);
    return plan.map((s) => ({ id: s.id, text: phrase(s.phrase, t, locale), sources: s.sources }));
  };
  return { zh: write("zh"), en: write("en") };
}
