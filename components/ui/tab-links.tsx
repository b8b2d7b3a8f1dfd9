import { cva } from "class-variance-authority";
import Link from "next/link";

// Tabs that are links: each is a plain URL (shared, reloaded, opened in a new tab), the one shown
// marked aria-current="page". Not the ARIA tabs pattern, whose panels live in one page.
export const tabLinkVariants = cva("inline-block rounded-full px-3 py-1.5 text-sm", {
  variants: {
    current: {
      true: "bg-brand-700 font-medium text-white",
      false: "border border-slate-300 bg-white text-slate-800 hover:border-brand-700 hover:text-brand-700",
    },
  },
  defaultVariants: { current: false },
});

export type TabLink = { key: string; href: string; label: React.ReactNode; count?: number; current: boolean };

/** A row of link tabs in a named navigation landmark. */
export function TabLinks({ label, items, ...props }: { label: string; items: TabLink[] } & React.ComponentProps<"nav">) {
  return (
    <nav aria-label={label} {...props}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={item.current ? "page" : undefined} scroll={false} className={tabLinkVariants({ current: item.current })}>
              {item.label}
              {item.count !== undefined && (
                <>
                  {" "}
                  <span className={item.current ? "text-brand-100" : "text-slate-500"}>({item.count})</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
