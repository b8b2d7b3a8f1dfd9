CREATE TABLE `area_cities` (
	`area_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name_zh` text,
	`name_en` text,
	`source_url` text,
	PRIMARY KEY(`area_id`, `position`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "area_cities_named" CHECK("area_cities"."name_zh" is not null or "area_cities"."name_en" is not null)
);
--> statement-breakpoint
CREATE TABLE `official_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`year` integer NOT NULL,
	`period_start` integer,
	`city_zh` text,
	`city_en` text,
	`result` text NOT NULL,
	`field_zh` text,
	`field_en` text,
	`source_title` text NOT NULL,
	`source_url` text NOT NULL,
	`source_kind` text NOT NULL,
	`policy_document` text,
	`note_zh` text,
	`note_en` text,
	`seed_key` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "official_results_url" CHECK("official_results"."source_url" like 'http://%' or "official_results"."source_url" like 'https://%'),
	CONSTRAINT "official_results_commendation_field" CHECK("official_results"."result" <> 'commendation' or "official_results"."field_zh" is not null or "official_results"."field_en" is not null),
	CONSTRAINT "official_results_period" CHECK("official_results"."period_start" is null or "official_results"."period_start" < "official_results"."year")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `official_results_seed_key_unique` ON `official_results` (`seed_key`);--> statement-breakpoint
CREATE INDEX `official_results_area_year_idx` ON `official_results` (`area_id`,`year`);--> statement-breakpoint
CREATE INDEX `official_results_year_idx` ON `official_results` (`year`);--> statement-breakpoint
-- Hand-written: the member cities move from the areas' semicolon-separated text into area_cities, in
-- order, before the column goes. A name with a Chinese character is taken as the Chinese name, any
-- other as the English one (the reference list held English names; registrations held either). The
-- reference seed then completes the 40 designated areas' rows in both languages (db/seed/area-cities.ts).
WITH RECURSIVE `split`(`area_id`, `position`, `part`, `rest`) AS (
	SELECT `id`, -1, NULL, `member_cities` || ';' FROM `areas`
	UNION ALL
	SELECT `area_id`, `position` + 1, trim(substr(`rest`, 1, instr(`rest`, ';') - 1)), substr(`rest`, instr(`rest`, ';') + 1)
	FROM `split` WHERE `rest` <> ''
)
INSERT INTO `area_cities` (`area_id`, `position`, `name_zh`, `name_en`)
SELECT `area_id`, `position`,
	CASE WHEN `part` GLOB '*[一-鿿]*' THEN `part` END,
	CASE WHEN `part` GLOB '*[一-鿿]*' THEN NULL ELSE `part` END
FROM `split` WHERE `part` IS NOT NULL AND `part` <> '';--> statement-breakpoint
-- Hand-written: the member cities are part of what the areas' kept results depend on (the area search
-- matches them), so their changes move the areas' counter (migration 0007).
CREATE TRIGGER `area_cities_version_insert` AFTER INSERT ON `area_cities` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `area_cities_version_update` AFTER UPDATE ON `area_cities` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `area_cities_version_delete` AFTER DELETE ON `area_cities` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
ALTER TABLE `areas` DROP COLUMN `member_cities`;