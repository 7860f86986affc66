import Testing

@testable import HanoutDomain

@Suite struct RankingTests {
    typealias Example = CallExample

    /// Worked by hand (grid in `CallExample`, closing day 2027-01-31, zone in
    /// Tafraout, province Tiznit):
    ///
    /// - #1: 12 years → 12 × 2 = 24, capped at 20; master 5; lives in Tafraout
    ///   10; province 0 (the commune already counts); a man 0; born 1980, 46,
    ///   0; mark 10 → 20 + 5 + 10 + 0 + 0 + 0 + 10 = **45**.
    /// - #2: 4 years → 8; not master 0; lives in Tiznit (province) 5; a woman
    ///   5; born 1995-06-01, 31 → 5; mark 12 → 8 + 0 + 0 + 5 + 5 + 5 + 12 = **35**.
    /// - #3: 7 years → 14; 0; Tafraout 10; 0; a woman 5; born 1990-03-01, 36
    ///   on the closing day → 0; mark 9 → 14 + 10 + 5 + 9 = **38**.
    /// - #4: inadmissible (no NIA), #5: withdrawn: listed apart.
    /// - #6: 1 year → 2; lives in Agadir (another province) 0; mark typed as 40,
    ///   bounded at the cap 15 → 2 + 15 = **17**.
    ///
    /// Order: #1 (45), #3 (38), #2 (35), #6 (17).
    @Test func aSmallCallRanksAsWorkedByHand() throws {
        let applications = [
            Example.application(
                1,
                facts: ApplicantFacts(
                    yearsOfPractice: 12, isMasterArtisan: true, birthDay: Example.day("1980-05-05"),
                    commune: "Tafraout", province: "Tiznit", committeeMark: 10)),
            Example.application(
                2,
                facts: ApplicantFacts(
                    yearsOfPractice: 4, isWomanOrWomensCooperative: true,
                    birthDay: Example.day("1995-06-01"), commune: "Tiznit", province: "Tiznit",
                    committeeMark: 12)),
            Example.application(
                3,
                facts: ApplicantFacts(
                    yearsOfPractice: 7, isWomanOrWomensCooperative: true,
                    birthDay: Example.day("1990-03-01"), commune: "Tafraout",
                    province: "Tiznit", committeeMark: 9)),
            Example.application(
                4, facts: ApplicantFacts(yearsOfPractice: 30),
                admissibility: .inadmissible(reason: "NIA manquant")),
            Example.application(
                5, facts: ApplicantFacts(yearsOfPractice: 30),
                withdrawnOn: Example.day("2027-02-02")),
            Example.application(
                6,
                facts: ApplicantFacts(
                    yearsOfPractice: 1, commune: "Agadir", province: "Agadir Ida-Outanane",
                    committeeMark: 40)),
        ]
        let ranking = Ranking.compute(
            call: Example.call, grid: Example.grid, applications: applications,
            context: Example.context, seed: 7)
        #expect(ranking.entries.map(\.applicationID) == [1, 3, 2, 6])
        #expect(ranking.entries.map(\.total) == [45, 38, 35, 17])
        #expect(ranking.entries.map(\.rank) == [1, 2, 3, 4])
        #expect(
            ranking.setAside == [
                SetAsideApplication(applicationID: 4, reason: .inadmissible("NIA manquant")),
                SetAsideApplication(
                    applicationID: 5, reason: .withdrawn(on: Example.day("2027-02-02"))),
            ])
        let first = try #require(ranking.entries.first)
        #expect(
            first.score.explanation(in: .en) == """
                Years of practice: 12 × 2 = 24, capped at 20
                Master artisan: yes, 5
                Resides in the commune: yes, 10
                Resides in the province: no, 0
                Woman applicant or women's cooperative: no, 0
                Under 35: no, 0
                Committee mark: 10 × 1 = 10
                Total: 45 points
                """)
        let last = try #require(ranking.entries.last)
        #expect(last.score.lines.last?.value == 15, "a mark over the cap counts as the cap")
        #expect(first.score.lines[0].isCapped && !first.score.lines[1].isCapped)
        #expect(
            first.score.lines[0].explanation(in: .fr)
                == "Années de pratique : 12 × 2 = 24, plafonné à 20")
    }

    @Test func anEqualScoreGoesToTheEarlierFile() {
        let same = ApplicantFacts(yearsOfPractice: 5)
        let applications = [
            Example.application(1, filedAt: "2027-01-20T10:00:00Z", facts: same),
            Example.application(2, filedAt: "2027-01-05T16:30:00Z", facts: same),
            Example.application(3, filedAt: "2027-01-12T08:00:00Z", facts: same),
        ]
        for seed: UInt64 in [1, 2, 3, 99, 12345] {
            let ranking = Ranking.compute(
                call: Example.call, grid: Example.grid, applications: applications,
                context: Example.context, seed: seed)
            #expect(ranking.entries.map(\.applicationID) == [2, 3, 1], "seed \(seed)")
        }
    }

    @Test func aTieOfScoreAndTimeIsDrawnByTheRecordedSeed() {
        let same = ApplicantFacts(yearsOfPractice: 5)
        let applications = (1...8).map {
            Example.application(Int64($0), filedAt: "2027-01-20T10:00:00Z", facts: same)
        }
        func order(_ seed: UInt64, _ files: [Application]) -> [Int64] {
            Ranking.compute(
                call: Example.call, grid: Example.grid, applications: files,
                context: Example.context, seed: seed
            ).entries.map(\.applicationID)
        }
        // Same seed, same order, whatever order the files are read in.
        #expect(order(42, applications) == order(42, applications.reversed()))
        #expect(order(42, applications) == order(42, applications))
        // Another seed may give another order: among ten seeds, some do.
        let orders = Set((0..<10).map { order(UInt64($0), applications) })
        #expect(orders.count > 1)
        // The draw is the documented SplitMix64: checked against its published first output.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func aFrozenRankingChangesOnlyByANewVersionWithAReason() throws {
        let applications = [
            Example.application(1, facts: ApplicantFacts(yearsOfPractice: 3)),
            Example.application(2, facts: ApplicantFacts(yearsOfPractice: 5)),
        ]
        var ranking = Ranking.compute(
            call: Example.call, grid: Example.grid, applications: applications,
            context: Example.context, seed: 5)
        ranking.isFrozen = true
        let refused = ranking.newVersion(
            call: Example.call, grid: Example.grid, applications: applications,
            context: Example.context, reason: "  ")
        #expect(refused == .failure(.newVersionNeedsReason(call: "TAF-2027-01", version: 1)))
        var corrected = applications
        corrected[0].facts.yearsOfPractice = 9
        let second = try ranking.newVersion(
            call: Example.call, grid: Example.grid, applications: corrected,
            context: Example.context, reason: "Années de pratique mal saisies (dossier 0001)"
        ).get()
        #expect(second.version == 2 && !second.isFrozen && second.seed == ranking.seed)
        #expect(second.entries.map(\.applicationID) == [1, 2])
        #expect(
            CallRefusal.newVersionNeedsReason(call: "TAF-2027-01", version: 1).message(in: .en)
                == "A new version of the ranking of TAF-2027-01 (after version 1) needs a written reason."
        )
    }
}
