//! Helpers for unit tests: a small deterministic source of varied inputs.

/// Xorshift64: the same sequence on every run, enough to vary test inputs.
pub(crate) struct XorShift(pub u64);

impl XorShift {
    /// The next number of the sequence.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
