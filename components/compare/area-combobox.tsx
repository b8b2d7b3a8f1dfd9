"use client";

import { useCombobox } from "downshift";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { popoverSurfaceClass } from "@/components/ui/popover-surface";
import { useAreaSearch, type AreaOption } from "@/lib/query/use-areas";
import { cn } from "@/lib/utils";

/**
 * The area compared: a text box that searches every area on the server (code, names, member cities,
 * province) and lists the first matches. A list of all areas would be 3,000 options in every page.
 * downshift gives it the combobox pattern of WAI-ARIA: arrows move through the matches, Enter picks,
 * Escape closes. Keyed by the area by its caller, so that a new area starts it afresh.
 */
export function AreaCombobox({ value, onChange, label, testId }: { value: AreaOption; onChange: (area: AreaOption) => void; label: string; testId: string }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const [input, setInput] = useState(value.label);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  // The search follows the typing after a pause, not every keystroke; the name already shown lists
  // the first areas.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(input === value.label ? "" : input), 200);
    return () => clearTimeout(timer);
  }, [input, value.label]);
  const { data, isFetching } = useAreaSearch(query, locale, open);
  const options = data ?? [];
  const { getLabelProps, getMenuProps, getInputProps, getItemProps, highlightedIndex } = useCombobox<AreaOption>({
    items: options,
    isOpen: open,
    selectedItem: value,
    inputValue: input,
    itemToString: (item) => item?.label ?? "",
    onInputValueChange: ({ inputValue }) => setInput(inputValue),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem && selectedItem.code !== value.code) onChange(selectedItem);
    },
    onIsOpenChange: ({ isOpen }) => {
      setOpen(!!isOpen);
      // Leaving the box without a choice shows the area compared again.
      if (!isOpen) setInput(value.label);
    },
  });

  return (
    <div className="relative">
      <Label {...getLabelProps()}>{label}</Label>
      <Input {...getInputProps({ placeholder: t("areaPlaceholder") })} data-testid={testId} />
      <ul
        {...getMenuProps()}
        className={cn(popoverSurfaceClass, "absolute z-20 mt-1 max-h-72 w-full overflow-y-auto", !open && "hidden")}
        data-testid={`${testId}-options`}
      >
        {open &&
          options.map((option, index) => (
            <li
              key={option.code}
              {...getItemProps({ item: option, index })}
              className={cn("cursor-pointer px-2 py-1.5", highlightedIndex === index && "bg-brand-50", option.code === value.code && "font-semibold")}
            >
              {option.label} <span className="text-xs text-slate-500">{option.code}</span>
            </li>
          ))}
        {open && options.length === 0 && <li className="px-2 py-1.5 text-slate-600">{isFetching ? t("loadingAreas") : t("noAreaMatch")}</li>}
      </ul>
    </div>
  );
}
