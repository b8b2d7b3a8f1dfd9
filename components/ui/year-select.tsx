/** A labelled choice of year for a plain GET form: the chosen year goes into the URL as `year`. */
export function YearSelect({ label, years, defaultValue }: { label: string; years: number[]; defaultValue: number }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-700">{label}</span>
      <select name="year" defaultValue={defaultValue} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
