CREATE TABLE `area_years` (
	`area_id` integer NOT NULL,
	`year` integer NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`area_id`, `year`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`level` text NOT NULL,
	`wave` text NOT NULL,
	`year_designated` integer,
	`province` text NOT NULL,
	`member_cities` text DEFAULT '' NOT NULL,
	`type` text NOT NULL,
	`resource_type` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `areas_code_unique` ON `areas` (`code`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`indicator_key` text NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`note` text,
	`source` text,
	`flagged` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `values_area_indicator_year_uq` ON `indicator_values` (`area_id`,`indicator_key`,`year`);--> statement-breakpoint
CREATE INDEX `values_indicator_year_idx` ON `indicator_values` (`indicator_key`,`year`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`key` text PRIMARY KEY NOT NULL,
	`sort_order` integer NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`unit_zh` text NOT NULL,
	`unit_en` text NOT NULL,
	`direction` text NOT NULL,
	`dimension` text NOT NULL,
	`group` text NOT NULL,
	`decimals` integer NOT NULL,
	`hard_min` real,
	`hard_max` real,
	`soft_min` real,
	`soft_max` real,
	`yoy_kind` text,
	`yoy_max_down` real,
	`yoy_max_up` real,
	`growth_form` text NOT NULL,
	`national_ref` real,
	`national_ref_kind` text,
	`national_ref_source` text,
	`derivation` text
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`indicator_key` text NOT NULL,
	`target_year` integer DEFAULT 2025 NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`base_year` integer DEFAULT 2020 NOT NULL,
	`reason` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`set_by` integer,
	`set_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "targets_base_before_target" CHECK("targets"."base_year" < "targets"."target_year")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_area_indicator_uq` ON `targets` (`area_id`,`indicator_key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`area_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`locale` text DEFAULT 'zh' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_area_idx` ON `users` (`area_id`);