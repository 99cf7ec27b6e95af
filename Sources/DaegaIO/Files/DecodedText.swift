/// What a decoder made of one chunk: the UTF-8 bytes it could read, then the fault that stopped it, if any.
struct DecodedText {
    /// Valid UTF-8, ending before the fault when there is one.
    var utf8: [UInt8]
    /// The first unreadable byte; decoding stops there.
    var fault: EncodingFault?
}
