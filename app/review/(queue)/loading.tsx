export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true">
      <div className="h-8 w-1/3 rounded bg-slate-200" />
      <div className="h-20 rounded-lg bg-slate-200" />
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-10 rounded bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
