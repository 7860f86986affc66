import Foundation
import Testing

/// `hanout reserve`, `works` and `available`, the built program on a temporary database.
@Suite struct ConditionCommandTests {
    let hanout = HanoutProcess()

    @Test func aReservationIsForItsHolderAloneUntilItsLastDay() throws {
        let reserved = try hanout.run(
            "reserve", "aou-04", "6", "--reason", "Relogement", "--until", "31/12/2026")
        #expect(reserved.status == 0, "\(reserved.errors)")
        #expect(
            reserved.output
                == "Saved: AOU-04 reserved for Abdellah Aït Taleb (#6) until 31 Dec 2026 — Relogement.\n",
            "\(reserved.output)")
        let table = try hanout.run("units", "AOU", "--wide").output
        let line = try #require(table.split(separator: "\n").first { $0.hasPrefix("AOU-04") })
        #expect(line.contains("reserved") && line.contains("→ Abdellah Aït Taleb"), "\(table)")
        #expect(line.contains("31 Dec 2026"), "\(table)")
        let other = try hanout.run("assign", "AOU-04", "89")
        #expect(other.status == 1)
        #expect(
            other.errors.contains(
                "Unit AOU-04 is reserved for Abdellah Aït Taleb until 31 Dec 2026"),
            "\(other.errors)")
        let holder = try hanout.run("assign", "AOU-04", "6")
        #expect(holder.status == 0, "\(holder.errors)")
        let json = try hanout.json("history", "AOU-04", "--format", "json")
        #expect(json.last?["before"]?.contains(#""reserved_for":"6""#) == true, "\(json)")
        #expect(try hanout.run("check").status == 0)
    }

    @Test func anExpiredReservationIsSaidExpiredAndKeepsNoOneOut() throws {
        #expect(
            try hanout.run("reserve", "AOU-04", "6", "--reason", "R", "--until", "2026-12-05")
                .status == 0)
        var later = hanout
        later.today = "2026-12-10"
        let table = try later.run("units", "AOU", "--wide").output
        let line = try #require(table.split(separator: "\n").first { $0.hasPrefix("AOU-04") })
        #expect(line.contains("reserved (expired)") && line.contains("5 Dec 2026"), "\(table)")
        let other = try later.run("assign", "AOU-04", "89")
        #expect(other.status == 0, "\(other.errors)")
    }

    @Test func worksThenBackInServiceInEnglishAndFrench() throws {
        let works = try hanout.run(
            "works", "AOU-04", "--note", "Toiture", "--until", "2027-03-31")
        #expect(works.status == 0, "\(works.errors)")
        #expect(works.output == "Saved: AOU-04 under works until 31 Mar 2027 — Toiture.\n")
        #expect(try hanout.run("assign", "AOU-04", "6").status == 1)
        var french = hanout
        french.language = "fr_MA.UTF-8"
        let back = try french.run("available", "AOU-04", "--note", "Travaux finis")
        #expect(back.status == 0, "\(back.errors)")
        #expect(back.output == "Enregistré : AOU-04 en service.\n", "\(back.output)")
        let again = try hanout.run("available", "AOU-04")
        #expect(again.status == 1)
        #expect(again.errors.contains("is already in service"), "\(again.errors)")
    }

    @Test func refusalsExitOneWithTheReasonAndWhatToDo() throws {
        let occupied = try hanout.run("reserve", "AOU-01", "6", "--reason", "R")
        #expect(occupied.status == 1)
        #expect(occupied.errors.contains("release it first"), "\(occupied.errors)")
        let past = try hanout.run("works", "AOU-04", "--note", "N", "--until", "01/01/2026")
        #expect(past.status == 1)
        #expect(past.errors.contains("is already past: give a date to come"), "\(past.errors)")
        #expect(try hanout.run("works", "AOU-04", "--note", "Toiture").status == 0)
        let underWorks = try hanout.run("reserve", "AOU-04", "6", "--reason", "R")
        #expect(underWorks.status == 1)
        #expect(underWorks.errors.contains("put it back in service first"), "\(underWorks.errors)")
        #expect(
            underWorks.errors.contains("To put it back in service: hanout available AOU-04"),
            "\(underWorks.errors)")
        #expect(underWorks.output.isEmpty)
    }

    @Test func setStateStillWorksForScripts() throws {
        let set = try hanout.run("set-state", "AOU-04", "reserved", "--note", "Commission")
        #expect(set.status == 0, "\(set.errors)")
        // Held for no one: any allocation takes it.
        #expect(try hanout.run("assign", "AOU-04", "89").status == 0)
    }
}
