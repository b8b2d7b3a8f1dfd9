import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import GithubSlugger from "github-slugger";
import { afterAll, describe, expect, it } from "vitest";

// Every relative link in README.md and docs/*.md must reach a file that exists, and its #anchor a
// heading of that file, as GitHub names headings (github-slugger: lower case, spaces to hyphens,
// punctuation removed, "-1", "-2" for repeats). Links to web addresses are not fetched.

const ROOT = path.resolve(import.meta.dirname, "..");

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  markdown.split("\n").forEach((text, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    out.push({ line: i + 1, text });
  });
  return out;
}

/** A heading's text as GitHub renders it before making its anchor: no code marks, link targets or emphasis. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`/g, "")
    .replace(/\*+/g, "")
    .trim();
}

/** The anchors of a Markdown file's ATX headings, in GitHub's spelling. */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const { text } of proseLines(markdown)) {
    const m = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (m) anchors.add(slugger.slug(headingText(m[1]!)));
  }
  return anchors;
}

type Link = { line: number; target: string };

/** Inline links and images `[text](target "title")`, and reference definitions `[label]: target`; code is skipped. */
export function linksOf(markdown: string): Link[] {
  const links: Link[] = [];
  for (const { line, text } of proseLines(markdown)) {
    const prose = text.replace(/(`+)[\s\S]*?\1/g, (code) => " ".repeat(code.length));
    for (const m of prose.matchAll(/!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g)) {
      links.push({ line, target: m[1]!.replace(/^<|>$/g, "") });
    }
    const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(prose);
    if (definition) links.push({ line, target: definition[1]!.replace(/^<|>$/g, "") });
  }
  return links;
}

/** Every broken relative link of one Markdown file, as "file:line target — why". */
export function brokenLinks(file: string, root: string): string[] {
  const markdown = fs.readFileSync(file, "utf8");
  const problems: string[] = [];
  const where = (line: number, target: string) => `${path.relative(root, file)}:${line} ${target}`;
  for (const { line, target } of linksOf(markdown)) {
    // Web addresses, mail and other schemes are not checked here.
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) continue;
    const hash = target.indexOf("#");
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === "" ? file : path.resolve(path.dirname(file), pathPart);
    if (!fs.existsSync(resolved)) {
      problems.push(`${where(line, target)} — no such file`);
      continue;
    }
    if (anchor === null) continue;
    if (/\.md$/i.test(resolved) && fs.statSync(resolved).isFile()) {
      if (!anchorsOf(fs.readFileSync(resolved, "utf8")).has(anchor)) problems.push(`${where(line, target)} — no heading "#${anchor}"`);
    } else if (!/^L\d+(-L\d+)?$/.test(anchor)) {
      // Only GitHub's line anchors make sense in a source file.
      problems.push(`${where(line, target)} — anchor on a file that is not Markdown`);
    }
  }
  return problems;
}

const docs = fs
  .readdirSync(path.join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join("docs", name));

describe("links in README.md and docs/", () => {
  it("finds the docs", () => {
    expect(docs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(["README.md", ...docs])("%s has no broken relative link", (file) => {
    expect(brokenLinks(path.join(ROOT, file), ROOT)).toEqual([]);
  });
});

describe("the link checker", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-links-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it("names anchors as GitHub does", () => {
    const anchors = anchorsOf(
      [
        "# Title",
        "## 3. Progress toward targets",
        "### 4.1 Peer groups",
        "### `GET /api/v1/areas/:code/values`",
        "## Cross-site requests (CSRF)",
        "## What's **new**?",
        "## Title",
        "```",
        "## Not a heading (in code)",
        "```",
      ].join("\n"),
    );
    expect([...anchors]).toEqual([
      "title",
      "3-progress-toward-targets",
      "41-peer-groups",
      "get-apiv1areascodevalues",
      "cross-site-requests-csrf",
      "whats-new",
      "title-1",
    ]);
  });

  it("reports a missing file, a missing heading and an anchor on a source file, and accepts good links", () => {
    write("docs/b.md", "# B\n\n## Section two\n");
    write("src/x.ts", "export {};\n");
    const a = write(
      "docs/a.md",
      [
        "# A",
        "[ok](b.md) [ok](b.md#section-two) [ok](#a) [ok](../src/x.ts) [ok](../src/x.ts#L1) [web](https://example.org/missing.md)",
        "[gone](missing.md)",
        "[bad anchor](b.md#section-three)",
        "![image](img/none.png)",
        "[source anchor](../src/x.ts#top)",
        "[here](#nowhere)",
        "`[in code](missing-too.md)`",
        "```",
        "[in a block](missing-three.md)",
        "```",
        "[ref]: ./nothing-here.md",
      ].join("\n"),
    );
    expect(brokenLinks(a, dir)).toEqual([
      "docs/a.md:3 missing.md — no such file",
      'docs/a.md:4 b.md#section-three — no heading "#section-three"',
      "docs/a.md:5 img/none.png — no such file",
      "docs/a.md:6 ../src/x.ts#top — anchor on a file that is not Markdown",
      'docs/a.md:7 #nowhere — no heading "#nowhere"',
      "docs/a.md:12 ./nothing-here.md — no such file",
    ]);
  });
});
