import { z } from "zod";

// What people type is stored and later written into .docx, .xlsx and .pdf files, whose XML cannot
// hold most control characters: one such character (pasted from another program, or typed by a
// script) would make the summary or the export unreadable. They are refused on input, in every
// free-text field, with the code below, and stripped again where files are written.

/**
 * The characters XML 1.0 forbids, and U+FFFE/U+FFFF (not characters at all). Tab, line feed and
 * carriage return are allowed: notes and remarks may have several lines.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const CONTROL_CHARACTERS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The message (and code the UI translates) of a field holding a control character. */
export const CONTROL_CHARACTERS_ERROR = "control_characters";

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The text without the characters a document's XML cannot hold: the writers' second guard, for values stored before the rule. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARACTERS_ALL, "");
}

/** A string schema for text people type: refuses control characters. Chain .trim(), .min(), .max() after it. */
export function freeText(params?: { error?: string }) {
  return z.string(params).refine((s) => !hasControlCharacters(s), { error: CONTROL_CHARACTERS_ERROR });
}
