/** What a page shows while it is being made on the server: grey blocks in the shape of a heading, an intro and cards. */
export function PageSkeleton() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true">
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-24 rounded-lg bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-28 rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
