CREATE TABLE `series_breaks` (
	`indicator_key` text NOT NULL,
	`from_year` integer NOT NULL,
	`reason_zh` text NOT NULL,
	`reason_en` text NOT NULL,
	`source` text NOT NULL,
	`source_url` text NOT NULL,
	PRIMARY KEY(`indicator_key`, `from_year`),
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action
);
