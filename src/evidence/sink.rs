//! Where the row reader puts each valid row: a [`Book`] keeps every entry, a batch
//! tally (see `scoring::Tally`) keeps only what ranking needs.

use super::book::{Book, Duplicate};
use super::entry::Entry;
use crate::criteria::{Framework, Target};

/// Receives the valid rows of evidence files.
pub trait RowSink {
    /// Adds `unit`'s row for `target`. A second row for the same unit and target is
    /// returned as a duplicate when the sink knows where the first one was; a sink
    /// that keeps no positions remembers the repeat itself instead.
    fn add(&mut self, framework: &Framework, unit: &str, target: Target, entry: Entry) -> Option<Duplicate>;

    /// Notes a row of `unit` for `target` that was dropped because of errors (a run
    /// with errors stops anyway; `check` uses this not to call the leaf missing).
    fn reject(&mut self, _unit: &str, _target: Target) {}
}

impl RowSink for Book {
    fn add(&mut self, framework: &Framework, unit: &str, target: Target, entry: Entry) -> Option<Duplicate> {
        Book::add(self, framework, unit, target, entry)
    }

    fn reject(&mut self, unit: &str, target: Target) {
        Book::reject(self, unit, target);
    }
}

/// A sink that can be filled in parts (files, chunks of a file) on different
/// threads and then added up.
pub trait BatchSink: RowSink + Send + Sized {
    /// Adds everything of `parts`, read after this one, in the order they were read.
    fn absorb_all(&mut self, parts: Vec<Self>);
}
