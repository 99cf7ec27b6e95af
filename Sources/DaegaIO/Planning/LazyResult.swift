import Synchronization

/// A value worked out the first time it is asked for, then kept (its error too), safely across threads.
final class LazyResult<Value: Sendable>: Sendable {
    private let make: @Sendable () throws -> Value
    private let result = Mutex<Result<Value, any Error>?>(nil)

    /// A value that `make` works out on the first ``get()``.
    init(_ make: @escaping @Sendable () throws -> Value) { self.make = make }

    /// The value, worked out now if it was not yet.
    /// - Throws: what `make` threw, every time.
    func get() throws -> Value {
        try result.withLock { result in
            if let result { return try result.get() }
            let made = Result(catching: make)
            result = made
            return try made.get()
        }
    }
}
