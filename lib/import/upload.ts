import { z } from "zod";
import { areaCodeSchema, blankToUndefined } from "@/lib/validations/values";
import { ImportError } from "./errors";
import { MAX_BODY_BYTES, MAX_FILE_BYTES } from "./limits";
import { IMPORT_MODES, type ImportFormat } from "./types";

// Reading the multipart upload of POST /api/v1/import: the size is checked before the body is read,
// and again while it is read, so that an oversized request is refused without being held in memory.

const fieldsSchema = z.strictObject({
  mode: z.enum(IMPORT_MODES, { error: "must be dry-run or commit" }),
  area: z.preprocess(blankToUndefined, areaCodeSchema.optional()),
});

export type Upload = { file: { name: string; format: ImportFormat; bytes: Uint8Array }; mode: z.output<typeof fieldsSchema>["mode"]; area?: string };

const tooLarge = () => new ImportError("file_too_large", `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`, { maxBytes: MAX_FILE_BYTES });

export async function readUpload(req: Request): Promise<Upload> {
  const { fields, files } = await readMultipart(req, MAX_BODY_BYTES, {
    notMultipart: () => new ImportError("not_multipart", "Send the file as multipart/form-data with the fields file, mode and (optionally) area."),
    tooLarge,
    malformed: () => new ImportError("malformed_upload", "The upload could not be read as multipart/form-data."),
  });
  // Unknown fields (and a file sent in another field) are refused by the strict schema: a 400 listing them.
  const { mode, area } = fieldsSchema.parse(fields);
  const file = files[0];
  if (files.length !== 1 || !file) throw new ImportError("no_file", "Attach exactly one file, in the field \"file\".");
  if (file.size === 0) throw new ImportError("empty_file", "The file is empty.");
  if (file.size > MAX_FILE_BYTES) throw tooLarge();

  const name = file.name.slice(0, 200);
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const format: ImportFormat | null = extension === "csv" || extension === "txt" ? "csv" : extension === "xlsx" ? "xlsx" : null;
  if (!format) {
    throw new ImportError("unsupported_type", "Upload a .xlsx or .csv file (an old .xls workbook: save it as .xlsx first).", { extension: extension ?? "" });
  }
  return { file: { name, format, bytes: new Uint8Array(await file.arrayBuffer()) }, mode, area };
}

/** The refusals of readMultipart, in the caller's own kind of error. */
export type MultipartRefusals = { notMultipart: () => Error; tooLarge: () => Error; malformed: () => Error };

/**
 * A multipart/form-data request's text fields (the first of each name) and its files sent as "file",
 * the body refused as too large before it is read (by its declared length) and while it is read.
 * Shared by the import and the evidence upload.
 */
export async function readMultipart(req: Request, cap: number, refuse: MultipartRefusals): Promise<{ fields: Record<string, unknown>; files: File[] }> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw refuse.notMultipart();
  if (Number(req.headers.get("content-length") ?? 0) > cap) throw refuse.tooLarge();
  const body = await readCapped(req, cap, refuse.tooLarge);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw refuse.malformed();
  }
  const fields: Record<string, unknown> = {};
  const files: File[] = [];
  for (const [name, value] of form.entries()) {
    if (name === "file" && typeof value !== "string") files.push(value);
    else if (!(name in fields)) fields[name] = value;
  }
  return { fields, files };
}

/** The request's body, refused with `tooLarge()` as soon as more than `cap` bytes have come. */
async function readCapped(req: Request, cap: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
