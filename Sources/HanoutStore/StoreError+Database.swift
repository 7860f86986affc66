import GRDB

extension StoreError {
    /// The clerk's words for what SQLite reported. GRDB's errors stop here:
    /// nothing outside the store sees them.
    init(_ error: DatabaseError) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR:
            self = .unreachable(detail)
        case .SQLITE_CONSTRAINT: self = .refused(detail)
        default: self = .internalInconsistency(detail)
        }
    }

    /// Runs `body`, giving SQLite's errors in the clerk's words.
    static func mapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }
}
