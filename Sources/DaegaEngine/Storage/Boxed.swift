/// Keeps a large value in a shared, immutable box, so that copying the struct that holds it costs one reference
/// count instead of one per text and array inside the value, and moving it moves one pointer instead of the value's
/// bytes.
///
/// The value still behaves as a value: setting it puts the new value in a new box, so no other copy sees the change.
@propertyWrapper
public struct Boxed<Value: Sendable>: Sendable {
    @usableFromInline final class Box: Sendable {
        @usableFromInline let value: Value
        @usableFromInline init(_ value: Value) { self.value = value }
    }

    @usableFromInline var box: Box

    /// Boxes a value.
    @inlinable public init(wrappedValue: Value) { box = Box(wrappedValue) }

    /// The value.
    @inlinable public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }
}
