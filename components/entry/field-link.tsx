"use client";

import type { ReactNode } from "react";

type Props = { fieldId: string; children: ReactNode; className?: string };

/**
 * A link to one field of the entry form: it scrolls the field to the middle of the screen and puts
 * the cursor in it (following "#id" alone scrolls without focusing). Without script it is a plain
 * link to the fragment.
 */
export function FieldLink({ fieldId, children, className = "underline" }: Props) {
  return (
    <a
      href={`#${fieldId}`}
      onClick={(e) => {
        const field = document.getElementById(fieldId);
        if (!field) return;
        e.preventDefault();
        field.scrollIntoView({ block: "center" });
        field.focus();
      }}
      className={className}
    >
      {children}
    </a>
  );
}
