CREATE TABLE `target_change_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`indicator_key` text NOT NULL,
	`period` text NOT NULL,
	`action` text NOT NULL,
	`kind` text,
	`value` real,
	`base_year` integer,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`decision_note` text,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period`) REFERENCES `plan_periods`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "target_requests_set_complete" CHECK("target_change_requests"."action" <> 'set' or ("target_change_requests"."kind" is not null and "target_change_requests"."value" is not null and "target_change_requests"."base_year" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `target_requests_pending_uq` ON `target_change_requests` (`area_id`,`indicator_key`,`period`) WHERE "target_change_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `target_requests_status_idx` ON `target_change_requests` (`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `target_requests_area_idx` ON `target_change_requests` (`area_id`,`period`);