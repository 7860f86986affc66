/// The exit statuses of `hanout`, for scripts.
///
/// | status | meaning |
/// |---|---|
/// | 0 | done |
/// | 1 | refused or failed, with the reason on standard error; nothing was changed by the refusal |
/// | 3 | done, but standard output could not be written (a full disk, a closed descriptor or pipe) |
/// | 64 | the command line itself is wrong (swift-argument-parser's usage error) |
/// | 128 + n | the full-screen program was ended by signal n |
///
/// Status 3 exists so that a script can tell "done, but it could not say so" from a refusal:
/// after a 3 the change is in the database, and running the command again would be refused.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let outputFailed: Int32 = 3
}
