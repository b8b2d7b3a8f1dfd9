import { describe, expect, it } from "vitest";
import { catalogueRows } from "@/db/seed/indicators";
import { INDICATOR_GROUPS } from "@/lib/domain/enums";
import { isBlockPaste, normaliseName, parsePaste, pasteCells, pasteFills, previewPaste, type PasteResult } from "@/lib/domain/paste";
import { templateTable } from "@/lib/import/tables";
import { catalogueRules } from "@/lib/import/test-rules";

// The entry form's fields in its own order: by group, then by the catalogue's order within a group.
const rules = catalogueRules();
const byKey = new Map(rules.map((r) => [r.key, r]));
const groupOf = new Map(catalogueRows().map((i) => [i.key, i.group]));
const formOrder = INDICATOR_GROUPS.flatMap((g) => rules.filter((r) => groupOf.get(r.key) === g));
const entered = formOrder.filter((r) => r.derivation === null);
const AREA = "zigong";
const YEAR = 2025;
const options = (start = entered[0]!.key) => ({ start, year: YEAR, areaCode: AREA });
const parse = (text: string, start?: string) => parsePaste(text, formOrder, options(start));
const filled = (result: PasteResult) => Object.fromEntries(result.lines.map((l) => [l.key, l.problem ? l.problem.code : l.value]));

describe("the form's order is the template's order", () => {
  it("so that a column copied from the template's value column lands on the right fields", () => {
    const template = templateTable({ code: AREA, nameZh: "自贡", nameEn: "Zigong" }, YEAR, catalogueRows().map((i) => ({ ...i, derivation: i.derivation ?? null })));
    expect(entered.map((r) => r.key)).toEqual(template.rows.map((row) => row[1]));
    expect(entered).toHaveLength(27);
  });
});

describe("isBlockPaste", () => {
  it.each([
    ["123", false],
    ["1,234.5", false],
    ["123\r\n", false], // one cell copied from Excel ends in a line break
    ["123\n\n", false],
    ["1\t2", true],
    ["1\n2", true],
    ["1\r\n2\r\n", true],
  ])("%j → %s", (text, block) => {
    expect(isBlockPaste(text)).toBe(block);
  });
});

describe("pasteCells", () => {
  it("splits \\r\\n lines and tabs, and drops trailing empty lines", () => {
    expect(pasteCells("a\t1\r\nb\t2\r\n\r\n\t\r\n")).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  it("reads quoted cells as Excel writes them: a tab, a line break or a quote inside a cell", () => {
    expect(pasteCells('"a\tb"\t1\n"two\nlines"\t2\n"""quoted"" name"\t3\n')).toEqual([
      ["a\tb", "1"],
      ["two\nlines", "2"],
      ['"quoted" name', "3"],
    ]);
  });

  it("keeps a blank line in the middle (a blank cell of a column)", () => {
    expect(pasteCells("1\n\n3\n")).toEqual([["1"], [""], ["3"]]);
  });
});

describe("normaliseName", () => {
  it.each([
    ["常住人口", "常住人口"],
    [" 常住 人口 ", "常住人口"],
    ["常住人口（万人）", "常住人口"],
    ["常住人口 (万人)", "常住人口"],
    ["Resident Population", "residentpopulation"],
    ["ＲＥＳＩＤＥＮＴ　population", "residentpopulation"], // full-width letters and an ideographic space
    ["POP_RESIDENT", "pop_resident"],
    ["“Specialised & sophisticated” SMEs", "specialised&sophisticatedsmes"],
    ["单位GDP二氧化碳排放指数（指数(2020=100)）", "单位gdp二氧化碳排放指数"],
  ])("%j → %j", (name, normal) => {
    expect(normaliseName(name)).toBe(normal);
  });
});

describe("one column of values", () => {
  // One value per entered indicator, in the template's order, in every number format the form reads.
  const column = [
    "326.7", // pop_resident
    "−3.2", // natural_increase_rate, Unicode minus
    "21.5%", // aged65_share, a percentage cell copied as shown
    "１２．４", // sei_share, full-width digits
    "9.8",
    "13.1",
    "51.2",
    "35.7",
    "30.1",
    "4.5",
    "1,234", // hte_count, thousands separator
    "156",
    "1.21",
    "38.5",
    "5.12",
    "0.95",
    "6.3",
    "22.4",
    "25.6",
    "55.1",
    "0.612",
    "86.4",
    "71.2",
    "80",
    "58.9",
    "21.3",
    "1,234,567.5", // gdp_per_capita: out of its hard range, but read as a number
  ];

  it("fills the 27 fields in order from the first, with \\r\\n line ends and a trailing line break", () => {
    const result = parse(column.join("\r\n") + "\r\n");
    expect(result.shape).toBe("column");
    expect(result.unmatched).toEqual([]);
    expect(result.lines.map((l) => l.key)).toEqual(entered.map((r) => r.key));
    expect(result.lines.map((l) => l.line)).toEqual(column.map((_, i) => i + 1));
    expect(filled(result)).toMatchObject({
      pop_resident: 326.7,
      natural_increase_rate: -3.2,
      aged65_share: 21.5,
      sei_share: 12.4,
      hte_count: 1234,
      gdp_per_capita: 1234567.5,
    });
    // The computed net migration rate has no field: the column skips it, as the template does.
    expect(result.lines.some((l) => l.key === "net_migration_rate")).toBe(false);
  });

  it("starts at the field pasted into, and lists the lines past the last field apart", () => {
    const result = parse(["100", "200", "300"].join("\n"), "land_tax_per_mu");
    expect(result.lines.map((l) => [l.key, l.value])).toEqual([
      ["land_tax_per_mu", 100],
      ["gdp_per_capita", 200],
    ]);
    expect(result.unmatched).toEqual([{ line: 3, text: "300", reason: "no_field_left" }]);
  });

  it("reads a blank line as 'leave this field as it is', never as 'clear it'", () => {
    const result = parse("326.7\n\n21.5\n", "pop_resident");
    expect(result.lines.map((l) => [l.key, l.value, l.problem])).toEqual([
      ["pop_resident", 326.7, null],
      ["natural_increase_rate", null, null],
      ["aged65_share", 21.5, null],
    ]);
  });

  it("takes a first line without digits for the column's heading, so that nothing shifts", () => {
    const result = parse("value\n326.7\n-3.2\n");
    expect(result.unmatched).toEqual([{ line: 1, text: "value", reason: "header" }]);
    expect(result.lines.map((l) => [l.line, l.key, l.value])).toEqual([
      [2, "pop_resident", 326.7],
      [3, "natural_increase_rate", -3.2],
    ]);
  });

  it("keeps a first line with digits that is not a number as that field's value, refused", () => {
    const result = parse("326 万人\n-3.2\n");
    expect(result.unmatched).toEqual([]);
    expect(result.lines[0]).toMatchObject({ key: "pop_resident", raw: "326 万人", value: null, problem: { code: "not_a_number" } });
    expect(result.lines[1]).toMatchObject({ key: "natural_increase_rate", value: -3.2, problem: null });
  });

  it("refuses a percent sign on an indicator that is not in percent (a column pasted a field off)", () => {
    const result = parse("12%\n1.5%\n", "hte_count");
    expect(result.lines.map((l) => [l.key, l.value, l.problem])).toEqual([
      ["hte_count", null, { code: "percent_not_unit" }],
      ["srdi_firms", null, { code: "percent_not_unit" }],
    ]);
    expect(parse("1.5%", "rd_intensity").lines[0]).toMatchObject({ key: "rd_intensity", value: 1.5, problem: null });
  });
});

describe("two columns: name and value", () => {
  it("matches Chinese names, English names and keys, whatever their spacing, width, case or unit", () => {
    const text = [
      "常住人口（万人）\t326.7",
      "Natural increase rate\t−3.2",
      "ＡＧＥＤ65_ＳＨＡＲＥ\t21.5",
      "  高新技术企业数 \t1,234",
      "high-tech manufacturing, share of above-scale industry\t１３．１",
      "R&D经费投入强度 (%)\t1.21%",
    ].join("\n");
    const result = parse(text);
    expect(result.shape).toBe("pairs");
    expect(result.unmatched).toEqual([]);
    expect(filled(result)).toEqual({
      pop_resident: 326.7,
      natural_increase_rate: -3.2,
      aged65_share: 21.5,
      hte_count: 1234,
      hitech_mfg_share: 13.1,
      rd_intensity: 1.21,
    });
  });

  it("reads a quoted name as Excel copies it", () => {
    const result = parse('"""Specialised & sophisticated"" SMEs"\t156\r\n');
    expect(filled(result)).toEqual({ srdi_firms: 156 });
  });

  it("lists unknown names apart, and a heading line as a heading", () => {
    const result = parse("指标\t数值\n常住人口\t326.7\n年末户籍人口\t310.2\n");
    expect(result.unmatched).toEqual([
      { line: 1, text: "指标\t数值", reason: "header" },
      { line: 3, text: "年末户籍人口\t310.2", reason: "unknown_indicator" },
    ]);
    expect(filled(result)).toEqual({ pop_resident: 326.7 });
  });

  it("refuses a second line of the same indicator, a computed indicator, extra cells and a bad number", () => {
    const result = parse(["常住人口\t326.7", "pop_resident\t330", "人口净迁移率\t0.5", "高新技术企业数\t1234\t家", "专精特新中小企业数\t一百"].join("\n"));
    expect(result.lines.map((l) => [l.line, l.key, l.problem])).toEqual([
      [1, "pop_resident", null],
      [2, "pop_resident", { code: "duplicate", firstLine: 1 }],
      [3, "net_migration_rate", { code: "computed" }],
      [4, "hte_count", { code: "extra_cells" }],
      [5, "srdi_firms", { code: "not_a_number" }],
    ]);
  });

  it("reads a name with a blank value as 'leave as it is', and skips blank lines", () => {
    const result = parse("常住人口\t\n\n高新技术企业数\t1234\n");
    expect(result.lines.map((l) => [l.line, l.key, l.value, l.problem])).toEqual([
      [1, "pop_resident", null, null],
      [3, "hte_count", 1234, null],
    ]);
  });
});

describe("the template's own columns", () => {
  const header = "area_code\tindicator_key\tname_zh\tname_en\tunit_zh\tunit_en\tyear\tvalue\tnote\tsource";

  it("reads the key, value and note columns of this area and year", () => {
    const text = [
      header,
      `${AREA}\tpop_resident\t常住人口\tResident population\t万人\t10k people\t${YEAR}\t326.7\t\t2025年统计公报`,
      `${AREA}\tHTE_COUNT\t高新技术企业数\tHigh-tech enterprises\t家\tfirms\t${YEAR}\t1,234\t新认定较多\t`,
      `${AREA}\tsrdi_firms\t专精特新中小企业数\tSMEs\t家\tfirms\t${YEAR}\t\t\t`,
    ].join("\r\n");
    const result = parse(text, "gdp_per_capita"); // the field pasted into does not matter here
    expect(result.shape).toBe("template");
    expect(result.unmatched).toEqual([{ line: 1, text: header, reason: "header" }]);
    expect(result.lines.map((l) => [l.line, l.key, l.value, l.note])).toEqual([
      [2, "pop_resident", 326.7, null],
      [3, "hte_count", 1234, "新认定较多"],
      [4, "srdi_firms", null, null],
    ]);
  });

  it("reads an export: rows of other years and areas apart, the export's apostrophe taken off, computed rows refused", () => {
    const exportHeader = "area_code\tarea_name_zh\tarea_name_en\tindicator_key\tname_zh\tname_en\tunit_zh\tunit_en\tyear\tvalue\tnote\tsource\tflagged\tdemo";
    const row = (area: string, key: string, year: number, value: string, note = "") => `${area}\t自贡\tZigong\t${key}\t\t\t\t\t${year}\t${value}\t${note}\t\t0\t0`;
    const text = [
      exportHeader,
      row(AREA, "g5_per_10k", YEAR - 1, "20.1"),
      row(AREA, "g5_per_10k", YEAR, "25.6", "'=新建基站较多"),
      row("tongling", "g5_per_10k", YEAR, "30"),
      row(AREA, "net_migration_rate", YEAR, "-0.35"),
      row(AREA, "no_such_key", YEAR, "1"),
    ].join("\n");
    const result = parse(text);
    expect(result.unmatched.map((u) => [u.line, u.reason])).toEqual([
      [1, "header"],
      [2, "other_year"],
      [4, "other_area"],
      [6, "unknown_indicator"],
    ]);
    expect(result.lines.map((l) => [l.line, l.key, l.value, l.note, l.problem])).toEqual([
      [3, "g5_per_10k", 25.6, "=新建基站较多", null],
      [5, "net_migration_rate", null, null, { code: "computed" }],
    ]);
  });
});

describe("previewPaste and pasteFills", () => {
  const previous = { hte_count: 1000, rd_intensity: 1.1, primary_share: 10, secondary_share: 50, tertiary_share: 40 };
  const ctx = (values: Record<string, string> = {}, notes: Record<string, string> = {}) => ({ rules, previous, values, notes });

  it("refuses a value outside the hard range and does not fill it; flags need a note; a blank leaves the field", () => {
    // rd_intensity: hard range 0.05–7. hte_count: soft 100–3,000, +60 % a year at most.
    const result = parse(["rd_intensity\t9", "hte_count\t3500", "srdi_firms\t", "sei_share\t12.4"].join("\n"));
    const preview = previewPaste(result, ctx({ rd_intensity: "1.2", srdi_firms: "150" }));
    const line = (key: string) => preview.lines.find((l) => l.key === key)!;
    expect(line("rd_intensity")).toMatchObject({ status: "refused", before: "1.2", problems: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] });
    expect(line("hte_count").status).toBe("flagged");
    expect(line("hte_count").flags.map((f) => f.code)).toEqual(["outside_soft_range", "yoy_change"]);
    expect(line("hte_count").problems).toEqual([{ code: "note_required" }]);
    expect(line("srdi_firms")).toMatchObject({ status: "blank", before: "150" });
    expect(line("sei_share")).toMatchObject({ status: "fill", flags: [], problems: [] });
    expect(pasteFills(preview)).toEqual({ values: { hte_count: "3500", sei_share: "12.4" }, notes: {} });
  });

  it("pins the hard range from both sides: 7 is filled, 7.01 refused; 0.05 filled, 0.04 refused", () => {
    const statusOf = (value: string) => previewPaste(parse(`rd_intensity\t${value}`), ctx()).lines[0]!.status;
    expect(statusOf("7")).not.toBe("refused");
    expect(statusOf("7.01")).toBe("refused");
    expect(statusOf("0.05")).not.toBe("refused");
    expect(statusOf("0.04")).toBe("refused");
  });

  it("a change just inside the year-on-year limit is not flagged, just beyond it is", () => {
    // rd_intensity: +0.6 points at most from last year's 1.1.
    const statusOf = (value: string) => previewPaste(parse(`rd_intensity\t${value}`), ctx()).lines[0]!.status;
    expect(statusOf("1.7")).toBe("fill");
    expect(statusOf("1.71")).toBe("flagged");
  });

  it("a note the paste carries satisfies the flag, and is filled with the value", () => {
    const header = "indicator_key\tvalue\tnote";
    const preview = previewPaste(parse(`${header}\nhte_count\t3500\t新认定较多`), ctx());
    expect(preview.lines[0]).toMatchObject({ status: "flagged", problems: [] });
    expect(pasteFills(preview)).toEqual({ values: { hte_count: "3500" }, notes: { hte_count: "新认定较多" } });
  });

  it("a value equal to the field's is unchanged; a refused value is left out of the sector-share sum", () => {
    const preview = previewPaste(
      parse(["primary_share\t10", "secondary_share\t150", "tertiary_share\t40"].join("\n")),
      ctx({ primary_share: "10.0", secondary_share: "50", tertiary_share: "39" }),
    );
    expect(preview.lines.map((l) => [l.key, l.status])).toEqual([
      ["primary_share", "unchanged"],
      ["secondary_share", "refused"],
      ["tertiary_share", "fill"],
    ]);
    // 10 + 50 (kept) + 40 = 100: no sector problem on the filled line.
    expect(preview.lines[2]!.problems).toEqual([]);
    expect(pasteFills(preview).values).toEqual({ tertiary_share: "40" });
  });

  it("says when the shares would not add up after the paste", () => {
    const preview = previewPaste(parse("tertiary_share\t45"), ctx({ primary_share: "10", secondary_share: "50", tertiary_share: "40" }));
    expect(preview.lines[0]).toMatchObject({ status: "fill", problems: [{ code: "sector_sum", sum: 105 }] });
  });

  it("fills every line of a full column, and refuses only what the rules refuse", () => {
    const text = entered.map((r) => (r.key === "gdp_per_capita" ? "1,234,567" : String(r.softMin ?? 1))).join("\n");
    const preview = previewPaste(parse(text), ctx());
    const refused = preview.lines.filter((l) => l.status === "refused").map((l) => l.key);
    expect(refused).toEqual(["gdp_per_capita"]);
    expect(Object.keys(pasteFills(preview).values)).toHaveLength(26);
    expect(byKey.get("gdp_per_capita")!.hardMax).toBe(350000);
  });
});

describe("the edges of reading a paste", () => {
  it("drops a byte-order mark at the start only, trims each cell, and reads a block of blank lines as nothing", () => {
    expect(pasteCells("\uFEFF5\t 6 ")).toEqual([["5", "6"]]);
    // A mark inside a cell is no byte-order mark: it stays (and the cell is then not a number).
    expect(pasteCells("a\t1\uFEFF2")).toEqual([["a", "1\uFEFF2"]]);
    expect(pasteCells("\n\n")).toEqual([]);
    expect(parse("\n")).toEqual({ shape: "column", lines: [], unmatched: [] });
  });

  it("drops only a unit in parentheses at the very end, and keeps a name that is all parentheses or has an unopened one", () => {
    expect(normaliseName("a(b)c")).toBe("a(b)c");
    expect(normaliseName("(万人)")).toBe("(万人)");
    expect(normaliseName("abc)")).toBe("abc)");
  });

  it("reads a blank first line of a column as the first field's blank, and a later line without digits as a value", () => {
    // "\n5": line 1 blank → pop_resident left as it is; line 2 → natural_increase_rate 5
    const blankFirst = parse("\n5", "pop_resident");
    expect(blankFirst.unmatched).toEqual([]);
    expect(blankFirst.lines.map((l) => [l.line, l.key, l.value, l.problem])).toEqual([
      [1, "pop_resident", null, null],
      [2, "natural_increase_rate", 5, null],
    ]);
    // Only the first line can be a heading: "abc" on line 2 is the second field's value, refused.
    const later = parse("5\nabc", "pop_resident");
    expect(later.unmatched).toEqual([]);
    expect(later.lines.map((l) => [l.key, l.problem])).toEqual([
      ["pop_resident", null],
      ["natural_increase_rate", { code: "not_a_number" }],
    ]);
  });

  it("finds a template header after blank lines and with an empty column", () => {
    const afterBlank = parse("\nindicator_key\tvalue\npop_resident\t326.7");
    expect(afterBlank.shape).toBe("template");
    expect(afterBlank.unmatched).toEqual([{ line: 2, text: "indicator_key\tvalue", reason: "header" }]);
    expect(filled(afterBlank)).toEqual({ pop_resident: 326.7 });
    // A copied selection one column too wide: every line ends in an empty cell.
    const wide = parse("indicator_key\tvalue\t\npop_resident\t326.7\t");
    expect(wide.shape).toBe("template");
    expect(filled(wide)).toEqual({ pop_resident: 326.7 });
  });

  it("in pairs: skips blank lines without listing them, a name alone is a blank, an empty last cell is no extra cell, only the first line can be a heading", () => {
    const result = parse("常住人口\t326.7\n\n高新技术企业数\n年末户籍人口\t很多\n专精特新中小企业数\t156\t");
    expect(result.unmatched).toEqual([{ line: 4, text: "年末户籍人口\t很多", reason: "unknown_indicator" }]);
    expect(result.lines.map((l) => [l.line, l.key, l.value, l.problem])).toEqual([
      [1, "pop_resident", 326.7, null],
      [3, "hte_count", null, null],
      [5, "srdi_firms", 156, null],
    ]);
  });

  it("matches a name shared by two indicators to the first, never an empty name, and reads a unit with spaces", () => {
    const own = [
      { key: "k1", nameZh: "甲", nameEn: "", unitZh: "%", derivation: null },
      { key: "k2", nameZh: "甲", nameEn: "B", unitZh: " % ", derivation: null },
    ];
    const result = parsePaste("甲\t1\n\t2\nB\t5%", own, { start: "k1", year: YEAR, areaCode: AREA });
    expect(result.unmatched).toEqual([{ line: 2, text: "\t2", reason: "unknown_indicator" }]);
    // k2's unit " % " is percent once trimmed, so 5% is 5, not percent_not_unit
    expect(result.lines.map((l) => [l.key, l.value, l.problem])).toEqual([
      ["k1", 1, null],
      ["k2", 5, null],
    ]);
  });

  it("in a template: skips blank lines, reads a short row's missing note as none, keeps an apostrophe inside a cell, refuses a second row of an indicator", () => {
    const text = ["indicator_key\tvalue\tnote", "pop_resident\t326.7", "", "hte_count\t1234\tx'=y", "pop_resident\t330\t"].join("\n");
    const result = parse(text);
    expect(result.unmatched).toEqual([{ line: 1, text: "indicator_key\tvalue\tnote", reason: "header" }]);
    expect(result.lines.map((l) => [l.line, l.key, l.value, l.note, l.problem])).toEqual([
      [2, "pop_resident", 326.7, null, null],
      [4, "hte_count", 1234, "x'=y", null],
      [5, "pop_resident", null, null, { code: "duplicate", firstLine: 2 }],
    ]);
  });
});

describe("previewPaste: lines that are not filled", () => {
  const previous = { hte_count: 1000, rd_intensity: 1.1, primary_share: 10, secondary_share: 50, tertiary_share: 40 };
  const ctx = (values: Record<string, string> = {}, notes: Record<string, string> = {}) => ({ rules, previous, values, notes });

  it("refuses a line with a problem and shows a blank as blank, both with no flags or problems; a field not in the form shows as empty", () => {
    const preview = previewPaste(parse("高新技术企业数\t一百\n专精特新中小企业数\t"), ctx({ hte_count: "1200" }));
    expect(preview.lines.map((l) => [l.key, l.status, l.before, l.flags, l.problems])).toEqual([
      ["hte_count", "refused", "1200", [], []],
      ["srdi_firms", "blank", "", [], []],
    ]);
  });

  it("checks a duplicated indicator with its first line's value, not the refused second line's", () => {
    // hte_count 3500: above the soft max 3,000 and +250 % on last year's 1,000 → flagged, note required
    const preview = previewPaste(parse("高新技术企业数\t3500\nhte_count\t"), ctx());
    expect(preview.lines.map((l) => [l.status, l.flags.map((f) => f.code)])).toEqual([
      ["flagged", ["outside_soft_range", "yoy_change"]],
      ["refused", []],
    ]);
  });

  it("keeps the form's value of a field whose pasted cell is blank in the sector-share sum", () => {
    // primary blank → the form's 10 stays: 10 + 50 + 45 = 105, not a sum without primary
    const preview = previewPaste(parse("primary_share\t\ntertiary_share\t45"), ctx({ primary_share: "10", secondary_share: "50", tertiary_share: "40" }));
    expect(preview.lines[1]).toMatchObject({ status: "fill", problems: [{ code: "sector_sum", sum: 105 }] });
  });

  it("shows only the hard-range problem on a refused value, not the sector sum it would break", () => {
    const preview = previewPaste(parse("secondary_share\t150"), ctx({ primary_share: "10", secondary_share: "50", tertiary_share: "40" }));
    expect(preview.lines[0]!.status).toBe("refused");
    expect(preview.lines[0]!.problems.map((p) => p.code)).toEqual(["out_of_hard_range"]);
  });

  it("calls a value unchanged only when the pasted note is the field's note too", () => {
    // rd_intensity 1.2 in the form and pasted; +0.1 on last year's 1.1, within +0.6: no flag
    const statusOf = (note: string) =>
      previewPaste(parse(`indicator_key\tvalue\tnote\nrd_intensity\t1.2\t${note}`), ctx({ rd_intensity: "1.2" }, { rd_intensity: "同口径" })).lines[0]!.status;
    expect(statusOf("同口径")).toBe("unchanged");
    expect(statusOf("新口径")).toBe("fill");
  });
});
