import CInterruptCleanup
import DaegaEngine

/// Removes a run's temporary files when SIGINT, SIGTERM or SIGHUP ends it, and ends the process with 130, 143 or 129
/// (a closed pipe's SIGPIPE likewise, with 141); outputs already in place are never touched. The handlers are C
/// (``daega_cleanup_install``): a signal handler may only make async-signal-safe calls. The calls here must not nest
/// (``holdingSignals(_:)`` uses ``forgetHolding(_:)`` inside): the section they enter is not re-entrant.
enum InterruptCleanup {
    /// Installs the handlers (once: installing again does nothing).
    static func install() { _ = daega_cleanup_install() }

    /// Registers `path` for removal on a signal.
    /// - Returns: the registration to pass to ``forget(_:)``, or -1 when there was no room (the file is then left by
    ///   a signal, to be removed by the next run as a stale temporary file).
    static func register(_ path: String) -> Int32 {
        install()
        daega_cleanup_enter()
        defer { daega_cleanup_leave() }
        return daega_cleanup_add(path)
    }

    /// Forgets a registration once its file is renamed into place or removed.
    static func forget(_ registration: Int32) {
        daega_cleanup_enter()
        defer { daega_cleanup_leave() }
        daega_cleanup_remove(registration)
    }

    /// Runs `body` (renames into place) with signals held until it returns, so a signal never leaves one of a group of
    /// outputs renamed and another not; a held signal is handled on return.
    static func holdingSignals<Result>(_ body: () throws(DaegaError) -> Result) throws(DaegaError) -> Result {
        install()
        daega_cleanup_enter()
        defer { daega_cleanup_leave() }
        return try body()
    }

    /// Forgets a registration from inside ``holdingSignals(_:)``.
    static func forgetHolding(_ registration: Int32) { daega_cleanup_remove(registration) }
}
