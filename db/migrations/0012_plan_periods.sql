CREATE TABLE `plan_periods` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`base_year` integer NOT NULL,
	`target_year` integer NOT NULL,
	`state` text NOT NULL,
	CONSTRAINT "plan_periods_years" CHECK("plan_periods"."base_year" < "plan_periods"."target_year")
);
--> statement-breakpoint
CREATE TABLE `national_references` (
	`period` text NOT NULL,
	`indicator_key` text NOT NULL,
	`kind` text,
	`value` real,
	`source` text NOT NULL,
	`source_url` text,
	PRIMARY KEY(`period`, `indicator_key`),
	FOREIGN KEY (`period`) REFERENCES `plan_periods`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- From here written by hand: drizzle-kit would rebuild the targets table (and lose its triggers of
-- migration 0007) to drop the old column defaults. Every existing target belongs to the 14th plan
-- period and keeps its values.
INSERT INTO `plan_periods` VALUES ('fyp14', '“十四五”时期（2021—2025年）', '14th Five-Year Plan period (2021–2025)', 2020, 2025, 'closed');--> statement-breakpoint
ALTER TABLE `targets` ADD `period` text DEFAULT 'fyp14' NOT NULL;--> statement-breakpoint
DROP INDEX `targets_area_indicator_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `targets_area_indicator_period_uq` ON `targets` (`area_id`,`indicator_key`,`period`);--> statement-breakpoint
-- The 14th period's national references move to national_references (re-applied from
-- db/seed/national-references.ts on every start).
ALTER TABLE `indicators` DROP COLUMN `national_ref`;--> statement-breakpoint
ALTER TABLE `indicators` DROP COLUMN `national_ref_kind`;--> statement-breakpoint
ALTER TABLE `indicators` DROP COLUMN `national_ref_source`;
