/// The lot that breaks a tie the score and the filing time left: drawn from
/// a seed the ranking records, so anyone can draw it again and find the same
/// order.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; the generator Java's `SplittableRandom` uses):
/// a 64-bit state advanced by a fixed odd constant and mixed by two
/// multiply-xorshift rounds. It is small enough to check by hand, gives
/// the same numbers on every machine, and never touches the system's
/// generator. Each application's draw is keyed by the seed and its id, so
/// it does not depend on the order the files are read in.
public enum Lot {
    /// The number application `id` draws under `seed`; the lower comes first.
    public static func draw(seed: UInt64, applicationID: Int64) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ mix(UInt64(bitPattern: applicationID)))
        return generator.next()
    }

    /// SplitMix64's output function, also used to spread the application id.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The SplitMix64 generator: the state moves by the golden-ratio constant at
/// each draw. A small, fast, well-mixed generator whose sequence is fixed by
/// its seed: the lot, generated regions and seeded tests all use this one.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Lot.mix(state)
    }
}
