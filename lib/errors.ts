// Typed errors thrown by queries and guards, turned into answers here and nowhere else: an HTTP
// response for route handlers (toErrorResponse), a failed result for server actions (toActionFailure).
export type ErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "bad_request" | "too_large" | "unsupported_type" | "internal";

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  bad_request: 400,
  too_large: 413,
  unsupported_type: 415,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: { code: "internal", message: "Internal error" } }, { status: 500 });
}

/** A server action's failed result: the typed error's message is the code the UI translates. */
export function toActionFailure(error: unknown): { ok: false; message: string } {
  if (error instanceof AppError) return { ok: false, message: error.message };
  console.error(error);
  return { ok: false, message: "internal" };
}
