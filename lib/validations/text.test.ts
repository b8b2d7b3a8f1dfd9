import { describe, expect, it } from "vitest";
import { areaSchema } from "./areas";
import { assessmentSchema, gradeDecisionSchema } from "./assessments";
import { newUserSchema } from "./auth";
import { saveGroupSchema } from "./groups";
import { registrationSchema } from "./registration";
import { commentSchema, statusChangeSchema } from "./review";
import { targetSchema } from "./targets";
import { CONTROL_CHARACTERS_ERROR, freeText, hasControlCharacters, stripControlChars } from "./text";
import { yearEntrySchema } from "./values";

const REFUSED = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0xfffe, 0xffff];
// The neighbours of each refused range: tab, line feed, carriage return, space, and U+FFFD.
const ALLOWED = [0x09, 0x0a, 0x0d, 0x20, 0x7f, 0xfffd, 0x4e2d];
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

describe("the control-character rule", () => {
  it.each(REFUSED.map((c) => [hex(c), c]))("refuses %s", (_, c) => {
    const text = `a${String.fromCharCode(c)}b`;
    expect(hasControlCharacters(text)).toBe(true);
    expect(freeText().safeParse(text).error?.issues.map((i) => i.message)).toEqual([CONTROL_CHARACTERS_ERROR]);
    expect(stripControlChars(text)).toBe("ab");
  });

  it.each(ALLOWED.map((c) => [hex(c), c]))("accepts %s", (_, c) => {
    const text = `a${String.fromCharCode(c)}b`;
    expect(hasControlCharacters(text)).toBe(false);
    expect(freeText().safeParse(text).success).toBe(true);
    expect(stripControlChars(text)).toBe(text);
  });

  it("strips every one of them, wherever they are", () => {
    expect(stripControlChars("\u0001徐州\u0007市\u001F\uFFFF")).toBe("徐州市");
  });
});

// Every field a person types free text into, with a valid form to put it in.
const area = { code: "newarea", nameZh: "新区", nameEn: "New area", level: "city", wave: "1", yearDesignated: "2017", province: "Sichuan", memberCities: "A;B", type: "old-industrial", resourceType: "coal" };
const FIELDS: { name: string; parse: (text: string) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }[] = [
  { name: "area name (zh)", parse: (t) => areaSchema.safeParse({ ...area, nameZh: t }) },
  { name: "area name (en)", parse: (t) => areaSchema.safeParse({ ...area, nameEn: t }) },
  { name: "member cities", parse: (t) => areaSchema.safeParse({ ...area, memberCities: t }) },
  { name: "person's name", parse: (t) => newUserSchema.safeParse({ name: t, email: "a@example.cn", password: "a-long-password" }) },
  { name: "area to claim", parse: (t) => registrationSchema.safeParse({ mode: "claim", name: "N", email: "a@example.cn", password: "a-long-password", claimAreaCode: t }) },
  {
    name: "assessment comment",
    parse: (t) =>
      assessmentSchema.safeParse({
        areaCode: "zigong",
        year: "2024",
        aspects: { park_building: { score: "4", comment: t }, industrial_development: { score: "", comment: "" }, urban_renewal: { score: "", comment: "" }, green_low_carbon: { score: "", comment: "" } },
      }),
  },
  { name: "grade override reason", parse: (t) => gradeDecisionSchema.safeParse({ areaCode: "zigong", year: "2024", decision: "override", finalGrade: "excellent", reason: t }) },
  { name: "review remark", parse: (t) => commentSchema.safeParse({ areaCode: "zigong", year: "2024", body: t }) },
  { name: "return comment", parse: (t) => statusChangeSchema.safeParse({ areaCode: "zigong", year: "2024", transition: "return", comment: t }) },
  { name: "field remark", parse: (t) => statusChangeSchema.safeParse({ areaCode: "zigong", year: "2024", transition: "return", fieldComments: [{ indicatorKey: "hte_count", body: t }] }) },
  { name: "target reason", parse: (t) => targetSchema.safeParse({ areaCode: "zigong", indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: "2", reason: t }) },
  { name: "value note", parse: (t) => yearEntrySchema.safeParse({ areaCode: "zigong", year: "2024", version: "0", values: { hte_count: { value: "1", note: t } } }) },
  { name: "value source", parse: (t) => yearEntrySchema.safeParse({ areaCode: "zigong", year: "2024", version: "0", source: t, values: {} }) },
  { name: "peer group name", parse: (t) => saveGroupSchema.safeParse({ name: t, areaCodes: ["zigong"] }) },
];

describe("every free-text field", () => {
  it.each(FIELDS.map((f) => [f.name, f]))("%s: refuses a bell (U+0007) with control_characters, accepts the text without it", (_, field) => {
    const refused = field.parse("Text\u0007 here");
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.message)).toContain(CONTROL_CHARACTERS_ERROR);
    expect(field.parse("Text here").success).toBe(true);
  });
});
