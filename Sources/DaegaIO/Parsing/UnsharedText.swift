extension String {
    /// The same text in storage of its own. Copies made this way let each worker thread of a batch hold values that
    /// share no reference counts with another thread's, so the threads never wait on each other's cache lines.
    var unshared: String { String(decoding: Array(utf8), as: UTF8.self) }
}
