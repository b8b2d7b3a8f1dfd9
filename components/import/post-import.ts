import type { ImportMode } from "@/lib/import/types";

export type PostImportAnswer = { status: number; body: unknown };

/**
 * Sends the file with XMLHttpRequest: unlike fetch, it reports upload progress. Resolves with the
 * status and the parsed JSON (null when the answer was not JSON); rejects only on a network failure.
 */
export function postImport(file: File, mode: ImportMode, onUploadProgress: (fraction: number) => void, onUploaded: () => void): Promise<PostImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/import");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onUploadProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onUploaded();
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown });
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("network"));
    const form = new FormData();
    form.append("mode", mode);
    form.append("file", file);
    xhr.send(form);
  });
}
