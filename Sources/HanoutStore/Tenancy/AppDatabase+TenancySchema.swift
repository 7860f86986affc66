import GRDB

extension AppDatabase {
    /// Migration v14: fee schedules, conventions with their terms, payments
    /// and their reversals, and the dues derived from them (issue 13).
    /// Literal SQL, never edited once shipped.
    ///
    /// Money is INTEGER centimes. History is never rewritten: a convention's
    /// terms, payments and reversals are append-only; a convention changes
    /// only its current last day, which its latest term sets. `due` is
    /// derived data, written again from the conventions, the schedule and
    /// the payments whenever they change, so that the arrears of a region
    /// are read from an index instead of computed for every convention.
    static func createTenancy(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE fee_schedule (
                    zone_code TEXT PRIMARY KEY NOT NULL REFERENCES zone(code),
                    convention_months INTEGER NOT NULL CHECK (convention_months BETWEEN 1 AND 240),
                    deposit_months INTEGER NOT NULL CHECK (deposit_months BETWEEN 0 AND 24)
                ) WITHOUT ROWID;
                CREATE TABLE fee_rate (
                    id INTEGER PRIMARY KEY,
                    zone_code TEXT NOT NULL REFERENCES fee_schedule(zone_code),
                    start_day TEXT NOT NULL CHECK (start_day BETWEEN '1900-01-01' AND '2200-12-31'),
                    end_day TEXT CHECK (end_day > start_day AND end_day <= '2201-01-01'),
                    basis TEXT NOT NULL CHECK (basis IN ('unit','m2')),
                    amount_centimes INTEGER NOT NULL CHECK (amount_centimes > 0),
                    unit_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unit_codes)),
                    decision TEXT);
                CREATE INDEX fee_rate_by_zone ON fee_rate(zone_code, start_day);

                CREATE TABLE convention (
                    number TEXT PRIMARY KEY NOT NULL COLLATE NOCASE
                        CHECK (length(trim(number)) > 0),
                    allocation_id INTEGER NOT NULL UNIQUE REFERENCES allocation(id),
                    signed_on TEXT NOT NULL CHECK (signed_on BETWEEN '1900-01-01' AND '2200-12-31'),
                    monthly_fee_centimes INTEGER NOT NULL CHECK (monthly_fee_centimes >= 0),
                    deposit_centimes INTEGER NOT NULL CHECK (deposit_centimes >= 0),
                    last_day TEXT NOT NULL CHECK (last_day BETWEEN '1900-01-01' AND '2200-12-31'),
                    terminated INTEGER NOT NULL DEFAULT 0 CHECK (terminated IN (0, 1))
                ) WITHOUT ROWID;
                CREATE INDEX convention_by_last_day ON convention(terminated, last_day);
                CREATE TRIGGER convention_never_deleted BEFORE DELETE ON convention
                BEGIN SELECT RAISE(ABORT, 'conventions are history: terminate them, never delete'); END;
                CREATE TRIGGER convention_only_its_end_changes BEFORE UPDATE ON convention
                WHEN NEW.number IS NOT OLD.number OR NEW.allocation_id IS NOT OLD.allocation_id
                    OR NEW.signed_on IS NOT OLD.signed_on
                    OR NEW.monthly_fee_centimes IS NOT OLD.monthly_fee_centimes
                    OR NEW.deposit_centimes IS NOT OLD.deposit_centimes
                    OR OLD.terminated = 1
                BEGIN SELECT RAISE(ABORT, 'a convention changes only by a new term'); END;

                CREATE TABLE convention_term (
                    id INTEGER PRIMARY KEY,
                    convention_number TEXT NOT NULL COLLATE NOCASE REFERENCES convention(number),
                    kind TEXT NOT NULL CHECK (kind IN ('signed','renewed','shortened',
                        'terminated-non-payment','terminated-non-use','terminated-request')),
                    last_day TEXT NOT NULL CHECK (last_day BETWEEN '1900-01-01' AND '2200-12-31'),
                    reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
                    recorded_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL);
                CREATE INDEX convention_term_by_convention ON convention_term(convention_number, id);
                CREATE TRIGGER convention_term_append_only_update BEFORE UPDATE ON convention_term
                BEGIN SELECT RAISE(ABORT, 'terms are history: add a new one'); END;
                CREATE TRIGGER convention_term_append_only_delete BEFORE DELETE ON convention_term
                BEGIN SELECT RAISE(ABORT, 'terms are history: add a new one'); END;

                CREATE TABLE payment (
                    receipt TEXT PRIMARY KEY NOT NULL COLLATE NOCASE
                        CHECK (length(trim(receipt)) > 0),
                    occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                    paid_on TEXT NOT NULL CHECK (paid_on BETWEEN '1900-01-01' AND '2200-12-31'),
                    amount_centimes INTEGER NOT NULL
                        CHECK (amount_centimes > 0 AND amount_centimes <= 100000000000),
                    months TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(months)),
                    recorded_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX payment_by_occupant ON payment(occupant_id, paid_on);
                CREATE TRIGGER payment_append_only_update BEFORE UPDATE ON payment
                BEGIN SELECT RAISE(ABORT, 'a payment is reversed, never edited'); END;
                CREATE TRIGGER payment_append_only_delete BEFORE DELETE ON payment
                BEGIN SELECT RAISE(ABORT, 'a payment is reversed, never deleted'); END;

                CREATE TABLE payment_reversal (
                    receipt TEXT PRIMARY KEY NOT NULL COLLATE NOCASE REFERENCES payment(receipt),
                    reversed_on TEXT NOT NULL
                        CHECK (reversed_on BETWEEN '1900-01-01' AND '2200-12-31'),
                    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                    recorded_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TRIGGER payment_reversal_append_only_update BEFORE UPDATE ON payment_reversal
                BEGIN SELECT RAISE(ABORT, 'a reversal is history'); END;
                CREATE TRIGGER payment_reversal_append_only_delete BEFORE DELETE ON payment_reversal
                BEGIN SELECT RAISE(ABORT, 'a reversal is history'); END;

                CREATE TABLE due (
                    convention_number TEXT NOT NULL COLLATE NOCASE REFERENCES convention(number),
                    month TEXT NOT NULL,
                    occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                    unit_code TEXT NOT NULL,
                    due_on TEXT NOT NULL,
                    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 31),
                    amount_centimes INTEGER NOT NULL CHECK (amount_centimes >= 0),
                    paid_centimes INTEGER NOT NULL DEFAULT 0
                        CHECK (paid_centimes BETWEEN 0 AND amount_centimes),
                    PRIMARY KEY (convention_number, month)
                ) WITHOUT ROWID;
                CREATE INDEX due_by_occupant ON due(occupant_id, due_on);
                CREATE INDEX due_unpaid ON due(due_on, occupant_id)
                    WHERE paid_centimes < amount_centimes;
                """)
    }
}
