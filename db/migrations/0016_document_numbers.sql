CREATE TABLE `document_numbers` (
	`area_id` integer NOT NULL,
	`year` integer NOT NULL,
	`issue_year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`issued_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`area_id`, `year`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_numbers_issue_seq_uq` ON `document_numbers` (`issue_year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_numbers_number_uq` ON `document_numbers` (`number`);--> statement-breakpoint
CREATE TABLE `document_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`issuer_zh` text NOT NULL,
	`issuer_en` text NOT NULL,
	`number_pattern` text NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "document_settings_one_row" CHECK("document_settings"."id" = 1)
);
