//! Host memory an instance holds in buffers outside its own linear memory: data read
//! for it that it has not collected yet, and data it wrote that has not reached the
//! file or the peer. Every such buffer is reserved here first, so a program cannot
//! make the host hold more than its budget however many operations it starts.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A budget for unlimited runs: the most a guest's 32-bit memory could take in anyway.
pub const DEFAULT_BUFFER_BUDGET: usize = 4 << 30;

#[derive(Debug)]
pub struct BufferBudget {
    limit: usize,
    used: AtomicUsize,
}

impl BufferBudget {
    pub fn new(limit: usize) -> Arc<Self> {
        Arc::new(BufferBudget { limit, used: AtomicUsize::new(0) })
    }

    /// Reserves `bytes`, or `None` when the budget cannot hold them now.
    pub fn try_reserve(self: &Arc<Self>, bytes: usize) -> Option<Reservation> {
        self.take(bytes).then(|| Reservation { budget: self.clone(), bytes })
    }

    fn take(&self, bytes: usize) -> bool {
        self.used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| used.checked_add(bytes).filter(|&total| total <= self.limit))
            .is_ok()
    }

    #[cfg(test)]
    fn used(&self) -> usize {
        self.used.load(Ordering::Acquire)
    }
}

/// Bytes held against a budget until dropped.
#[derive(Debug)]
pub struct Reservation {
    budget: Arc<BufferBudget>,
    bytes: usize,
}

impl Reservation {
    /// Reserves `bytes` more; false (and nothing more held) when the budget cannot.
    pub fn try_grow(&mut self, bytes: usize) -> bool {
        let grown = self.budget.take(bytes);
        if grown {
            self.bytes += bytes;
        }
        grown
    }

    /// Gives back what a buffer did not need (a read that returned less than asked).
    pub fn shrink_to(&mut self, bytes: usize) {
        if bytes < self.bytes {
            self.budget.used.fetch_sub(self.bytes - bytes, Ordering::AcqRel);
            self.bytes = bytes;
        }
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        self.budget.used.fetch_sub(self.bytes, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_are_refused_past_the_limit_and_given_back_on_drop() {
        let budget = BufferBudget::new(100);
        let first = budget.try_reserve(60).unwrap();
        assert!(budget.try_reserve(41).is_none());
        let mut second = budget.try_reserve(30).unwrap();
        assert!(second.try_grow(10));
        assert!(!second.try_grow(1));
        second.shrink_to(10);
        assert_eq!(budget.used(), 70);
        drop(first);
        drop(second);
        assert_eq!(budget.used(), 0);
        assert!(budget.try_reserve(usize::MAX).is_none(), "an overflowing size is refused, not wrapped");
    }
}
