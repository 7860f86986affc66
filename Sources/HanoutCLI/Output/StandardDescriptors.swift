import Foundation

/// Makes the process's standard streams safe to write before anything else opens a file.
enum StandardDescriptors {
    /// Called once, first thing in ``Program/main()``.
    ///
    /// - A closed descriptor 0, 1 or 2 (`hanout assign … >&-`) would be handed to the next
    ///   file opened (the database, a report) and a message meant for the terminal would be
    ///   written into it. Each closed one is opened on `/dev/null`, read-only: writes to it
    ///   fail with `EBADF`, so a closed output is still reported as one (exit status 3).
    ///   SQLite guards its own files the same way.
    /// - `SIGPIPE` and `SIGXFSZ` are ignored: a pipe whose reader left and a write past the
    ///   file-size limit (`ulimit -f`) then fail with `EPIPE` and `EFBIG`, which are reported,
    ///   instead of killing the program after a change was saved.
    static func prepare() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }
}
