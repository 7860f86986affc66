import HanoutDomain

/// Foundation also has a `Unit` (of measure); inside this module the word
/// means a premises.
typealias Unit = HanoutDomain.Unit
