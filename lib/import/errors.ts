import { AppError } from "@/lib/errors";
import type { ImportErrorReason } from "./types";

const STATUS: Record<ImportErrorReason, number> = {
  not_multipart: 415,
  unsupported_type: 415,
  file_too_large: 413,
  too_many_rows: 413,
  too_many_columns: 400,
  malformed_upload: 400,
  no_file: 400,
  empty_file: 400,
  unreadable_file: 400,
  not_utf8: 400,
  no_rows: 400,
};

/**
 * An upload refused as a whole (too large, not a spreadsheet, unreadable). A bad request with its own
 * status (413, 415 or 400) and a `reason` the page translates; turned into JSON by toErrorResponse.
 */
export class ImportError extends AppError {
  constructor(
    public readonly reason: ImportErrorReason,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    super("bad_request", message, { reason, ...params });
    this.name = "ImportError";
  }

  override get status(): number {
    return STATUS[this.reason];
  }
}
