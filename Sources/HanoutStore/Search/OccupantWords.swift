import HanoutDomain

/// The search index of occupants: how it works.
///
/// **What it holds.** `occupant_word` has one row per word of each
/// occupant's name and CIN (`words(nameKey:cin:)`), with the occupant's
/// name key, id and CIN key, but none for a CIN of ASCII letters and digits
/// alone (nearly all of them), found through the CIN's own index
/// (`isFoundByItsIndex`). Its key is (word, name key, id): for each word,
/// its occupants in the directory's order (name, then id), as SQLite orders
/// TEXT (`BinaryCollation`).
///
/// **How a search reads it** (`OccupantSearch`). A typed word is a prefix:
/// its rows are those of every index word it starts. A rare prefix's rows
/// are read and sorted; a frequent one's words are each already in list
/// order, so they are merged as they are read (a heap of one stream per
/// word, `MergeHeap`) and the search stops after a screen. The CINs it
/// starts come from the CIN index, sorted by SQLite in list order, or, when
/// they are most of the register ("je" of a region whose cards all start
/// so), from the directory's own index, filtered: one more stream. The other
/// typed words are checked on the name and CIN keys each row carries. Rows
/// are read in place through `SQLiteStatement` (`WordStream`).
///
/// **Phone numbers** are not words of the index: a number, or its last
/// digits, is searched alone and never with a name, so its key (`phoneKey`)
/// is a column of the occupant, `phone_key`, with an index of its own
/// (migration v13); `OccupantSearch.readPhones` reads it. As words, numbers
/// made a quarter of the index's rows, each carrying the name and CIN keys;
/// CINs another quarter, and a word each: a prefix of CINs was a stream per
/// card, where it is now one.
///
/// **Who writes it.** `OccupantWordWriter`, alone: one occupant for a clerk
/// (`OccupantWriter`), a million for an import or a generated region
/// (`OccupantBulkWriter`, which puts the phone key in the occupant's row),
/// every occupant again for a migration (`OccupantWordWriter.rebuild`,
/// `writePhoneKeys`). Rows are written in the index's order, so
/// each page is filled once instead of rows landing on random pages; the rows
/// are sorted in memory up to a budget, then in runs set aside in a temporary
/// file and merged (see `OccupantWordWriter`).
///
/// **What keeps it right.** Nothing in Hanout changes a name or a CIN in
/// place, and a trigger refuses it; the occupant id is a foreign key. The
/// table is made by migration v4 (`AppDatabase.migrator`); the words of
/// occupants registered before it, or cut by an older `version`, are written
/// again when the register is opened (`AppDatabase.writeDerivedData`).
enum OccupantWords {
    /// The version of the cut the index's words were written with, kept in
    /// SQLite's `user_version` (GRDB's migrations leave it alone); a register
    /// written with an older one is indexed again when opened.
    /// - 1 (or 0, never set): the words as migration v4 cut them.
    /// - 2: Arabic spellings folded (`ArabicSpelling`), which changes only the
    ///   words of names and CINs that are not plain ASCII.
    /// - 3: a word for the phone number (`PhoneSearch`).
    /// - 4: no word for the phone number: its key in `occupant.phone_key`
    ///   (`phoneKey`), found by that column's index.
    /// - 5: no word for a CIN found by its own index (`isFoundByItsIndex`).
    static let version = 5

    /// The columns the writer fills, in the order of its rows.
    static let columns = ["word", "name_key", "occupant_id", "cin_key"]

    /// The words stored for an occupant, from its name folded (`TextKey.fold`)
    /// as it is stored in `name_key`, and its CIN: those of the name, then
    /// those of the CIN not already there, unless the CIN is found by its own
    /// index (`isFoundByItsIndex`).
    static func words(nameKey: String, cin: String?) -> [String] {
        var words = SearchWords.words(inFolded: nameKey)
        guard let cin, !isFoundByItsIndex(cin: cin) else { return words }
        for word in SearchWords.words(inFolded: TextKey.fold(cin)) where !words.contains(word) {
            words.append(word)
        }
        return words
    }

    /// Whether a CIN is found through the CIN index (`occupant_by_cin_any_case`)
    /// rather than by words of this index: one run of ASCII letters and
    /// digits, as nearly every card's number is, whose one word is itself in
    /// small letters, so a typed word starts it when it starts the CIN in any
    /// case (`OccupantSearch.plainCINs`).
    static func isFoundByItsIndex(cin: String) -> Bool {
        !cin.isEmpty && cin.utf8.allSatisfy(isPlainCINByte)
    }

    /// A byte of a CIN found by its own index: what `plainCINs`' GLOB keeps.
    static func isPlainCINByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The key stored in `occupant.phone_key` for a phone number
    /// (`PhoneSearch.indexWord`): nil for none, or too few digits to search.
    static func phoneKey(_ phone: String?) -> String? {
        phone.flatMap(PhoneSearch.indexWord)
    }
}
