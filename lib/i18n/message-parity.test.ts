import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

// One copy of every text per language: a key in one catalogue and not the other, or a message whose
// arguments differ between the two, shows a raw key or a gap in the other language.

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its full key ("summary.grade.reason"). */
function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names a message takes, as next-intl's formatter reads it (nested plural and select branches included). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        names.add(el.value);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const catalogues = { zh: flatten(zh as Catalogue), en: flatten(en as Catalogue) };

describe("the zh and en messages", () => {
  it("have the same keys", () => {
    const only = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => !b.has(k));
    expect(only(catalogues.zh, catalogues.en), "in zh.json only").toEqual([]);
    expect(only(catalogues.en, catalogues.zh), "in en.json only").toEqual([]);
  });

  it("take the same arguments in both languages", () => {
    const differing: string[] = [];
    for (const [key, zhMessage] of catalogues.zh) {
      const enMessage = catalogues.en.get(key);
      if (enMessage === undefined) continue;
      const [a, b] = [argumentNames(zhMessage), argumentNames(enMessage)];
      if (a.join() !== b.join()) differing.push(`${key}: zh {${a.join(", ")}} en {${b.join(", ")}}`);
    }
    expect(differing).toEqual([]);
  });

  it("are each one text, never an empty one", () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, message] of messages) expect(message.trim(), `${lang} ${key}`).not.toBe("");
    }
  });
});

describe("the check itself", () => {
  it("reads arguments inside plural and select branches, and not those an apostrophe quotes", () => {
    expect(argumentNames("{count, plural, =1 {one {name}} other {# of {total}}}")).toEqual(["count", "name", "total"]);
    expect(argumentNames("{kind, select, a {{x}} other {}}")).toEqual(["kind", "x"]);
    // '{heading}' is the text "{heading}", not an argument; ''{heading}'' is one between apostrophes.
    expect(argumentNames("mapped to '{heading}'")).toEqual([]);
    expect(argumentNames("mapped to ''{heading}''")).toEqual(["heading"]);
  });

  it("finds a key missing on one side", () => {
    const a = flatten({ x: { y: "1", z: "2" } });
    const b = flatten({ x: { y: "1" } });
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual(["x.z"]);
  });
});
