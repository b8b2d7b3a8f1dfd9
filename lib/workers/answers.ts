import { AppError } from "@/lib/errors";
import { ImportError } from "@/lib/import/errors";
import type { ImportErrorReason } from "@/lib/import/types";

// A worker's answer crosses to the server's thread as a copy, and a thrown error loses its class on
// the way: an AppError (a 404, an upload refused with 413) would arrive as a bare Error and be
// answered 500. So the worker answers with its typed error as data, and the server throws it again.

export type SerializedError = { name: "AppError" | "ImportError"; code: AppError["code"]; message: string; details?: Record<string, unknown> };
export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; error: SerializedError };

/** The typed error as data; null for any other error (thrown on as it is: a fault, answered 500). */
export function serializeError(error: unknown): SerializedError | null {
  if (!(error instanceof AppError)) return null;
  return { name: error instanceof ImportError ? "ImportError" : "AppError", code: error.code, message: error.message, details: error.details };
}

export function deserializeError(error: SerializedError): AppError {
  if (error.name === "ImportError") {
    const { reason, ...params } = (error.details ?? {}) as { reason: ImportErrorReason } & Record<string, string | number>;
    return new ImportError(reason, error.message, params);
  }
  return new AppError(error.code, error.message, error.details);
}

/**
 * Any other error as a plain Error: an instance of a subclass (SQLite's, drizzle's) arrives on the
 * other side as a bare object without its message. The cause's message is kept with it, for the log.
 */
export function plainFault(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const cause = error.cause instanceof Error ? ` (${error.cause.name}: ${error.cause.message})` : "";
  const plain = new Error(`${error.name}: ${error.message}${cause}`);
  plain.stack = `${plain.message}\n${(error.stack ?? "").split("\n").slice(1).join("\n")}`;
  return plain;
}
