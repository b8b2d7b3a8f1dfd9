CREATE TABLE `indicator_value_versions` (
	`indicator_key` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `indicator_value_versions_insert` AFTER INSERT ON `indicator_values` BEGIN INSERT INTO `indicator_value_versions` (`indicator_key`, `version`) VALUES (new.`indicator_key`, 1) ON CONFLICT (`indicator_key`) DO UPDATE SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `indicator_value_versions_update` AFTER UPDATE ON `indicator_values` BEGIN INSERT INTO `indicator_value_versions` (`indicator_key`, `version`) VALUES (old.`indicator_key`, 1) ON CONFLICT (`indicator_key`) DO UPDATE SET `version` = `version` + 1; INSERT INTO `indicator_value_versions` (`indicator_key`, `version`) VALUES (new.`indicator_key`, 1) ON CONFLICT (`indicator_key`) DO UPDATE SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `indicator_value_versions_delete` AFTER DELETE ON `indicator_values` BEGIN INSERT INTO `indicator_value_versions` (`indicator_key`, `version`) VALUES (old.`indicator_key`, 1) ON CONFLICT (`indicator_key`) DO UPDATE SET `version` = `version` + 1; END;
