import path from "node:path";
import { z } from "zod";

// The environment is read and validated once, here.
const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/monitor.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  DEMO_DATA: z.enum(["0", "1"]).default("1"),
  // How many reverse proxies in front of the app to trust for X-Forwarded-For: 0 (none; the
  // connection's own address is the client's) or, behind nginx or the like, 1. See
  // lib/auth/client-address.ts and docs/operations.md.
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // The share of a group's members that must have reported a year before it is ranked and offered
  // as the default year of the comparisons (docs/methodology.md, years that are ranked).
  REPORTING_THRESHOLD: z.coerce.number().gt(0).max(1).default(2 / 3),
  // Who sees values of years not yet approved: "approved" (the default) shows anonymous visitors and
  // viewers approved years only; "all" shows them every value (docs/security.md, published means approved).
  PUBLIC_DATA: z.enum(["approved", "all"]).default("approved"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

const databaseFile = path.isAbsolute(parsed.data.DATABASE_PATH)
  ? parsed.data.DATABASE_PATH
  : path.join(/*turbopackIgnore: true*/ process.cwd(), parsed.data.DATABASE_PATH);

/**
 * The folder of a database's evidence files, beside it and named after it (data/monitor.db →
 * data/monitor-attachments/): each database, a backup's copy too, has its own.
 */
export function attachmentsDirOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), `${path.basename(databaseFile, path.extname(databaseFile))}-attachments`);
}

export const env = {
  ...parsed.data,
  databaseFile,
  attachmentsDir: attachmentsDirOf(databaseFile),
  demoData: parsed.data.DEMO_DATA === "1",
};
