import GRDB

extension AppDatabase {
    /// The schema's history. A shipped migration is never edited: add the
    /// next one. Migrations are literal SQL, never domain types or code that
    /// lives elsewhere, so that what each does cannot change after it ships;
    /// `SchemaHistoryTests` compares the schema after each with
    /// `Tests/HanoutStoreTests/Schema/history.sql`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createCatalogue(db)
            try createAllocations(db)
            try createJournal(db)
        }
        migrator.registerMigration("v2") { db in
            // Counts for the whole region read these indexes instead of the tables:
            // today's allocations are those that end later (or never), a small
            // range of the end-day index even with millions of past ones.
            try db.execute(
                sql: """
                    CREATE INDEX allocation_by_end ON allocation(end_day, start_day);
                    CREATE INDEX unit_by_condition ON unit(condition);
                    """)
        }
        migrator.registerMigration("v3") { db in
            // Today's allocations, with their unit, read from the index alone: the
            // whole region's counts per zone never touch the five million rows.
            try db.execute(
                sql: """
                    DROP INDEX allocation_by_end;
                    CREATE INDEX allocation_current ON allocation(end_day, start_day, unit_id);
                    """)
        }
        migrator.registerMigration("v4") { db in
            // Search by words kept in list order (see `OccupantWords`) replaces the
            // full-text table, whose matches had to be sorted by name on every key.
            try db.execute(
                sql: """
                    DROP TRIGGER IF EXISTS __occupant_fts_ai;
                    DROP TRIGGER IF EXISTS __occupant_fts_ad;
                    DROP TRIGGER IF EXISTS __occupant_fts_au;
                    DROP TRIGGER IF EXISTS __occupant_fts_bu;
                    DROP TABLE occupant_fts;
                    CREATE TABLE occupant_word (
                        word TEXT NOT NULL,
                        name_key TEXT NOT NULL,
                        occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                        -- The CIN, folded, so a search of several words checks them all here.
                        cin_key TEXT,
                        PRIMARY KEY (word, name_key, occupant_id)) WITHOUT ROWID;
                    -- Names and CINs are indexed when an occupant is written; nothing
                    -- in Hanout changes them, and a change made by hand would leave
                    -- the search index wrong, so it is refused.
                    CREATE TRIGGER occupant_search_words_fixed
                    BEFORE UPDATE OF name, name_key, cin ON occupant
                    BEGIN SELECT RAISE(ABORT, 'an occupant''s name and CIN are not changed in place'); END;
                    """)
            // The words of the occupants already there are derived data, written
            // by the program of the day after migrating (see `AppDatabase.init`),
            // so that this step never changes with the code that cuts words.
        }
        migrator.registerMigration("v5") { db in
            // Whether a unit is allocated on a day, read from the index alone: the
            // list of zones counts a window's units at each scroll, one seek each,
            // without reading five million allocations scattered on disk.
            try db.execute(
                sql: """
                    DROP INDEX allocation_by_unit;
                    CREATE INDEX allocation_by_unit ON allocation(unit_id, start_day, end_day);
                    """)
        }
        migrator.registerMigration("v6") { db in
            // The units that allow a trade, for the units proposed to an occupant; and
            // codes as a clerk types them (any case) found by a seek, not a scan of a
            // hundred thousand units or of years of journal.
            try db.execute(
                sql: """
                    CREATE INDEX unit_trade_by_trade ON unit_trade(trade_code, unit_id);
                    CREATE INDEX unit_by_code_any_case ON unit(code COLLATE NOCASE);
                    CREATE INDEX zone_by_code_any_case ON zone(code COLLATE NOCASE);
                    CREATE INDEX journal_by_unit_any_case ON journal(unit_code COLLATE NOCASE, id);
                    """)
        }
        migrator.registerMigration("v7") { db in
            // Open-ended is NULL, never a date: the old triggers read a missing
            // end as 9999-12-31, so an allocation starting that day looked empty
            // and escaped them. Dates are kept within 1900-2200, which every
            // clerk's date is (a typing slip such as 20026 is refused). CINs are
            // kept in capitals; one written before in another case is still
            // found by a seek (`je124543` and `JE124543` are one card).
            try db.execute(
                sql: """
                    CREATE INDEX occupant_by_cin_any_case ON occupant(cin COLLATE NOCASE);

                    DROP TRIGGER allocation_no_overlap_on_insert;
                    DROP TRIGGER allocation_no_overlap_on_update;

                    CREATE TRIGGER allocation_days_in_range BEFORE INSERT ON allocation
                    WHEN NEW.start_day NOT BETWEEN '1900-01-01' AND '2200-12-31'
                      OR NEW.end_day NOT BETWEEN '1900-01-01' AND '2201-01-01'
                    BEGIN SELECT RAISE(ABORT, 'allocation dates outside 1900-2200'); END;

                    CREATE TRIGGER allocation_end_in_range BEFORE UPDATE OF end_day ON allocation
                    WHEN NEW.end_day NOT BETWEEN '1900-01-01' AND '2201-01-01'
                    BEGIN SELECT RAISE(ABORT, 'allocation dates outside 1900-2200'); END;

                    -- The referee: no two allocations of one unit share a day, whatever
                    -- the code above does, so two racing clerks cannot both win. An
                    -- allocation ended the day it began has no day and meets none.
                    CREATE TRIGGER allocation_no_overlap_on_insert BEFORE INSERT ON allocation
                    WHEN (NEW.end_day IS NULL OR NEW.end_day > NEW.start_day) AND EXISTS (
                        SELECT 1 FROM allocation other
                        WHERE other.unit_id = NEW.unit_id
                          AND (other.end_day IS NULL OR other.end_day > other.start_day)
                          AND (NEW.end_day IS NULL OR other.start_day < NEW.end_day)
                          AND (other.end_day IS NULL OR NEW.start_day < other.end_day))
                    BEGIN SELECT RAISE(ABORT, 'overlapping allocation of one unit'); END;

                    CREATE TRIGGER allocation_no_overlap_on_update
                    BEFORE UPDATE OF unit_id, start_day, end_day ON allocation
                    WHEN (NEW.end_day IS NULL OR NEW.end_day > NEW.start_day) AND EXISTS (
                        SELECT 1 FROM allocation other
                        WHERE other.unit_id = NEW.unit_id AND other.id <> NEW.id
                          AND (other.end_day IS NULL OR other.end_day > other.start_day)
                          AND (NEW.end_day IS NULL OR other.start_day < NEW.end_day)
                          AND (other.end_day IS NULL OR NEW.start_day < other.end_day))
                    BEGIN SELECT RAISE(ABORT, 'overlapping allocation of one unit'); END;
                    """)
        }
        migrator.registerMigration("v8") { db in
            // Registering an occupant looks for one with the same NIA, in any
            // case, among a million: by index, not by reading them all.
            try db.execute(
                sql: """
                    CREATE INDEX occupant_by_nia_any_case ON occupant(nia COLLATE NOCASE);
                    """)
        }
        migrator.registerMigration("v9") { db in
            // An allocation entered by mistake is cancelled, not deleted: it is
            // kept, marked, and ended the day it began, so that it covers no
            // day and every count, trigger and check that reads days already
            // leaves it out. Once cancelled it never changes again.
            try db.execute(
                sql: """
                    ALTER TABLE allocation ADD COLUMN cancelled_at TEXT;
                    ALTER TABLE allocation ADD COLUMN cancelled_reason TEXT;

                    CREATE TRIGGER allocation_cancelled_has_no_day_on_insert
                    BEFORE INSERT ON allocation
                    WHEN (NEW.cancelled_at IS NULL) <> (NEW.cancelled_reason IS NULL)
                      OR (NEW.cancelled_at IS NOT NULL
                          AND (NEW.end_day IS NULL OR NEW.end_day <> NEW.start_day
                               OR NEW.ended_kind IS NOT NULL))
                    BEGIN SELECT RAISE(ABORT, 'a cancelled allocation has a reason and no day'); END;

                    CREATE TRIGGER allocation_cancelled_has_no_day_on_update
                    BEFORE UPDATE ON allocation
                    WHEN (NEW.cancelled_at IS NULL) <> (NEW.cancelled_reason IS NULL)
                      OR (NEW.cancelled_at IS NOT NULL
                          AND (NEW.end_day IS NULL OR NEW.end_day <> NEW.start_day
                               OR NEW.ended_kind IS NOT NULL))
                    BEGIN SELECT RAISE(ABORT, 'a cancelled allocation has a reason and no day'); END;

                    CREATE TRIGGER allocation_cancelled_frozen BEFORE UPDATE ON allocation
                    WHEN OLD.cancelled_at IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'allocations are history: a cancelled one never changes'); END;
                    """)
        }
        migrator.registerMigration("v10") { db in
            // A name or a CIN registered wrong is corrected, never changed
            // silently: the change is allowed only right after its journal
            // entry, a correction of that occupant with a reason, written first
            // in the same transaction (the program rewrites the search words
            // with it). A change by hand, without that entry, is refused.
            try db.execute(
                sql: """
                    DROP TRIGGER occupant_search_words_fixed;
                    CREATE TRIGGER occupant_name_changed_by_correction_only
                    BEFORE UPDATE OF name, name_key, cin ON occupant
                    WHEN NOT EXISTS (
                        SELECT 1 FROM journal
                        WHERE id = (SELECT max(id) FROM journal)
                          AND action = 'correct-occupant' AND occupant_id = NEW.id
                          AND note IS NOT NULL AND length(trim(note)) > 0)
                    BEGIN SELECT RAISE(ABORT, 'an occupant''s name and CIN are changed only by a journaled correction'); END;
                    """)
        }
        migrator.registerMigration("v11") { db in
            // A reservation names its holder, a reason and perhaps a last day;
            // works carry a note and perhaps an expected end. A unit is in one
            // condition at a time, so one note and one day serve both, on the
            // unit itself: the zone's units are read with them in one query,
            // and the journal keeps every earlier value (before and after).
            // The details go with their condition and never outlive it.
            try db.execute(
                sql: """
                    ALTER TABLE unit ADD COLUMN reserved_for INTEGER REFERENCES occupant(id);
                    ALTER TABLE unit ADD COLUMN condition_note TEXT;
                    ALTER TABLE unit ADD COLUMN condition_until TEXT;

                    CREATE TRIGGER unit_condition_detail_on_insert BEFORE INSERT ON unit
                    WHEN (NEW.reserved_for IS NOT NULL AND NEW.condition <> 'reserved')
                      OR (NEW.condition = 'available'
                          AND (NEW.condition_note IS NOT NULL OR NEW.condition_until IS NOT NULL))
                      OR NEW.condition_until NOT BETWEEN '1900-01-01' AND '2200-12-31'
                    BEGIN SELECT RAISE(ABORT, 'a unit''s reservation or works go with its condition'); END;

                    CREATE TRIGGER unit_condition_detail_on_update
                    BEFORE UPDATE OF condition, reserved_for, condition_note, condition_until ON unit
                    WHEN (NEW.reserved_for IS NOT NULL AND NEW.condition <> 'reserved')
                      OR (NEW.condition = 'available'
                          AND (NEW.condition_note IS NOT NULL OR NEW.condition_until IS NOT NULL))
                      OR NEW.condition_until NOT BETWEEN '1900-01-01' AND '2200-12-31'
                    BEGIN SELECT RAISE(ABORT, 'a unit''s reservation or works go with its condition'); END;
                    """)
        }
        migrator.registerMigration("v12") { db in
            try createCalls(db)
        }
        migrator.registerMigration("v13") { db in
            // A phone number is found by its last digits through an index of
            // its own, not as a word of `occupant_word`: a word per number made
            // a quarter of the index's rows, each with the name and the CIN
            // copied, for a search that never looks at names. The key (`#` and
            // the national digits reversed) is written by the program, as the
            // search words are (see `OccupantWords`).
            try db.execute(
                sql: """
                    ALTER TABLE occupant ADD COLUMN phone_key TEXT;
                    CREATE INDEX occupant_by_phone_key ON occupant(phone_key);
                    """)
        }
        migrator.registerMigration("v14") { db in
            try createTenancy(db)
        }
        migrator.registerMigration("v15") { db in
            // The indexes by CIN, NIA and phone key hold only occupants that
            // have one: every search through them asks for a value, never for
            // NULL (SQLite uses a partial index for `x = ?` or a range of x),
            // and an import of occupants without cards no longer writes a
            // million empty entries in each.
            try db.execute(
                sql: """
                    DROP INDEX occupant_by_cin_any_case;
                    CREATE INDEX occupant_by_cin_any_case ON occupant(cin COLLATE NOCASE)
                        WHERE cin IS NOT NULL;
                    DROP INDEX occupant_by_nia_any_case;
                    CREATE INDEX occupant_by_nia_any_case ON occupant(nia COLLATE NOCASE)
                        WHERE nia IS NOT NULL;
                    DROP INDEX occupant_by_phone_key;
                    CREATE INDEX occupant_by_phone_key ON occupant(phone_key)
                        WHERE phone_key IS NOT NULL;
                    """)
        }
        return migrator
    }

    private static func createCatalogue(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE trade (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
                    name_fr TEXT NOT NULL, name_en TEXT NOT NULL,
                    branch_fr TEXT NOT NULL, branch_en TEXT NOT NULL,
                    family TEXT NOT NULL CHECK (family IN ('art', 'service')));
                CREATE TABLE zone (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
                    name TEXT NOT NULL, name_key TEXT NOT NULL, commune TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN
                        ('artisanZone','market','exhibitionSpace','complex','centre','fair')),
                    area_m2 REAL, figures TEXT NOT NULL CHECK (figures IN ('article','illustrative')),
                    note TEXT NOT NULL DEFAULT '', agreement INTEGER,
                    max_units_per_occupant INTEGER NOT NULL DEFAULT 1
                        CHECK (max_units_per_occupant >= 1),
                    max_units_per_trade INTEGER CHECK (max_units_per_trade >= 1),
                    season_start TEXT, season_end TEXT);
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    zone_code TEXT NOT NULL REFERENCES zone(code),
                    number INTEGER NOT NULL CHECK (number >= 1),
                    area_m2 REAL,
                    row INTEGER NOT NULL CHECK (row >= 1),
                    col INTEGER NOT NULL CHECK (col >= 1),
                    condition TEXT NOT NULL DEFAULT 'available'
                        CHECK (condition IN ('available','reserved','works')),
                    UNIQUE (zone_code, number), UNIQUE (zone_code, row, col));
                CREATE TABLE unit_trade (
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    PRIMARY KEY (unit_id, trade_code)) WITHOUT ROWID;
                CREATE TABLE occupant (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('artisan','cooperative','association')),
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    name_key TEXT NOT NULL,
                    category TEXT CHECK (category IN ('artisan','master')),
                    cin TEXT UNIQUE, nia TEXT, phone TEXT, commune TEXT,
                    registration TEXT, members INTEGER CHECK (members >= 0));
                CREATE INDEX occupant_name_key ON occupant(name_key);
                CREATE TABLE occupant_trade (
                    occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    rank INTEGER NOT NULL,
                    PRIMARY KEY (occupant_id, trade_code)) WITHOUT ROWID;
                CREATE INDEX occupant_trade_by_trade ON occupant_trade(trade_code, occupant_id);
                """)
        // Search by name (or CIN) ignoring case and accents: "ait" finds "Aït".
        // (Written by GRDB's FTS5 helper when shipped; frozen here as SQL.
        // v4 replaced it.)
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE "occupant_fts" USING fts5(name, cin,
                    tokenize='unicode61 remove_diacritics 2', content='occupant', content_rowid='id');
                CREATE TRIGGER "__occupant_fts_ai" AFTER INSERT ON "occupant" BEGIN
                    INSERT INTO "occupant_fts"("rowid", "name", "cin") VALUES (new."id", new."name", new."cin");
                END;
                CREATE TRIGGER "__occupant_fts_ad" AFTER DELETE ON "occupant" BEGIN
                    INSERT INTO "occupant_fts"("occupant_fts", "rowid", "name", "cin")
                    VALUES('delete', old."id", old."name", old."cin");
                END;
                CREATE TRIGGER "__occupant_fts_au" AFTER UPDATE ON "occupant" BEGIN
                    INSERT INTO "occupant_fts"("occupant_fts", "rowid", "name", "cin")
                    VALUES('delete', old."id", old."name", old."cin");
                    INSERT INTO "occupant_fts"("rowid", "name", "cin") VALUES (new."id", new."name", new."cin");
                END;
                """)
    }

    private static func createAllocations(_ db: Database) throws {
        // end_day is exclusive: the first day the unit is free again.
        try db.execute(
            sql: """
                CREATE TABLE allocation (
                    id INTEGER PRIMARY KEY,
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    start_day TEXT NOT NULL,
                    end_day TEXT CHECK (end_day IS NULL OR end_day >= start_day),
                    decision TEXT, note TEXT, override_reason TEXT,
                    recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL,
                    ended_kind TEXT CHECK (ended_kind IN ('released','transferred')),
                    ended_reason TEXT,
                    CHECK ((ended_kind IS NULL) = (ended_reason IS NULL)),
                    CHECK (ended_kind IS NULL OR end_day IS NOT NULL));
                CREATE INDEX allocation_by_unit ON allocation(unit_id, start_day);
                CREATE INDEX allocation_by_occupant ON allocation(occupant_id, start_day);

                -- The referee: no two allocations of one unit share a day, whatever
                -- the code above does, so two racing clerks cannot both win.
                CREATE TRIGGER allocation_no_overlap_on_insert BEFORE INSERT ON allocation
                WHEN NEW.start_day < COALESCE(NEW.end_day, '9999-12-31') AND EXISTS (
                    SELECT 1 FROM allocation other
                    WHERE other.unit_id = NEW.unit_id
                      AND other.start_day < COALESCE(other.end_day, '9999-12-31')
                      AND other.start_day < COALESCE(NEW.end_day, '9999-12-31')
                      AND NEW.start_day < COALESCE(other.end_day, '9999-12-31'))
                BEGIN SELECT RAISE(ABORT, 'overlapping allocation of one unit'); END;

                CREATE TRIGGER allocation_no_overlap_on_update
                BEFORE UPDATE OF unit_id, start_day, end_day ON allocation
                WHEN NEW.start_day < COALESCE(NEW.end_day, '9999-12-31') AND EXISTS (
                    SELECT 1 FROM allocation other
                    WHERE other.unit_id = NEW.unit_id AND other.id <> NEW.id
                      AND other.start_day < COALESCE(other.end_day, '9999-12-31')
                      AND other.start_day < COALESCE(NEW.end_day, '9999-12-31')
                      AND NEW.start_day < COALESCE(other.end_day, '9999-12-31'))
                BEGIN SELECT RAISE(ABORT, 'overlapping allocation of one unit'); END;

                -- History is append-only: an allocation ends, it is never deleted,
                -- and once ended it never changes again.
                CREATE TRIGGER allocation_never_deleted BEFORE DELETE ON allocation
                BEGIN SELECT RAISE(ABORT, 'allocations are history: end them, never delete'); END;

                CREATE TRIGGER allocation_history_frozen BEFORE UPDATE ON allocation
                WHEN OLD.ended_kind IS NOT NULL
                  OR NEW.unit_id <> OLD.unit_id OR NEW.occupant_id <> OLD.occupant_id
                  OR NEW.trade_code <> OLD.trade_code OR NEW.start_day <> OLD.start_day
                BEGIN SELECT RAISE(ABORT, 'allocations are history: only their end may be set'); END;
                """)
    }

    private static func createJournal(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE journal (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL, clerk TEXT NOT NULL, action TEXT NOT NULL,
                    unit_code TEXT, occupant_id INTEGER, decision TEXT,
                    before TEXT, after TEXT, note TEXT);
                CREATE INDEX journal_by_unit ON journal(unit_code, id);
                CREATE INDEX journal_by_occupant ON journal(occupant_id, id);
                CREATE TRIGGER journal_append_only_update BEFORE UPDATE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
                CREATE TRIGGER journal_append_only_delete BEFORE DELETE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
                """)
    }
}
