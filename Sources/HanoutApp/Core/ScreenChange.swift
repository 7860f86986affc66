/// Something done to a screen's state in place, whatever the screen.
///
/// A generic method rather than a closure over `any ScreenModel`: a closure
/// cannot be generic, and an existential must be cast back to the case's type
/// afterwards. `Screen.change` calls this with each case's own type instead.
protocol ScreenChange {
    associatedtype Result
    func callAsFunction<Model: ScreenModel>(_ model: inout Model) -> Result
}
