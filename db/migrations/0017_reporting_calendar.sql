CREATE TABLE `reporting_calendar` (
	`year` integer PRIMARY KEY NOT NULL,
	`data_due_on` text NOT NULL,
	`review_due_on` text NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reporting_calendar_order" CHECK("reporting_calendar"."data_due_on" < "reporting_calendar"."review_due_on"),
	CONSTRAINT "reporting_calendar_after_year" CHECK("reporting_calendar"."data_due_on" > ("reporting_calendar"."year" || '-12-31'))
);
