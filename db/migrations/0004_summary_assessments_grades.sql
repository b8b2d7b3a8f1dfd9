CREATE TABLE `grade_decisions` (
	`area_id` integer NOT NULL,
	`year` integer NOT NULL,
	`proposed_grade` text,
	`final_grade` text NOT NULL,
	`reason` text,
	`decided_by` integer NOT NULL,
	`decided_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`area_id`, `year`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `qualitative_assessments` (
	`area_id` integer NOT NULL,
	`year` integer NOT NULL,
	`aspect` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`updated_by` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`area_id`, `year`, `aspect`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "qualitative_score_range" CHECK("qualitative_assessments"."score" between 1 and 5)
);
