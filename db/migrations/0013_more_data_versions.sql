-- Hand-written: write counters (migration 0007) for the further tables kept results read, so that a
-- kept summary, its documents, the overview and the progress are kept until a write that changes
-- their inputs (lib/services/cache.ts says which kind reads which), not until any write at all: a
-- sign-in, a session, a sign-in attempt, a registration, a comment or a saved group leaves them kept.
-- `users` moves only when a name changes (the names shown beside grade decisions, assessments and
-- recorded official results) or an account goes: a registration, a password, status or locale change does not.
INSERT INTO `data_versions` (`name`, `version`) VALUES ('area_years', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('indicators', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('plan_periods', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('national_references', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('qualitative_assessments', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('grade_decisions', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('official_results', 0);--> statement-breakpoint
INSERT INTO `data_versions` (`name`, `version`) VALUES ('users', 0);--> statement-breakpoint
CREATE TRIGGER `area_years_version_insert` AFTER INSERT ON `area_years` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'area_years'; END;--> statement-breakpoint
CREATE TRIGGER `area_years_version_update` AFTER UPDATE ON `area_years` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'area_years'; END;--> statement-breakpoint
CREATE TRIGGER `area_years_version_delete` AFTER DELETE ON `area_years` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'area_years'; END;--> statement-breakpoint
CREATE TRIGGER `indicators_version_insert` AFTER INSERT ON `indicators` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicators'; END;--> statement-breakpoint
CREATE TRIGGER `indicators_version_update` AFTER UPDATE ON `indicators` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicators'; END;--> statement-breakpoint
CREATE TRIGGER `indicators_version_delete` AFTER DELETE ON `indicators` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'indicators'; END;--> statement-breakpoint
CREATE TRIGGER `plan_periods_version_insert` AFTER INSERT ON `plan_periods` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'plan_periods'; END;--> statement-breakpoint
CREATE TRIGGER `plan_periods_version_update` AFTER UPDATE ON `plan_periods` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'plan_periods'; END;--> statement-breakpoint
CREATE TRIGGER `plan_periods_version_delete` AFTER DELETE ON `plan_periods` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'plan_periods'; END;--> statement-breakpoint
CREATE TRIGGER `national_references_version_insert` AFTER INSERT ON `national_references` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'national_references'; END;--> statement-breakpoint
CREATE TRIGGER `national_references_version_update` AFTER UPDATE ON `national_references` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'national_references'; END;--> statement-breakpoint
CREATE TRIGGER `national_references_version_delete` AFTER DELETE ON `national_references` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'national_references'; END;--> statement-breakpoint
CREATE TRIGGER `qualitative_assessments_version_insert` AFTER INSERT ON `qualitative_assessments` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'qualitative_assessments'; END;--> statement-breakpoint
CREATE TRIGGER `qualitative_assessments_version_update` AFTER UPDATE ON `qualitative_assessments` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'qualitative_assessments'; END;--> statement-breakpoint
CREATE TRIGGER `qualitative_assessments_version_delete` AFTER DELETE ON `qualitative_assessments` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'qualitative_assessments'; END;--> statement-breakpoint
CREATE TRIGGER `grade_decisions_version_insert` AFTER INSERT ON `grade_decisions` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'grade_decisions'; END;--> statement-breakpoint
CREATE TRIGGER `grade_decisions_version_update` AFTER UPDATE ON `grade_decisions` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'grade_decisions'; END;--> statement-breakpoint
CREATE TRIGGER `grade_decisions_version_delete` AFTER DELETE ON `grade_decisions` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'grade_decisions'; END;--> statement-breakpoint
CREATE TRIGGER `official_results_version_insert` AFTER INSERT ON `official_results` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'official_results'; END;--> statement-breakpoint
CREATE TRIGGER `official_results_version_update` AFTER UPDATE ON `official_results` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'official_results'; END;--> statement-breakpoint
CREATE TRIGGER `official_results_version_delete` AFTER DELETE ON `official_results` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'official_results'; END;--> statement-breakpoint
CREATE TRIGGER `users_version_name` AFTER UPDATE OF `name` ON `users` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'users'; END;--> statement-breakpoint
CREATE TRIGGER `users_version_delete` AFTER DELETE ON `users` BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'users'; END;
--> statement-breakpoint
-- Hand-written: every kept result reads active areas only, so a registration that proposes a new
-- (pending) area, its member cities, or its rejection no longer moves the areas' counter; its
-- approval (pending → active) does.
DROP TRIGGER `areas_version_insert`;--> statement-breakpoint
DROP TRIGGER `areas_version_update`;--> statement-breakpoint
DROP TRIGGER `areas_version_delete`;--> statement-breakpoint
DROP TRIGGER `area_cities_version_insert`;--> statement-breakpoint
DROP TRIGGER `area_cities_version_update`;--> statement-breakpoint
DROP TRIGGER `area_cities_version_delete`;--> statement-breakpoint
CREATE TRIGGER `areas_version_insert` AFTER INSERT ON `areas` WHEN NEW.`status` = 'active' BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `areas_version_update` AFTER UPDATE ON `areas` WHEN OLD.`status` = 'active' OR NEW.`status` = 'active' BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `areas_version_delete` AFTER DELETE ON `areas` WHEN OLD.`status` = 'active' BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `area_cities_version_insert` AFTER INSERT ON `area_cities` WHEN EXISTS (SELECT 1 FROM `areas` WHERE `id` = NEW.`area_id` AND `status` = 'active') BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `area_cities_version_update` AFTER UPDATE ON `area_cities` WHEN EXISTS (SELECT 1 FROM `areas` WHERE `id` IN (OLD.`area_id`, NEW.`area_id`) AND `status` = 'active') BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;--> statement-breakpoint
CREATE TRIGGER `area_cities_version_delete` AFTER DELETE ON `area_cities` WHEN EXISTS (SELECT 1 FROM `areas` WHERE `id` = OLD.`area_id` AND `status` = 'active') BEGIN UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'areas'; END;
