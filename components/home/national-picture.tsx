import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { TILE_COLUMNS, TILE_ROWS, tileDots, type TileTone } from "@/lib/domain/province-tiles";
import { formatNumber } from "@/lib/i18n/localized";
import type { NationalPicture as Picture, MixStatus } from "@/lib/services/national-picture";
import { cn } from "@/lib/utils";

// The home page's national picture: reporting progress, every target's status as one bar, the areas
// on a tile grid of the provinces (a tile filters the list), and the year's leaders and movers.

const MIX_COLOUR: Record<MixStatus, string> = {
  met: "bg-emerald-700",
  achieved: "bg-emerald-700",
  on_track: "bg-emerald-500",
  moderate: "bg-amber-400",
  limited: "bg-orange-500",
  deterioration: "bg-red-600",
  missed: "bg-red-600",
  no_data: "bg-slate-300",
};
const TONE_DOT: Record<TileTone, string> = { good: "bg-emerald-600", fair: "bg-amber-400", poor: "bg-red-600", none: "bg-slate-300" };

export async function NationalPicture({ picture, province }: { picture: Picture; province?: string }) {
  const t = await getTranslations("home.picture");
  const ts = await getTranslations("status");
  const ta = await getTranslations("area");
  const locale = await getLocale();
  const name = (n: { zh: string; en: string }) => (locale === "en" ? n.en : n.zh);
  const provinceName = (p: string) => (ta.has(`provinces.${p}`) ? ta(`provinces.${p}`) : p);
  const { reporting, mix } = picture;
  const totalTargets = mix.reduce((s, m) => s + m.count, 0);
  const shown = mix.filter((m) => m.count > 0);
  const mixLabel = (s: MixStatus) => (s === "no_data" ? t("noData") : ts(s));
  const pct = (n: number, of: number) => (of > 0 ? `${formatNumber((n / of) * 100, 0, locale)}%` : "—");

  return (
    <Card asChild>
      <section aria-labelledby="national-picture" className="space-y-4" data-testid="national-picture">
        <h2 id="national-picture" className="text-lg font-semibold">
          {t("heading", { year: picture.year })}
        </h2>

        <div className="grid gap-3 sm:grid-cols-3" data-testid="picture-reporting">
          {[
            ["reported", reporting.reported],
            ["submitted", reporting.submitted],
            ["approved", reporting.approved],
          ].map(([key, n]) => (
            <div key={key as string} className="rounded-md border border-slate-200 p-3">
              <p className="text-xs text-slate-600">{t(`reporting.${key}`, { year: picture.year })}</p>
              <p className="text-xl font-semibold tabular-nums" data-testid={`picture-${key}`}>
                {t("ofMembers", { count: n as number, members: reporting.members })}
              </p>
            </div>
          ))}
        </div>

        <div>
          <h3 className="mb-1 text-sm font-semibold">{t(picture.judged ? "mixJudged" : "mixOpen", { period: name(picture.period), count: totalTargets })}</h3>
          {/* One bar of every target by status; the list beside it is the same numbers in words. */}
          <div className="flex h-4 w-full overflow-hidden rounded" aria-hidden="true">
            {shown.map((m) => (
              <div key={m.status} className={MIX_COLOUR[m.status]} style={{ width: `${(m.count / totalTargets) * 100}%` }} />
            ))}
          </div>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" data-testid="picture-mix">
            {shown.map((m) => (
              <li key={m.status} className="flex items-center gap-1.5" data-status={m.status}>
                <span className={cn("inline-block size-2.5 rounded-sm", MIX_COLOUR[m.status])} aria-hidden="true" />
                {mixLabel(m.status)} <span className="tabular-nums">{t("mixCount", { count: m.count, share: pct(m.count, totalTargets) })}</span>
              </li>
            ))}
          </ul>
        </div>

        <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_1fr]">
          <div>
            <h3 className="mb-1 text-sm font-semibold">{t("tilesHeading")}</h3>
            <p className="mb-2 text-xs text-slate-600">{t("tilesHint")}</p>
            <nav aria-label={t("tilesHeading")}>
              <ol className="grid gap-1" style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, auto)` }}>
                {picture.tiles.map((tile) => {
                  const label = t("tileLabel", { province: provinceName(tile.province), areas: t("areasCount", { count: tile.areas.length }) });
                  const style = { gridRow: tile.row + 1, gridColumn: tile.column + 1 };
                  const body = (
                    <>
                      <span className="block truncate text-[11px] leading-tight">{provinceName(tile.province)}</span>
                      <span className="mt-0.5 flex flex-wrap gap-0.5">
                        <TileMarks areas={tile.areas} nameOf={name} toneLabel={(tone) => t(`tones.${tone}`)} />
                      </span>
                    </>
                  );
                  return (
                    <li key={tile.province} style={style} className="aspect-square min-w-0">
                      {tile.areas.length > 0 ? (
                        <Link
                          href={tile.province === province ? "/#area-list" : `/?province=${encodeURIComponent(tile.province)}#area-list`}
                          aria-label={label}
                          aria-current={tile.province === province ? "true" : undefined}
                          className={cn(
                            "block h-full rounded border p-0.5 hover:border-brand-700",
                            tile.province === province ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white",
                          )}
                          data-testid={`tile-${tile.province}`}
                        >
                          {body}
                        </Link>
                      ) : (
                        <span className="block h-full rounded border border-dashed border-slate-200 p-0.5 text-slate-600" aria-label={label}>
                          {body}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </nav>
            <ul className="mt-2 flex flex-wrap gap-x-3 text-xs text-slate-700">
              {(["good", "fair", "poor", "none"] as const).map((tone) => (
                <li key={tone} className="flex items-center gap-1">
                  <span className={cn("inline-block size-2 rounded-full", TONE_DOT[tone])} aria-hidden="true" />
                  {t(`tones.${tone}`)}
                </li>
              ))}
            </ul>
          </div>

          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t("leaders")}</h3>
              <ol className="space-y-1 text-sm" data-testid="picture-leaders">
                {picture.leaders.map((l, i) => (
                  <li key={l.code} className="flex justify-between gap-2">
                    <Link href={`/areas/${l.code}`} className="text-brand-700 hover:underline">
                      {i + 1}. {name(l.names)}
                    </Link>
                    <span className="tabular-nums font-semibold">{formatNumber(l.composite, 1, locale)}</span>
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t("movers", { year: picture.year - 1 })}</h3>
              <ol className="space-y-1 text-sm" data-testid="picture-movers">
                {picture.movers.map((m) => (
                  <li key={m.code} className="flex justify-between gap-2">
                    <Link href={`/areas/${m.code}`} className="text-brand-700 hover:underline">
                      {name(m.names)}
                    </Link>
                    <span className={cn("tabular-nums font-semibold", m.change > 0 ? "text-emerald-800" : "text-red-800")}>
                      {m.change > 0 ? "+" : "−"}
                      {formatNumber(Math.abs(m.change), 1, locale)}
                    </span>
                  </li>
                ))}
              </ol>
              <p className="mt-1 text-xs text-slate-600">{t("compositeNote")}</p>
            </div>
          </div>
        </div>
      </section>
    </Card>
  );
}

/** A tile's areas: a dot each (named on hover), or, for a crowded tile, a dot per tone with its count. */
type TileArea = Picture["tiles"][number]["areas"][number];

function TileMarks({ areas, nameOf, toneLabel }: { areas: TileArea[]; nameOf: (names: TileArea["names"]) => string; toneLabel: (tone: TileTone) => string }) {
  const dots = tileDots(areas);
  if (dots.kind === "areas") return dots.areas.map((a) => <span key={a.code} className={cn("inline-block size-2 rounded-full", TONE_DOT[a.tone])} title={nameOf(a.names)} />);
  return dots.counts.map((c) => (
    <span key={c.tone} className="inline-flex items-center gap-0.5 text-[10px] leading-none" title={toneLabel(c.tone)}>
      <span className={cn("inline-block size-2 rounded-full", TONE_DOT[c.tone])} />
      {c.count}
    </span>
  ));
}
