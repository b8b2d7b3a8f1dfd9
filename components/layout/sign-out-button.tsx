"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { clearEntryDrafts } from "@/components/entry/entry-draft";

/** Offices share computers: an unsaved entry draft does not outlive the session of the person who typed it. */
export function signOutClearingDrafts() {
  clearEntryDrafts();
  void signOut({ callbackUrl: "/" });
}

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={signOutClearingDrafts}
      className="rounded-md px-2.5 py-1 text-sm hover:bg-white/10"
    >
      {t("signOut")}
    </button>
  );
}
