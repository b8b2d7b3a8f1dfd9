DROP INDEX `values_indicator_year_idx`;--> statement-breakpoint
CREATE INDEX `values_indicator_year_cover_idx` ON `indicator_values` (`indicator_key`,`year`,`area_id`,`value`);