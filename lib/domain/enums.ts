// Enumerations, declared once: the schema, zod schemas, domain code and client components share them
// (kept out of db/schema so that client bundles do not pull in drizzle).
export const AREA_LEVELS = ["city", "county"] as const;
export const AREA_WAVES = ["1", "2", "park", "other"] as const;
export const AREA_TYPES = ["old-industrial", "resource-based", "both"] as const;
export const RESOURCE_TYPES = [
  "coal",
  "forestry",
  "nonferrous",
  "petroleum",
  "ferrous",
  "other",
  "none",
] as const;
export const RECORD_STATUSES = ["active", "pending", "rejected"] as const;
/** An account's status: an area's, plus "deactivated" (stopped by an administrator; may be reactivated). */
export const USER_STATUSES = [...RECORD_STATUSES, "deactivated"] as const;
export const DIRECTIONS = ["higher", "lower", "context"] as const;
export const DIMENSIONS = ["entity", "factor", "structure", "context"] as const;
export const INDICATOR_GROUPS = [
  "population",
  "industry",
  "rd",
  "digital",
  "green",
  "urban",
  "economy",
] as const;
export const GROWTH_FORMS = ["compound", "linear"] as const;
export const CHANGE_KINDS = ["percent", "points"] as const;
export const TARGET_KINDS = ["absolute", "change_pct", "annual_growth"] as const;
/** A plan period is open (targets may be set and progress is assessed) or closed (its targets are judged). */
export const PERIOD_STATES = ["open", "closed"] as const;
export const ROLES = ["admin", "evaluator", "official", "viewer"] as const;
export const LOCALES = ["zh", "en"] as const;
export const SUBMISSION_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export const COMMENT_KINDS = ["comment", "submit", "approve", "return", "reopen"] as const;
/** What a person is told of on their to-do page: a year submitted, returned or approved; a deadline near or passed. */
export const NOTIFICATION_KINDS = ["submitted", "returned", "approved", "due_soon", "overdue"] as const;
export const AUDIT_ACTIONS = ["create", "update", "delete", "status"] as const;
export const AUDIT_ENTITIES = ["value", "target", "target_request", "area", "user", "area_year", "assessment", "grade", "saved_group", "official_result", "document_settings", "reporting_calendar", "attachment"] as const;
/** A request to change a target once its period's target-year values are submitted: set a new target, or remove it. */
export const TARGET_REQUEST_ACTIONS = ["set", "remove"] as const;
/** pending → approved (the change is applied) or declined (the target stays), by an evaluator. */
export const TARGET_REQUEST_STATUSES = ["pending", "approved", "declined"] as const;
export const QUALITATIVE_ASPECTS = ["park_building", "industrial_development", "urban_renewal", "green_low_carbon"] as const;
export const GRADE_VALUES = ["excellent", "good", "fair", "poor"] as const;
/** A published result of the national evaluation: a grade, or a commendation in a named field. */
export const OFFICIAL_RESULTS = ["excellent", "good", "poor", "commendation"] as const;
/** Where a source comes from: a government site, a named news outlet, or a third-party repost or aggregator. */
export const SOURCE_KINDS = ["official", "press", "repost"] as const;

/** The kinds of file an official may attach as evidence, as their content shows them (lib/domain/attachment-type.ts). */
export const ATTACHMENT_KINDS = ["pdf", "png", "jpeg", "xlsx"] as const;
