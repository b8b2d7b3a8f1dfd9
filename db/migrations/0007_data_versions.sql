CREATE TABLE `data_versions` (
	`name` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('indicator_values', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('targets', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('areas', 0);--> statement-breakpoint
CREATE TRIGGER `indicator_values_version_insert` AFTER INSERT ON `indicator_values` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicator_values'; END;--> statement-breakpoint
CREATE TRIGGER `indicator_values_version_update` AFTER UPDATE ON `indicator_values` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicator_values'; END;--> statement-breakpoint
CREATE TRIGGER `indicator_values_version_delete` AFTER DELETE ON `indicator_values` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicator_values'; END;--> statement-breakpoint
CREATE TRIGGER `targets_version_insert` AFTER INSERT ON `targets` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'targets'; END;--> statement-breakpoint
CREATE TRIGGER `targets_version_update` AFTER UPDATE ON `targets` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'targets'; END;--> statement-breakpoint
CREATE TRIGGER `targets_version_delete` AFTER DELETE ON `targets` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'targets'; END;--> statement-breakpoint
CREATE TRIGGER `areas_version_insert` AFTER INSERT ON `areas` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `areas_version_update` AFTER UPDATE ON `areas` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `areas_version_delete` AFTER DELETE ON `areas` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;
