/** What the upload page needs to name an indicator in a problem or flag, in the reader's language. */
export type IndicatorLabel = { key: string; name: string; unit: string; decimals: number };
export type AreaChoice = { code: string; label: string };
