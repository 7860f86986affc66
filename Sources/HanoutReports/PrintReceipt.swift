/// What CUPS answered when it took a job.
public struct PrintReceipt: Hashable, Sendable {
    /// The job's id, `QUEUE-N`, as `lp` gave it (nil if it printed none).
    public var jobID: String?
    /// The queue the job went to: the one asked, else the one in the job id.
    public var printer: String?
    public var pageCount: Int

    public init(jobID: String?, printer: String?, pageCount: Int) {
        self.jobID = jobID
        self.printer = printer
        self.pageCount = pageCount
    }
}
