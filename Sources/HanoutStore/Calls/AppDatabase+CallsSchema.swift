import GRDB

extension AppDatabase {
    /// Migration v12: calls for applications, their files, rankings, offers
    /// and waiting lists (issue 12). Literal SQL, never edited once shipped.
    ///
    /// Nothing here is deleted: a call moves forward one status at a time; an
    /// application's admissibility, mark or withdrawal is set on its row and
    /// every value it had stays in the journal; a frozen ranking never
    /// changes (a new version is a new ranking); an answered offer and a
    /// waiting-list exit never change.
    static func createCalls(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE scoring_grid (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(trim(code)) > 0),
                    grid TEXT NOT NULL CHECK (json_valid(grid)));

                CREATE TABLE call (
                    reference TEXT PRIMARY KEY NOT NULL CHECK (length(trim(reference)) > 0),
                    zone_code TEXT NOT NULL REFERENCES zone(code),
                    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                    opens_on TEXT NOT NULL CHECK (opens_on BETWEEN '1900-01-01' AND '2200-12-31'),
                    closes_on TEXT NOT NULL CHECK (closes_on BETWEEN opens_on AND '2200-12-31'),
                    starts_on TEXT NOT NULL CHECK (starts_on BETWEEN '1900-01-01' AND '2200-12-31'),
                    grid_code TEXT NOT NULL REFERENCES scoring_grid(code),
                    province TEXT NOT NULL,
                    documents_required TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(documents_required)),
                    strikes_allowed INTEGER NOT NULL DEFAULT 3 CHECK (strikes_allowed >= 1),
                    offer_validity_days INTEGER NOT NULL DEFAULT 15
                        CHECK (offer_validity_days >= 1),
                    mode TEXT NOT NULL DEFAULT 'overall' CHECK (mode IN ('overall','perTrade')),
                    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                        ('draft','open','closed','ranked','allocated','archived')));
                CREATE INDEX call_by_zone ON call(zone_code, opens_on);
                CREATE TABLE call_unit (
                    call_reference TEXT NOT NULL REFERENCES call(reference),
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    ready_by TEXT CHECK (ready_by BETWEEN '1900-01-01' AND '2200-12-31'),
                    PRIMARY KEY (call_reference, unit_id)) WITHOUT ROWID;
                CREATE TABLE call_trade (
                    call_reference TEXT NOT NULL REFERENCES call(reference),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    PRIMARY KEY (call_reference, trade_code)) WITHOUT ROWID;

                -- A call moves forward one step at a time (see `CallStatus`), whatever
                -- the code above does; a draft may be archived unopened.
                CREATE TRIGGER call_status_forward BEFORE UPDATE OF status ON call
                WHEN NOT ((OLD.status = 'draft' AND NEW.status IN ('open','archived'))
                       OR (OLD.status = 'open' AND NEW.status = 'closed')
                       OR (OLD.status = 'closed' AND NEW.status = 'ranked')
                       OR (OLD.status = 'ranked' AND NEW.status = 'allocated')
                       OR (OLD.status = 'allocated' AND NEW.status = 'archived'))
                BEGIN SELECT RAISE(ABORT, 'a call moves forward one status at a time'); END;
                CREATE TRIGGER call_never_deleted BEFORE DELETE ON call
                BEGIN SELECT RAISE(ABORT, 'calls are history: archive them, never delete'); END;

                CREATE TABLE application (
                    id INTEGER PRIMARY KEY,
                    call_reference TEXT NOT NULL REFERENCES call(reference),
                    number INTEGER NOT NULL CHECK (number >= 1),
                    filed_at TEXT NOT NULL,
                    occupant_id INTEGER NOT NULL REFERENCES occupant(id),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    accepts_other_units INTEGER NOT NULL DEFAULT 1
                        CHECK (accepts_other_units IN (0, 1)),
                    facts TEXT NOT NULL CHECK (json_valid(facts)),
                    committee_mark INTEGER CHECK (committee_mark >= 0),
                    inadmissible_reason TEXT
                        CHECK (inadmissible_reason IS NULL OR length(trim(inadmissible_reason)) > 0),
                    late_reason TEXT
                        CHECK (late_reason IS NULL OR length(trim(late_reason)) > 0),
                    withdrawn_on TEXT,
                    UNIQUE (call_reference, number),
                    -- One application per applicant and call.
                    UNIQUE (call_reference, occupant_id));
                CREATE INDEX application_by_occupant ON application(occupant_id);
                CREATE TABLE application_document (
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    received_on TEXT NOT NULL,
                    PRIMARY KEY (application_id, name)) WITHOUT ROWID;
                CREATE TABLE application_preference (
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    rank INTEGER NOT NULL CHECK (rank >= 1),
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    PRIMARY KEY (application_id, rank),
                    UNIQUE (application_id, unit_id)) WITHOUT ROWID;
                CREATE TRIGGER application_never_deleted BEFORE DELETE ON application
                BEGIN SELECT RAISE(ABORT, 'applications are history: withdraw them, never delete'); END;
                CREATE TRIGGER application_filing_fixed BEFORE UPDATE OF
                    id, call_reference, number, filed_at, occupant_id, trade_code ON application
                BEGIN SELECT RAISE(ABORT, 'an application''s filing never changes'); END;
                CREATE TRIGGER application_document_never_deleted BEFORE DELETE ON application_document
                BEGIN SELECT RAISE(ABORT, 'a document received stays received'); END;

                CREATE TABLE ranking (
                    id INTEGER PRIMARY KEY,
                    call_reference TEXT NOT NULL REFERENCES call(reference),
                    version INTEGER NOT NULL CHECK (version >= 1),
                    -- The lot's seed (a 64-bit number, kept as SQLite's signed integer).
                    seed INTEGER NOT NULL,
                    reason TEXT,
                    computed_at TEXT NOT NULL,
                    frozen_at TEXT,
                    -- Every version after the first says why it was made.
                    CHECK (version = 1 OR length(trim(reason)) > 0),
                    UNIQUE (call_reference, version));
                CREATE TABLE ranking_entry (
                    ranking_id INTEGER NOT NULL REFERENCES ranking(id),
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    -- A ranked application has a rank, a total, its lines and its lot;
                    -- one set apart has the reason instead.
                    rank INTEGER CHECK (rank >= 1),
                    total INTEGER,
                    lines TEXT CHECK (lines IS NULL OR json_valid(lines)),
                    lot INTEGER,
                    set_aside TEXT CHECK (set_aside IS NULL OR json_valid(set_aside)),
                    CHECK ((rank IS NULL) = (set_aside IS NOT NULL)),
                    CHECK ((rank IS NULL) = (total IS NULL)),
                    PRIMARY KEY (ranking_id, application_id),
                    UNIQUE (ranking_id, rank)) WITHOUT ROWID;
                CREATE TRIGGER ranking_frozen BEFORE UPDATE ON ranking
                WHEN OLD.frozen_at IS NOT NULL OR NEW.call_reference <> OLD.call_reference
                  OR NEW.version <> OLD.version OR NEW.seed <> OLD.seed
                BEGIN SELECT RAISE(ABORT, 'a frozen ranking never changes: make a new version'); END;
                CREATE TRIGGER ranking_never_deleted BEFORE DELETE ON ranking
                BEGIN SELECT RAISE(ABORT, 'rankings are history: every version stays'); END;
                CREATE TRIGGER ranking_entry_of_frozen BEFORE INSERT ON ranking_entry
                WHEN (SELECT frozen_at FROM ranking WHERE id = NEW.ranking_id) IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'a frozen ranking never changes: make a new version'); END;
                CREATE TRIGGER ranking_entry_fixed BEFORE UPDATE ON ranking_entry
                BEGIN SELECT RAISE(ABORT, 'a ranking''s entries never change: make a new version'); END;
                CREATE TRIGGER ranking_entry_never_deleted BEFORE DELETE ON ranking_entry
                BEGIN SELECT RAISE(ABORT, 'rankings are history: every version stays'); END;

                CREATE TABLE offer (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    made_on TEXT NOT NULL,
                    due_by TEXT NOT NULL CHECK (due_by >= made_on),
                    answer TEXT CHECK (answer IN ('accepted','declined','lapsed')),
                    answered_on TEXT,
                    allocation_id INTEGER REFERENCES allocation(id),
                    CHECK ((answer IS NULL) = (answered_on IS NULL)),
                    CHECK ((answer IS 'accepted') = (allocation_id IS NOT NULL)));
                CREATE INDEX offer_by_application ON offer(application_id);
                CREATE INDEX offer_by_unit ON offer(unit_id, made_on);
                CREATE TRIGGER offer_answer_final BEFORE UPDATE ON offer
                WHEN OLD.answer IS NOT NULL OR NEW.application_id <> OLD.application_id
                  OR NEW.unit_id <> OLD.unit_id OR NEW.made_on <> OLD.made_on
                  OR NEW.due_by <> OLD.due_by
                BEGIN SELECT RAISE(ABORT, 'an offer''s answer is final'); END;
                CREATE TRIGGER offer_never_deleted BEFORE DELETE ON offer
                BEGIN SELECT RAISE(ABORT, 'offers are history: never deleted'); END;

                -- Kept after the call is archived: it serves the zone's vacancies.
                CREATE TABLE waiting_entry (
                    application_id INTEGER PRIMARY KEY REFERENCES application(id),
                    zone_code TEXT NOT NULL REFERENCES zone(code),
                    trade_code TEXT NOT NULL REFERENCES trade(code),
                    rank INTEGER NOT NULL CHECK (rank >= 1),
                    total INTEGER NOT NULL,
                    joined_on TEXT NOT NULL,
                    left_on TEXT CHECK (left_on IS NULL OR left_on >= joined_on),
                    left_why TEXT CHECK (left_why IN ('placed','withdrawn','struckOff')),
                    CHECK ((left_on IS NULL) = (left_why IS NULL)));
                CREATE INDEX waiting_by_zone_trade
                    ON waiting_entry(zone_code, trade_code, joined_on, rank);
                CREATE TRIGGER waiting_exit_final BEFORE UPDATE ON waiting_entry
                WHEN OLD.left_on IS NOT NULL OR NEW.zone_code <> OLD.zone_code
                  OR NEW.trade_code <> OLD.trade_code OR NEW.rank <> OLD.rank
                  OR NEW.joined_on <> OLD.joined_on
                BEGIN SELECT RAISE(ABORT, 'who left a waiting list stays left'); END;
                CREATE TRIGGER waiting_entry_never_deleted BEFORE DELETE ON waiting_entry
                BEGIN SELECT RAISE(ABORT, 'waiting lists are history: an entry leaves, never deleted'); END;
                """)
    }
}
