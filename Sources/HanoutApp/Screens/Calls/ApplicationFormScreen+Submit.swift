import HanoutDomain
import HanoutStore
import TerminalKit

extension ApplicationFormScreen {
    /// Checks what the form alone can check, then asks to confirm; the store
    /// judges the rest (a second file, the closing day, the call's trades).
    mutating func proceed(_ context: AppContext) -> Outcome {
        func refuse(_ field: Field, _ french: String, _ english: String) -> Outcome {
            focus = fields.firstIndex(of: field) ?? focus
            return Outcome(message: Message(context.text(french, english), kind: .error))
        }
        guard trades.indices.contains(trade) else {
            return refuse(
                .trade,
                "\(occupant.name) n'exerce aucun des métiers de l'appel (\(call.trades.joined(separator: ", "))).",
                "\(occupant.name) has none of the call's trades (\(call.trades.joined(separator: ", ")))."
            )
        }
        let wanted = preferences.text.split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.uppercased() }
        let offered = call.units.map(\.unitCode)
        if let stray = wanted.first(where: { !offered.contains($0) }) {
            return refuse(
                .preferences,
                "\(stray) n'est pas offert (offerts : \(offered.joined(separator: ", "))).",
                "\(stray) is not offered (offered: \(offered.joined(separator: ", "))).")
        }
        var documents: [ReceivedDocument] = []
        for (index, name) in call.documentsRequired.enumerated() where received[index] {
            guard let day = DayFormat.parse(receivedOn[index].text) else {
                return refuse(
                    .document(index), "Date de réception de « \(name) » : AAAA-MM-JJ.",
                    "Day \(name) was received: YYYY-MM-DD.")
            }
            documents.append(ReceivedDocument(name: name, receivedOn: day))
        }
        let yearsText = years.text.trimmingCharacters(in: .whitespaces)
        guard let practice = yearsText.isEmpty ? 0 : Int(yearsText), (0...80).contains(practice)
        else {
            return refuse(
                .years, "Années de pratique : un nombre de 0 à 80.",
                "Years of practice: a number from 0 to 80.")
        }
        let birthText = birthDay.text.trimmingCharacters(in: .whitespaces)
        let born = DayFormat.parse(birthText)
        guard birthText.isEmpty || born != nil else {
            return refuse(
                .birthDay, "Date de naissance : AAAA-MM-JJ, ou vide.",
                "Birth day: YYYY-MM-DD, or empty.")
        }
        let late = lateReason.text.trimmingCharacters(in: .whitespaces)
        if call.status == .closed, late.isEmpty {
            return refuse(
                .lateReason, "L'appel est clos : indiquez pourquoi ce dossier est reçu.",
                "The call is closed: say why this file is accepted.")
        }
        stage = .confirming(
            ApplicationForm(
                occupantID: occupant.id, trade: trades[trade], preferences: wanted,
                documents: documents,
                declared: ApplicantFacts(
                    yearsOfPractice: practice, isWomanOrWomensCooperative: woman, birthDay: born,
                    hasDisability: disability),
                lateReason: late.isEmpty ? nil : late))
        return .done
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        let said: String
        if case .done(let text) = outcome { said = text } else { said = "" }
        let (next, saved) = FormConfirmation.outcome(of: outcome, done: said, depth: returnDepth)
        if !saved { stage = .editing }
        return next
    }
}
