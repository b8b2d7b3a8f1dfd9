// JavaScript a page makes the browser load: every /_next/static/…/*.js its HTML references (but noModule ones), as sent and gzipped at level 9.
import http from "node:http";
import zlib from "node:zlib";

export type PageJs = {
  page: string;
  scripts: number;
  /** noModule scripts referenced but not counted. */
  noModuleSkipped: string[];
  /** The files decoded, as the browser runs them. */
  rawBytes: number;
  /** gzip at level 9 of each file, summed: comparable across servers. */
  gzip9Bytes: number;
  /** What the server actually sent (its own compression), or null where it sent a file uncompressed. */
  transferBytes: number | null;
  largest: { file: string; gzip9Bytes: number }[];
  /** The HTML document itself, decoded. */
  htmlBytes: number;
  /** Inline <script> text in it (mostly the React Server Components payload Next streams into the page). */
  inlineScriptBytes: number;
};

// Bytes as they come off the wire, asking for gzip: `fetch` would decompress them.
function getRaw(url: string, cookie?: string): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) }, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
  });
}

const decode = (r: { encoding: string | undefined; body: Buffer }) => (r.encoding === "gzip" ? zlib.gunzipSync(r.body) : r.body);

export async function pageJavaScript(base: string, page: string, cookie?: string): Promise<PageJs> {
  const document = decode(await getRaw(base + page, cookie));
  const html = document.toString("utf8");
  // Scripts marked noModule (Next's polyfills) are skipped by every browser that runs modules: not counted.
  const noModule = new Set([...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*>/gi)].flatMap((m) => /src="([^"]+)"/.exec(m[0])?.[1] ?? []));
  const referenced = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\)]+?\.js/g)].map((m) => m[0]))];
  const files = referenced.filter((f) => !noModule.has(f));
  const inlineScriptBytes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ""), 0);
  let rawBytes = 0;
  let gzip9Bytes = 0;
  let transferBytes: number | null = 0;
  const sizes: { file: string; gzip9Bytes: number }[] = [];
  for (const file of files) {
    const res = await getRaw(base + file);
    if (res.status !== 200) throw new Error(`${file}: HTTP ${res.status}`);
    const body = decode(res);
    const gz = zlib.gzipSync(body, { level: 9 }).length;
    rawBytes += body.length;
    gzip9Bytes += gz;
    transferBytes = res.encoding === "gzip" && transferBytes !== null ? transferBytes + res.body.length : null;
    sizes.push({ file, gzip9Bytes: gz });
  }
  sizes.sort((a, b) => b.gzip9Bytes - a.gzip9Bytes);
  return { page, scripts: files.length, noModuleSkipped: [...noModule], rawBytes, gzip9Bytes, transferBytes, largest: sizes.slice(0, 5), htmlBytes: document.length, inlineScriptBytes };
}
