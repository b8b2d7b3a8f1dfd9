export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true">
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-10 w-1/2 rounded bg-slate-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-48 rounded-lg bg-slate-200" />
      ))}
    </div>
  );
}
