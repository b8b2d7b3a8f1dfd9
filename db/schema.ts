import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import {
  AREA_LEVELS,
  AREA_TYPES,
  AREA_WAVES,
  CHANGE_KINDS,
  DIMENSIONS,
  DIRECTIONS,
  GROWTH_FORMS,
  INDICATOR_GROUPS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  ATTACHMENT_KINDS,
  COMMENT_KINDS,
  GRADE_VALUES,
  LOCALES,
  NOTIFICATION_KINDS,
  OFFICIAL_RESULTS,
  PERIOD_STATES,
  QUALITATIVE_ASPECTS,
  RECORD_STATUSES,
  RESOURCE_TYPES,
  ROLES,
  SOURCE_KINDS,
  SUBMISSION_STATUSES,
  TARGET_KINDS,
  TARGET_REQUEST_ACTIONS,
  TARGET_REQUEST_STATUSES,
  USER_STATUSES,
} from "../lib/domain/enums";

export * from "../lib/domain/enums";

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
};

export const areas = sqliteTable("areas", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  level: text("level", { enum: AREA_LEVELS }).notNull(),
  wave: text("wave", { enum: AREA_WAVES }).notNull(),
  yearDesignated: integer("year_designated"),
  province: text("province").notNull(),
  type: text("type", { enum: AREA_TYPES }).notNull(),
  resourceType: text("resource_type", { enum: RESOURCE_TYPES }).notNull(),
  status: text("status", { enum: RECORD_STATUSES }).notNull().default("active"),
  ...timestamps,
});

// The cities (or districts, counties) an area is made of, in order, in both languages where known:
// the official results grade them one by one. A name may be missing in one language (an area
// registered with its cities in one language only); at least one is given.
export const areaCities = sqliteTable(
  "area_cities",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    position: integer("position").notNull(),
    nameZh: text("name_zh"),
    nameEn: text("name_en"),
    // Where the membership is stated; null where no source was found (the seed paper's table only).
    sourceUrl: text("source_url"),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.position] }),
    check("area_cities_named", sql`${t.nameZh} is not null or ${t.nameEn} is not null`),
  ],
);

export const indicators = sqliteTable("indicators", {
  key: text("key").primaryKey(),
  sortOrder: integer("sort_order").notNull(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  unitZh: text("unit_zh").notNull(),
  unitEn: text("unit_en").notNull(),
  // No default on purpose: every indicator must declare its direction.
  direction: text("direction", { enum: DIRECTIONS }).notNull(),
  dimension: text("dimension", { enum: DIMENSIONS }).notNull(),
  group: text("group", { enum: INDICATOR_GROUPS }).notNull(),
  decimals: integer("decimals").notNull(),
  hardMin: real("hard_min"),
  hardMax: real("hard_max"),
  softMin: real("soft_min"),
  softMax: real("soft_max"),
  // Largest plausible year-on-year change, downwards and upwards, in percent or points.
  yoyKind: text("yoy_kind", { enum: CHANGE_KINDS }),
  yoyMaxDown: real("yoy_max_down"),
  yoyMaxUp: real("yoy_max_up"),
  growthForm: text("growth_form", { enum: GROWTH_FORMS }).notNull(),
  // Set only for indicators computed from others; describes the formula.
  derivation: text("derivation"),
});

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    areaId: integer("area_id").references(() => areas.id),
    status: text("status", { enum: USER_STATUSES }).notNull().default("pending"),
    locale: text("locale", { enum: LOCALES }).notNull().default("zh"),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index("users_area_idx").on(t.areaId)],
);

// One row per area and year: the version that guards concurrent edits of that year's form.
export const areaYears = sqliteTable(
  "area_years",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    version: integer("version").notNull().default(0),
    // draft → submitted (official) → approved or returned (evaluator); approved years are locked.
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("draft"),
    statusChangedAt: integer("status_changed_at", { mode: "timestamp" }),
    statusChangedBy: integer("status_changed_by").references(() => users.id),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.year] }),
    // The review queue by state, most recently changed first (listReviewQueue's ORDER BY, same
    // expression and directions): the count is a range of this index, a page its first rows. CASE
    // rather than coalesce(a, b): drizzle-kit splits index expressions at commas.
    index("area_years_queue_idx").on(
      t.status,
      sql`(case when ${t.statusChangedAt} is null then ${t.updatedAt} else ${t.statusChangedAt} end) desc`,
      sql`${t.year} desc`,
      t.areaId,
    ),
  ],
);

export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    indicatorKey: text("indicator_key")
      .notNull()
      .references(() => indicators.key),
    year: integer("year").notNull(),
    value: real("value").notNull(),
    note: text("note"),
    source: text("source"),
    // Outside the soft range or a year-on-year jump beyond the indicator's limit.
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("values_area_indicator_year_uq").on(t.areaId, t.indicatorKey, t.year),
    // Covering the peer-comparison read (one indicator, a window of years, every area) so that it
    // never touches the table: about twice as fast at 3,000 areas.
    index("values_indicator_year_cover_idx").on(t.indicatorKey, t.year, t.areaId, t.value),
    // "Is any demo value left?" is asked on every page (the banner): without this it scanned every value.
    index("values_demo_idx").on(t.areaId).where(sql`${t.isDemo} = 1`),
  ],
);

// The five-year plan periods targets are set for (db/seed/plan-periods.ts): code-owned reference
// data, like the indicator catalogue. lib/domain/plan.ts reads them; no other code knows plan years.
export const planPeriods = sqliteTable(
  "plan_periods",
  {
    code: text("code").primaryKey(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    baseYear: integer("base_year").notNull(),
    targetYear: integer("target_year").notNull(),
    state: text("state", { enum: PERIOD_STATES }).notNull(),
  },
  (t) => [check("plan_periods_years", sql`${t.baseYear} < ${t.targetYear}`)],
);

// What the national plan of a period sets for the country, per indicator, with its source: the reference
// line beside an area's own target. Code-owned (db/seed/national-references.ts). No value: none published.
export const nationalReferences = sqliteTable(
  "national_references",
  {
    period: text("period")
      .notNull()
      .references(() => planPeriods.code),
    indicatorKey: text("indicator_key")
      .notNull()
      .references(() => indicators.key),
    kind: text("kind", { enum: TARGET_KINDS }),
    value: real("value"),
    source: text("source").notNull(),
    sourceUrl: text("source_url"),
  },
  (t) => [primaryKey({ columns: [t.period, t.indicatorKey] })],
);

// A break in an indicator's series: from `fromYear` on, its values are counted another way (a changed
// statistical definition), so a change across that year is not all the area's doing. Reference data
// with the source it comes from, seeded like the catalogue (db/seed/series-breaks.ts).
export const seriesBreaks = sqliteTable(
  "series_breaks",
  {
    indicatorKey: text("indicator_key")
      .notNull()
      .references(() => indicators.key),
    fromYear: integer("from_year").notNull(),
    reasonZh: text("reason_zh").notNull(),
    reasonEn: text("reason_en").notNull(),
    source: text("source").notNull(),
    sourceUrl: text("source_url").notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorKey, t.fromYear] })],
);

export const targets = sqliteTable(
  "targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    indicatorKey: text("indicator_key")
      .notNull()
      .references(() => indicators.key),
    // Every target belongs to a plan period; its target year is the period's.
    period: text("period").notNull().default("fyp14"),
    targetYear: integer("target_year").notNull(),
    kind: text("kind", { enum: TARGET_KINDS }).notNull(),
    value: real("value").notNull(),
    baseYear: integer("base_year").notNull(),
    reason: text("reason"),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    setBy: integer("set_by").references(() => users.id),
    setAt: integer("set_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    uniqueIndex("targets_area_indicator_period_uq").on(t.areaId, t.indicatorKey, t.period),
    check("targets_base_before_target", sql`${t.baseYear} < ${t.targetYear}`),
  ],
);

// Once a period's target-year values are submitted, an official no longer changes that period's targets
// directly: they file a request (the new target, or its removal, with a written reason), and an
// evaluator approves it (the change is applied and audited in the same transaction) or declines it,
// with a note. The requests stay as the record of what was asked and decided.
export const targetChangeRequests = sqliteTable(
  "target_change_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    indicatorKey: text("indicator_key")
      .notNull()
      .references(() => indicators.key),
    period: text("period")
      .notNull()
      .references(() => planPeriods.code),
    action: text("action", { enum: TARGET_REQUEST_ACTIONS }).notNull(),
    // The target asked for (null when the request is to remove it).
    kind: text("kind", { enum: TARGET_KINDS }),
    value: real("value"),
    baseYear: integer("base_year"),
    reason: text("reason").notNull(),
    status: text("status", { enum: TARGET_REQUEST_STATUSES }).notNull().default("pending"),
    requestedBy: integer("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decisionNote: text("decision_note"),
  },
  (t) => [
    // One open request per target at a time.
    uniqueIndex("target_requests_pending_uq").on(t.areaId, t.indicatorKey, t.period).where(sql`${t.status} = 'pending'`),
    index("target_requests_status_idx").on(t.status, t.requestedAt),
    index("target_requests_area_idx").on(t.areaId, t.period),
    check("target_requests_set_complete", sql`${t.action} <> 'set' or (${t.kind} is not null and ${t.value} is not null and ${t.baseYear} is not null)`),
  ],
);

// A peer group someone picked by hand and saved under a name; used in links as `saved:<id>`.
export const savedGroups = sqliteTable(
  "saved_groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    // Comma-separated area codes, in the order they were picked.
    areaCodes: text("area_codes").notNull(),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [index("saved_groups_owner_idx").on(t.ownerId)],
);

// The comment thread of one area-year: free comments, and the reasons given with returns and reopenings.
export const reviewComments = sqliteTable(
  "review_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: COMMENT_KINDS }).notNull(),
    // Set when the comment concerns one field of the entry form.
    indicatorKey: text("indicator_key").references(() => indicators.key),
    body: text("body").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  },
  (t) => [index("review_comments_area_year_idx").on(t.areaId, t.year)],
);

// Append-only record of every change (database triggers refuse UPDATE and DELETE).
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    // Null for changes made by the system itself (seeding, derived values).
    actorId: integer("actor_id").references(() => users.id),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    entity: text("entity", { enum: AUDIT_ENTITIES }).notNull(),
    // A readable key of the changed thing, e.g. "zigong/hte_count/2024" or "user:12".
    entityKey: text("entity_key").notNull(),
    areaId: integer("area_id").references(() => areas.id),
    indicatorKey: text("indicator_key"),
    year: integer("year"),
    // JSON of the changed fields before and after (null on create / delete).
    oldValue: text("old_value"),
    newValue: text("new_value"),
    reason: text("reason"),
  },
  (t) => [
    index("audit_area_at_idx").on(t.areaId, t.at),
    index("audit_actor_at_idx").on(t.actorId, t.at),
    index("audit_entity_key_idx").on(t.entityKey, t.at),
    index("audit_at_idx").on(t.at),
  ],
);

// A counter per table that results derived from it are kept against (lib/services/cache.ts). Triggers
// (migrations 0007, 0011, 0013) move it on every insert, update and delete, by any connection, so
// nothing that writes has to remember it; a grade decision or a comment leaves the composites'
// counters alone. `areas` moves only when an active area (or its member cities) changes, or an area
// becomes or stops being active: kept results read active areas only. `users` moves only when a name
// changes or an account goes (the names shown beside decisions and assessments): a registration, a
// sign-in or a password change leaves it alone. The tables without a counter (sessions, sign-in
// attempts, the audit log, comments, saved groups) are read by no kept result.
export const DATA_VERSIONED_TABLES = [
  "indicator_values",
  "targets",
  "areas",
  "area_years",
  "indicators",
  "plan_periods",
  "national_references",
  "qualitative_assessments",
  "grade_decisions",
  "official_results",
  "users",
] as const;
export type DataVersionedTable = (typeof DATA_VERSIONED_TABLES)[number];
export const dataVersions = sqliteTable("data_versions", {
  name: text("name", { enum: DATA_VERSIONED_TABLES }).primaryKey(),
  version: integer("version").notNull().default(0),
});

// Counters per indicator, moved by triggers (migrations 0008, 0009) on every insert, update and delete
// of its values, by any connection: the values of one indicator kept in memory
// (lib/services/value-columns.ts) are read again only when that indicator's values change, and only
// the values, not which area and year each belongs to, when no row was added, removed or re-keyed.
export const indicatorValueVersions = sqliteTable("indicator_value_versions", {
  indicatorKey: text("indicator_key").primaryKey(),
  /** Moves on every insert, update and delete of the indicator's values (migrations 0008, 0009). */
  version: integer("version").notNull().default(0),
  /** Moves only when the indicator's set of (area, year) rows changes: an insert, a delete, a re-keyed row (0009). */
  rowsVersion: integer("rows_version").notNull().default(0),
});

// Failed sign-ins per account and per client address, to slow down password guessing.
// One row per signed-in session (browser): the session token names its row, and the session ends
// when the row goes (sign-out, a password change elsewhere, deactivation) or is older than the
// absolute lifetime. Rows are made at sign-in and removed then, or when they have run out.
export const userSessions = sqliteTable(
  "user_sessions",
  {
    // Random, 128 bits (base64url); carried in the encrypted session token only.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    // When the password was checked: the absolute lifetime counts from here, whatever renewals follow.
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

export const loginAttempts = sqliteTable("login_attempts", {
  // "email:<address>" or "ip:<address>"
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: integer("first_failure_at", { mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
});

// The evaluator's qualitative scores (1–5) and comments for one area-year, one row per aspect.
export const qualitativeAssessments = sqliteTable(
  "qualitative_assessments",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    aspect: text("aspect", { enum: QUALITATIVE_ASPECTS }).notNull(),
    score: integer("score").notNull(),
    comment: text("comment"),
    updatedBy: integer("updated_by")
      .notNull()
      .references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.year, t.aspect] }),
    check("qualitative_score_range", sql`${t.score} between 1 and 5`),
  ],
);

// An evaluator's decision on the proposed annual grade: confirmed as proposed, or overridden with a reason.
export const gradeDecisions = sqliteTable(
  "grade_decisions",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    proposedGrade: text("proposed_grade", { enum: GRADE_VALUES }),
    finalGrade: text("final_grade", { enum: GRADE_VALUES }).notNull(),
    reason: text("reason"),
    decidedBy: integer("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.year] })],
);

// The programme's own record: results of the national evaluation as published by the national bodies,
// each with its source. Seeded from the published notices (seed_key set) and added by evaluators.
export const officialResults = sqliteTable(
  "official_results",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    // The evaluation year; for a result covering a period (a five-year plan), its last year.
    year: integer("year").notNull(),
    periodStart: integer("period_start"),
    // The city (or park) the source names; both null when the source grades the area as a whole.
    cityZh: text("city_zh"),
    cityEn: text("city_en"),
    result: text("result", { enum: OFFICIAL_RESULTS }).notNull(),
    // The field of a commendation, as the source names it.
    fieldZh: text("field_zh"),
    fieldEn: text("field_en"),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url").notNull(),
    sourceKind: text("source_kind", { enum: SOURCE_KINDS }).notNull(),
    // The policy document (db/seed/policy-documents.ts) that published the result, where it is one of them.
    policyDocument: text("policy_document"),
    noteZh: text("note_zh"),
    noteEn: text("note_en"),
    // Reference rows only: what the seed recognises its own rows by.
    seedKey: text("seed_key").unique(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    index("official_results_area_year_idx").on(t.areaId, t.year),
    index("official_results_year_idx").on(t.year),
    check("official_results_url", sql`${t.sourceUrl} like 'http://%' or ${t.sourceUrl} like 'https://%'`),
    check("official_results_commendation_field", sql`${t.result} <> 'commendation' or ${t.fieldZh} is not null or ${t.fieldEn} is not null`),
    check("official_results_period", sql`${t.periodStart} is null or ${t.periodStart} < ${t.year}`),
  ],
);

export type Area = typeof areas.$inferSelect;
export type NewArea = typeof areas.$inferInsert;
export type Indicator = typeof indicators.$inferSelect;
export type NewIndicator = typeof indicators.$inferInsert;
export type IndicatorValue = typeof indicatorValues.$inferSelect;
export type Target = typeof targets.$inferSelect;
export type TargetChangeRequest = typeof targetChangeRequests.$inferSelect;
export type PlanPeriodRow = typeof planPeriods.$inferSelect;
export type User = typeof users.$inferSelect;
export type Role = (typeof ROLES)[number];
export type UserStatus = (typeof USER_STATUSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type GrowthForm = (typeof GROWTH_FORMS)[number];
// The reporting calendar: per reporting year, the day its data are due and the day review should be
// done by (Beijing calendar days, "YYYY-MM-DD"). A year without a row keeps the defaults of
// lib/domain/calendar.ts (31 March and 30 June of the following year). Set by administrators, audited.
export const reportingCalendar = sqliteTable(
  "reporting_calendar",
  {
    year: integer("year").primaryKey(),
    dataDueOn: text("data_due_on").notNull(),
    reviewDueOn: text("review_due_on").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    check("reporting_calendar_order", sql`${t.dataDueOn} < ${t.reviewDueOn}`),
    check("reporting_calendar_after_year", sql`${t.dataDueOn} > (${t.year} || '-12-31')`),
  ],
);

// What one person is told of on their to-do page (lib/services/notifications.ts): a year submitted
// (to evaluators), returned or approved (to the area's officials), its deadline near or passed (to the
// area's officials). A deadline entry carries a key, so that it is added once per person and deadline.
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notifications_user_read_idx").on(t.userId, t.readAt), uniqueIndex("notifications_dedupe_uq").on(t.userId, t.dedupeKey)],
);

export type TargetKind = (typeof TARGET_KINDS)[number];
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];
export type Locale = (typeof LOCALES)[number];
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type AuditEntry = typeof auditLog.$inferInsert;

// The form of the summary documents, set by an administrator (docs/methodology.md §6.12): who issues
// them and the pattern of their numbers. One row (id 1); without it the defaults of
// lib/domain/document-number.ts apply.
export const documentSettings = sqliteTable(
  "document_settings",
  {
    id: integer("id").primaryKey(),
    issuerZh: text("issuer_zh").notNull(),
    issuerEn: text("issuer_en").notNull(),
    numberPattern: text("number_pattern").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [check("document_settings_one_row", sql`${t.id} = 1`)],
);

// The number of an area-year's summary document: given the first time the document is made with its
// year approved and its grade decided, and kept from then on (both languages carry it). `seq` counts
// the documents numbered in `issue_year`, from 1.
export const documentNumbers = sqliteTable(
  "document_numbers",
  {
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    issueYear: integer("issue_year").notNull(),
    seq: integer("seq").notNull(),
    number: text("number").notNull(),
    issuedAt: integer("issued_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.year] }),
    uniqueIndex("document_numbers_issue_seq_uq").on(t.issueYear, t.seq),
    uniqueIndex("document_numbers_number_uq").on(t.number),
  ],
);

// A file an official attached as evidence to an area-year, or to one of its values (indicator_key),
// checked by its content (lib/domain/attachment-type.ts). The bytes live under data/attachments/
// beside the database, in `stored_name` (random, never the uploader's name); `file_name` is the
// name it had, shown and offered on download only. Limits: lib/domain/attachment-type.ts.
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    indicatorKey: text("indicator_key").references(() => indicators.key),
    kind: text("kind", { enum: ATTACHMENT_KINDS }).notNull(),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull().unique(),
    bytes: integer("bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: integer("uploaded_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  },
  (t) => [index("attachments_area_year_idx").on(t.areaId, t.year), check("attachments_bytes_positive", sql`${t.bytes} > 0`)],
);
