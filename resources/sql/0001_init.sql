-- SPDX-FileCopyrightText: 2026 The Verdes authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 1: the vault's metadata, officers, and the snapshot layer of the registry (DOMAIN.md §3).
-- Column names are the CSV column names (DOMAIN.md §13); a test checks them against the field table.
-- Coded values are INTEGER, everything else TEXT (16-digit numbers and coordinates stay text so they
-- round-trip exactly). NULL means "not recorded". Every registry row carries `version`, which
-- increases on each change; proposals record the version they were made against.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Officers who hold a key slot. Roles are enforced by the models (issue: proposals and roles).
CREATE TABLE officers (
    officer_id TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX officers_active_name ON officers (name COLLATE NOCASE) WHERE removed_at IS NULL;

-- One row per snapshot import (or demo generation), with its counts.
CREATE TABLE imports (
    import_id            INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('snapshot', 'demo')),
    source_name          TEXT NOT NULL,
    source_sha256        TEXT NOT NULL,
    officer_id           TEXT,
    started_at           TEXT NOT NULL,
    finished_at          TEXT NOT NULL,
    rows_read            INTEGER NOT NULL,
    rows_skipped         INTEGER NOT NULL,
    households_added     INTEGER NOT NULL,
    households_changed   INTEGER NOT NULL,
    households_unchanged INTEGER NOT NULL,
    households_missing   INTEGER NOT NULL,
    members_added        INTEGER NOT NULL,
    members_changed      INTEGER NOT NULL,
    members_unchanged    INTEGER NOT NULL,
    members_missing      INTEGER NOT NULL,
    warnings             INTEGER NOT NULL
) STRICT;

-- The rejected-rows report of an import with "skip bad rows" (DOMAIN.md §13), kept in the vault.
CREATE TABLE rejected_rows (
    import_id INTEGER NOT NULL REFERENCES imports (import_id),
    line      INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    raw       TEXT NOT NULL,
    PRIMARY KEY (import_id, line)
) STRICT;

-- Families (one KK each): the 69 household columns and instrument_version.
CREATE TABLE households (
    household_id TEXT PRIMARY KEY,
    village_code TEXT,
    dusun TEXT,
    rw INTEGER,
    rt INTEGER,
    sls_code TEXT,
    sub_sls_code TEXT,
    address TEXT,
    building_no INTEGER,
    family_no INTEGER,
    kk_number TEXT,
    family_status INTEGER,
    latitude TEXT,
    longitude TEXT,
    desil INTEGER,
    pln_customer_id TEXT,
    prog_bpnt INTEGER,
    prog_bpnt_period TEXT,
    prog_pkh INTEGER,
    prog_pkh_period TEXT,
    prog_blt_dd INTEGER,
    prog_blt_dd_period TEXT,
    prog_electricity_subsidy INTEGER,
    prog_electricity_subsidy_period TEXT,
    prog_regional_aid INTEGER,
    prog_regional_aid_period TEXT,
    prog_fertiliser_subsidy INTEGER,
    prog_fertiliser_subsidy_period TEXT,
    prog_lpg_subsidy INTEGER,
    prog_lpg_subsidy_period TEXT,
    tenure INTEGER,
    land_proof INTEGER,
    floor_area_m2 INTEGER,
    floor INTEGER,
    wall INTEGER,
    roof INTEGER,
    water_source INTEGER,
    water_septic_distance INTEGER,
    lighting INTEGER,
    power_1 INTEGER,
    power_2 INTEGER,
    power_3 INTEGER,
    cooking_fuel INTEGER,
    toilet_facility INTEGER,
    toilet_type INTEGER,
    faeces_disposal INTEGER,
    asset_lpg_5kg INTEGER,
    asset_fridge INTEGER,
    asset_ac INTEGER,
    asset_water_heater INTEGER,
    asset_landline INTEGER,
    asset_tv INTEGER,
    asset_gold_10g INTEGER,
    asset_computer INTEGER,
    asset_motorcycle INTEGER,
    asset_bicycle INTEGER,
    asset_car INTEGER,
    asset_boat INTEGER,
    asset_motorboat INTEGER,
    asset_smartphone INTEGER,
    livestock_cattle INTEGER,
    livestock_buffalo INTEGER,
    livestock_horse INTEGER,
    livestock_pig INTEGER,
    livestock_goat_sheep INTEGER,
    land_elsewhere INTEGER,
    house_elsewhere INTEGER,
    internet_access INTEGER,
    bank_account INTEGER,
    instrument_version TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    content_hash BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'missing')),
    missing_since INTEGER REFERENCES imports (import_id),
    first_import INTEGER REFERENCES imports (import_id),
    last_import INTEGER REFERENCES imports (import_id)
) STRICT;

-- Members, one row per person; `ordinal` keeps the order of the family (head first).
CREATE TABLE members (
    person_id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (household_id),
    nik TEXT,
    name TEXT,
    member_kk_number TEXT,
    presence INTEGER,
    presence_date TEXT,
    sex INTEGER,
    birth_place TEXT,
    birth_date TEXT,
    marital_status INTEGER,
    relationship INTEGER,
    religion INTEGER,
    pregnant INTEGER,
    id_documents INTEGER,
    school_participation INTEGER,
    school_level INTEGER,
    school_grade INTEGER,
    diploma INTEGER,
    worked_last_week INTEGER,
    work_hours INTEGER,
    work_sector INTEGER,
    employment_status INTEGER,
    npwp INTEGER,
    has_business INTEGER,
    business_count INTEGER,
    business_sector INTEGER,
    business_paid_workers INTEGER,
    business_unpaid_workers INTEGER,
    business_licence INTEGER,
    business_turnover INTEGER,
    business_internet INTEGER,
    nutrition INTEGER,
    diff_seeing INTEGER,
    diff_hearing INTEGER,
    diff_walking INTEGER,
    diff_hands INTEGER,
    diff_learning INTEGER,
    diff_behaviour INTEGER,
    diff_communicating INTEGER,
    diff_selfcare INTEGER,
    diff_remembering INTEGER,
    depressed INTEGER,
    carer INTEGER,
    chronic_illness INTEGER,
    health_insurance INTEGER,
    prakerja INTEGER,
    kur INTEGER,
    umi INTEGER,
    pip INTEGER,
    employment_insurance INTEGER,
    ordinal INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    content_hash BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'missing')),
    missing_since INTEGER REFERENCES imports (import_id),
    first_import INTEGER REFERENCES imports (import_id),
    last_import INTEGER REFERENCES imports (import_id)
) STRICT;

CREATE INDEX members_household ON members (household_id, ordinal);
CREATE INDEX members_nik ON members (nik) WHERE nik IS NOT NULL;
CREATE INDEX households_kk ON households (kk_number) WHERE kk_number IS NOT NULL;
CREATE INDEX households_place ON households (rw, rt);

-- Validation findings (W and G rules) of the stored records, replaced for a household whenever it
-- changes. `args` are the arguments of the rule's sentence, joined by U+001F.
CREATE TABLE record_issues (
    household_id TEXT NOT NULL REFERENCES households (household_id) ON DELETE CASCADE,
    person_id    TEXT,
    rule         TEXT NOT NULL,
    severity     INTEGER NOT NULL,
    field        TEXT NOT NULL,
    args         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX record_issues_household ON record_issues (household_id);
CREATE INDEX record_issues_rule ON record_issues (rule);
