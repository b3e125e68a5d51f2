"""The names of the groups the roles use (created by website's data migration 0003), in one place."""

EDITORS = "Editors"
PANEL = "Lived experience panel"
CLINICAL_REVIEWERS = "Clinical reviewers"
TRANSLATORS = "Translators"
GP_TRAINEES = "GP trainees"
