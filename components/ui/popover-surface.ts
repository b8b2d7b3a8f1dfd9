// The floating box of a list or a tip laid over the page (the area combobox's matches, a chart's
// tooltip): white, a light border and a shadow, so that it stands above what it covers.
export const popoverSurfaceClass = "rounded-md border border-slate-300 bg-white text-slate-900 shadow-lg";
