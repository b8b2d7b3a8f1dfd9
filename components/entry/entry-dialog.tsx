"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useLayoutEffect, useRef, type ReactNode } from "react";

// The entry form's modal dialogs (paste preview, review before saving), on Radix Dialog: focus moves
// in and is kept there, Escape closes, focus returns to where it was, the page behind is inert.

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer: ReactNode;
  testId: string;
  /** The element focused on opening (the main button), by id; otherwise the first focusable one. */
  initialFocus?: string;
  /** The element focused on closing, by id; otherwise the one focused before opening. */
  finalFocus?: string | null;
};

export function EntryDialog({ open, onOpenChange, title, description, children, footer, testId, initialFocus, finalFocus }: Props) {
  // The place to go is often chosen in the same update that closes the dialog, when its content no
  // longer renders: Radix asks for it after the update, so it is read from here, kept current.
  const finalRef = useRef(finalFocus);
  useLayoutEffect(() => {
    finalRef.current = finalFocus;
  });
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          className="fixed inset-x-2 top-[4vh] z-50 mx-auto flex max-h-[92vh] max-w-4xl flex-col rounded-lg bg-white shadow-xl sm:inset-x-6"
          data-testid={testId}
          onOpenAutoFocus={(e) => {
            const target = initialFocus ? document.getElementById(initialFocus) : null;
            if (target) {
              e.preventDefault();
              target.focus();
            }
          }}
          onCloseAutoFocus={(e) => {
            const id = finalRef.current;
            const target = id ? document.getElementById(id) : null;
            if (target) {
              e.preventDefault();
              target.focus();
            }
          }}
        >
          <div className="border-b border-slate-200 px-4 py-3">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Description asChild>
              <div className="mt-1 space-y-1 text-sm text-slate-700">{description}</div>
            </Dialog.Description>
          </div>
          {/* Focusable, so that a long list scrolls from the keyboard too. */}
          <div className="min-h-0 flex-1 overflow-y-auto px-4 py-3" tabIndex={0} role="group" aria-label={title}>
            {children}
          </div>
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-4 py-3">{footer}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
