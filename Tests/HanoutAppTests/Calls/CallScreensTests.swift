import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The calls, a call, its ranking and the application form as the clerk
/// sees them at 80x24.
@MainActor
@Suite struct CallScreensTests {
    /// Reached by `c` from the zones: one line a call, its counts at the right.
    @Test func theCallsScreenListsEachCallWithItsStatusDatesAndCounts() throws {
        let app = try AppHarness(language: .en, scene: CallScene.ranked)
        app.press(.char("c"))
        expectScreen(
            app,
            """
            | Hanout · Calls for applications                                    29 Nov 2026 |
            |Reference   Zone Title            Status    From     To       Apps Adm. Off. Pl.|
            |TAF-2027-01 TAF  Marché de Tafra… ranked    02/11/26 27/11/26    6    5    0   0|
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
    }

    /// The call in French: what it offers, its counts, each file and what is missing.
    @Test func theCallScreenShowsItsFilesAdmissibilityAndMarksInFrench() throws {
        let app = try AppHarness(language: .fr, scene: CallScene.ranked)
        app.press(.char("c"), .enter)
        expectScreen(
            app,
            """
            | Hanout · Appel TAF-2027-01                                          29/11/2026 |
            | Marché de Tafraout, locaux sortant de travaux · classé                         |
            | Zone TAF · du 02/11/2026 au 27/11/2026 · 4 locaux · métiers : BIJ, BRO, POT, … |
            | Dossiers 6 · recevables 5 · offres 0 · placés 0 · classement v1                |
            |                                                                                |
            |  N° Candidat                 Mét.  Recevable                Note Suivi         |
            |   1 Moulay Ahmed Tagadirt    BIJ   oui                         – pièces manq.  |
            |   2 Ahmed Amalou             POT   oui                         – pièces manq.  |
            |   3 Itto Assoufid            POT   oui                         – pièces manq.  |
            |   4 Abdellatif Boutaleb      BIJ   non : CIN expirée           – pièces manq.  |
            |   5 Rachida Benhammou        BIJ   oui                         – pièces manq.  |
            |   6 Hassane Ahrouch          POT   oui                         – pièces manq.  |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            | Entrée classement · F figer · P tirage des offres · ? touches                  |
            |                                                                                |
            |1Aide   2       3       4Zones  5Occup  6Aller  7       8       9       10Sortie|
            """)
    }

    /// The second rank selected: its 33 points line by line, the file set aside apart.
    @Test func theRankingScreenExplainsTheSelectedScoreCriterionByCriterion() throws {
        let app = try AppHarness(language: .en, scene: CallScene.ranked)
        app.press(.char("c"), .enter, .enter, .down)
        expectScreen(
            app,
            """
            | Hanout · Ranking TAF-2027-01                                       29 Nov 2026 |
            | Version 1 of 1 · not frozen · lot seed 13208164989402197950                    |
            | Rk Applicant                 Trd. Pts Why 33 points: Ahmed Amalou              |
            |  1 Moulay Ahmed Tagadirt     BIJ   37 Criterion                    Fact     Pts|
            |  2 Ahmed Amalou              POT   33 Years of practice             8×1       8|
            |  3 Rachida Benhammou         BIJ   25 Master artisan                yes       5|
            |  4 Itto Assoufid             POT   23 Registered in the national…   yes      10|
            |  5 Hassane Ahrouch           POT   21 Resides in the zone's comm…    no       0|
            |                                       Resides in the province (o…    no       0|
            |                                       Cooperative or association     no       0|
            |                                       Members of the cooperative…   0×1       0|
            |                                       Woman applicant or women's…    no       0|
            |                                       Under 35 on the closing day    no       0|
            |                                       Person with a disability       no       0|
            |                                       Holds no unit                 yes      10|
            |                                       Past tenancy ended in good…    no       0|
            |                                       Committee mark after the s…   0×1       0|
            |                                                                        Total 33|
            |                                                                                |
            |Set aside (1)                                                                   |
            |4 Abdellatif Boutaleb — CIN expirée                                             |
            | ↑↓ rank · v version · F freeze · N new version · ? keys                        |
            |                                                                                |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
    }

    /// The same ranking in French.
    @Test func theRankingScreenInFrench() throws {
        let app = try AppHarness(language: .fr, scene: CallScene.ranked)
        app.press(.char("c"), .enter, .enter, .down)
        expectScreen(
            app,
            """
            | Hanout · Classement TAF-2027-01                                     29/11/2026 |
            | Version 1 sur 1 · non figée · tirage 13208164989402197950                      |
            | Rg Candidat                  Mét. Pts Pourquoi 33 points : Ahmed Amalou        |
            |  1 Moulay Ahmed Tagadirt     BIJ   37 Critère                      Fait     Pts|
            |  2 Ahmed Amalou              POT   33 Années de pratique du méti…   8×1       8|
            |  3 Rachida Benhammou         BIJ   25 Maître-artisan                oui       5|
            |  4 Itto Assoufid             POT   23 Inscrit au Registre nation…   oui      10|
            |  5 Hassane Ahrouch           POT   21 Réside dans la commune de …   non       0|
            |                                       Réside dans la province (h…   non       0|
            |                                       Coopérative ou association    non       0|
            |                                       Membres de la coopérative …   0×1       0|
            |                                       Candidate ou coopérative d…   non       0|
            |                                       Moins de 35 ans à la clôtu…   non       0|
            |                                       Personne en situation de h…   non       0|
            |                                       N'occupe aucun local          oui      10|
            |                                       Occupation antérieure sans…   non       0|
            |                                       Note de la commission aprè…   0×1       0|
            |                                                                        Total 33|
            |                                                                                |
            |Écartés (1)                                                                     |
            |4 Abdellatif Boutaleb — CIN expirée                                             |
            | ↑↓ rang · v version · F figer · N nouvelle version · ? touches                 |
            |                                                                                |
            |1Aide   2       3       4Zones  5Occup  6Aller  7       8       9       10Sortie|
            """)
    }

    @Test func theApplicationFormListsTheCallsDocumentsAndTheDeclaredFacts() throws {
        let app = try AppHarness(language: .fr, scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("n"))
        app.type("brahim ouh")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Dossier pour TAF-2027-01                                   29/11/2026 |
            | Brahim Ouhmad (n° 47) → TAF-2027-01 · Marché de Tafraout, locaux sortant de t… |
            |                                                                                |
            | Métier (← →)                   : BIJ                                           |
            | Locaux préférés (ordre)        :                                               |
            | [ ] CIN, reçu le               : — (Espace : reçu)                             |
            | [ ] Attestation, reçu le       : — (Espace : reçu)                             |
            | Années de pratique             :                                               |
            | Femme ou coopérative de femmes : [ ] non                                       |
            | Né(e) le (AAAA-MM-JJ)          :                                               |
            | Situation de handicap          : [ ] non                                       |
            | Motif du dépôt hors délai      :                                               |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            | Tab champ · Espace cocher · Entrée continuer · Échap annuler                   |
            |                                                                                |
            |1Aide   2       3       4       5       6       7       8       9       10Sortie|
            """)
    }
}
