import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { LAYOUT_NAMESPACES, pickMessages } from "./client-messages";

const catalogue = { nav: { areas: "示范区", signIn: "登录" }, summary: { grades: { good: "良好" }, messages: { saved: "已保存" }, title: "年度评估" }, errors: { required: "必填" } };

describe("pickMessages", () => {
  it("keeps whole namespaces and single branches, in the catalogue's nesting", () => {
    expect(pickMessages(catalogue, ["nav", "summary.grades"])).toEqual({ nav: { areas: "示范区", signIn: "登录" }, summary: { grades: { good: "良好" } } });
  });

  it("puts two branches of one namespace side by side", () => {
    expect(pickMessages(catalogue, ["summary.grades", "summary.messages"])).toEqual({ summary: { grades: { good: "良好" }, messages: { saved: "已保存" } } });
  });

  it("leaves out what was not named", () => {
    expect(Object.keys(pickMessages(catalogue, ["errors"]))).toEqual(["errors"]);
  });

  it("refuses a path the catalogue does not have", () => {
    expect(() => pickMessages(catalogue, ["summary.missing"])).toThrow('messages have no "summary.missing"');
    expect(() => pickMessages(catalogue, ["nav.signIn.more"])).toThrow('messages have no "nav.signIn.more"');
  });
});

// Every page that names what its client components use, and every client component's namespace.
const root = path.resolve(__dirname, "../..");
function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? files(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}
const sources = [...files("app"), ...files("components")].map((file) => ({ file, text: fs.readFileSync(path.join(root, file), "utf8") }));
const pageLists = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}>/g)].map((m) => ({ file, paths: [...m[1]!.matchAll(/"([^"]+)"/g)].map((p) => p[1]!) })),
);

describe("the namespaces pages give their client components", () => {
  it("are found in pages", () => {
    expect(pageLists.length).toBeGreaterThanOrEqual(12);
  });

  it("exist in both catalogues", () => {
    for (const { paths } of [...pageLists, { paths: [...LAYOUT_NAMESPACES] }]) {
      expect(() => pickMessages(zh, paths)).not.toThrow();
      expect(() => pickMessages(en, paths)).not.toThrow();
    }
  });

  it("cover every namespace translated in the browser", () => {
    const given = [...LAYOUT_NAMESPACES, ...pageLists.flatMap((p) => p.paths)];
    const used = clientSide().flatMap(({ file, text }) => [...text.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => ({ file, namespace: m[1]! })));
    expect(used.length).toBeGreaterThan(20);
    // Rendered inside a client component (the rankings table's pager), though not one itself.
    expect(used).toContainEqual({ file: path.join("components", "ui", "pagination.tsx"), namespace: "pagination" });
    // A namespace is covered when it, or a namespace holding it, or a branch of it, is given.
    const uncovered = used.filter(({ namespace }) => !given.some((g) => g === namespace || namespace.startsWith(`${g}.`) || g.startsWith(`${namespace}.`)));
    expect(uncovered).toEqual([]);
  });
});

/** The client components and every module they import, directly or not: what runs in the browser. */
function clientSide() {
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const resolve = (spec: string) =>
    ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => path.join(spec.slice(2) + ext)).find((f) => byFile.has(f));
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const m of byFile.get(file)!.text.matchAll(/from "(@\/[^"]+)"/g)) {
      const target = resolve(m[1]!);
      if (target) visit(target);
    }
  };
  for (const { file, text } of sources) if (/^"use client";/m.test(text)) visit(file);
  return [...reached].map((file) => byFile.get(file)!);
}
