import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ImportError } from "./errors";
import { MAX_BODY_BYTES, MAX_FILE_BYTES } from "./limits";
import { readUpload } from "./upload";

function multipart(fields: Record<string, string | File>, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request("http://localhost:3000/api/v1/import", { method: "POST", body: form, headers });
}

const csv = (text: string, name = "values.csv") => new File([text], name, { type: "text/csv" });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("not refused");
}

describe("readUpload", () => {
  it("reads the file, the mode and the optional area", async () => {
    const upload = await readUpload(multipart({ mode: "dry-run", area: "xuzhou", file: csv("a,b\n") }));
    expect(upload).toMatchObject({ mode: "dry-run", area: "xuzhou", file: { name: "values.csv", format: "csv" } });
    expect(new TextDecoder().decode(upload.file.bytes)).toBe("a,b\n");
    expect((await readUpload(multipart({ mode: "commit", file: csv("x", "Book1.XLSX") }))).file.format).toBe("xlsx");
  });

  it("refuses what is not a multipart upload, with 415", async () => {
    const error = await refusal(readUpload(new Request("http://localhost/api/v1/import", { method: "POST", body: "{}", headers: { "content-type": "application/json" } })));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).status).toBe(415);
  });

  it("refuses an oversized request by its declared length before reading it, and by counting when it declares none", async () => {
    const declared = new Request("http://localhost/api/v1/import", {
      method: "POST",
      body: "--x--",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_BODY_BYTES + 1) },
    });
    expect(await refusal(readUpload(declared))).toMatchObject({ reason: "file_too_large", status: 413 });

    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const chunked = new Request("http://localhost/api/v1/import", {
      method: "POST",
      body: endless,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect(await refusal(readUpload(chunked))).toMatchObject({ reason: "file_too_large" });
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 256 * 1024);
  });

  it("refuses a missing, empty, oversized or unsupported file, unknown fields and a bad mode", async () => {
    expect(await refusal(readUpload(multipart({ mode: "commit" })))).toMatchObject({ reason: "no_file" });
    expect(await refusal(readUpload(multipart({ mode: "commit", file: csv("") })))).toMatchObject({ reason: "empty_file" });
    expect(await refusal(readUpload(multipart({ mode: "commit", file: csv("x", "old.xls") })))).toMatchObject({ reason: "unsupported_type", status: 415 });
    expect(await refusal(readUpload(multipart({ mode: "commit", file: csv("x".repeat(MAX_FILE_BYTES + 1)) })))).toMatchObject({ reason: "file_too_large" });
    expect(await refusal(readUpload(multipart({ mode: "commit", extra: "1", file: csv("x") })))).toBeInstanceOf(z.ZodError);
    expect(await refusal(readUpload(multipart({ mode: "overwrite", file: csv("x") })))).toBeInstanceOf(z.ZodError);
    expect(await refusal(readUpload(multipart({ mode: "commit", area: "../etc", file: csv("x") })))).toBeInstanceOf(z.ZodError);
  });
});
