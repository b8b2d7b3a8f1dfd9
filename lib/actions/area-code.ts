"use server";

import { z } from "zod";
import { listAreaCodes } from "@/db/queries/areas";
import { proposeAreaCode } from "@/lib/domain/area-code";

const nameSchema = z.string().trim().min(1).max(120);

/**
 * The code the registration form proposes for a new area's Chinese name: the place in pinyin and the
 * zone's kind, unique among the codes in use. Read-only (it writes nothing), so it needs no
 * permission; null for a name it cannot spell.
 */
export async function suggestAreaCode(nameZh: unknown): Promise<string | null> {
  const parsed = nameSchema.safeParse(nameZh);
  if (!parsed.success) return null;
  return proposeAreaCode(parsed.data, listAreaCodes());
}
