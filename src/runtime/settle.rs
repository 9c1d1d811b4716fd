//! When the processes that stay beside a running container give back their set-up's memory.
//!
//! den's waiting side, the monitor, the container's init and a network's holder are den's own
//! binary; setting the container up touched megabytes of its code that their wait loops never
//! run again. `sys::release_startup_pages` drops those pages (issue 15: what stays while a
//! container runs). It is done once the container has run for `AFTER`, not at once: a short
//! container (`den run --rm IMAGE true`) ends before that and its teardown runs on warm
//! pages, so its start-to-end time does not pay the faults. (A pod's pause, which runs
//! nothing, releases at once: `runtime::init::pause`.)

use std::time::{Duration, Instant};

use nix::poll::PollTimeout;

/// How long a container runs before the processes beside it give back their set-up's pages.
pub const AFTER: Duration = Duration::from_secs(1);

/// The moment of the release, once, for a wait loop built around poll(2).
pub(crate) struct Settle {
    at: Option<Instant>,
}

impl Settle {
    /// A release `AFTER` from now.
    pub fn new() -> Self {
        Self {
            at: Instant::now().checked_add(AFTER),
        }
    }

    /// `wait` (how long the loop would block), shortened to the moment of the release while
    /// it is still to come.
    pub fn timeout(&self, wait: PollTimeout) -> PollTimeout {
        let Some(at) = self.at else {
            return wait;
        };
        // Rounded up, so the loop does not wake a millisecond early and spin.
        let left = at
            .saturating_duration_since(Instant::now())
            .as_millis()
            .saturating_add(1);
        let left = PollTimeout::try_from(left).unwrap_or(PollTimeout::MAX);
        // (Not `as_millis`: nix 0.31's panics on NONE.)
        if wait.is_some() && wait <= left {
            wait
        } else {
            left
        }
    }

    /// Releases the pages if the moment has come (once).
    pub fn check(&mut self) {
        if self.at.is_some_and(|at| Instant::now() >= at) {
            self.at = None;
            crate::sys::release_startup_pages();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_is_cut_to_the_release_and_kept_after_it() {
        let mut s = Settle::new();
        let cut = s.timeout(PollTimeout::NONE);
        let ms = cut.duration().expect("a finite timeout before the release");
        assert!(
            !ms.is_zero() && ms <= AFTER + Duration::from_millis(1),
            "{ms:?}"
        );
        // A shorter wait stays as it is.
        assert_eq!(s.timeout(PollTimeout::ZERO), PollTimeout::ZERO);
        s.check(); // too early: nothing happens
        assert!(s.at.is_some());
        s.at = Some(Instant::now());
        s.check();
        assert!(s.at.is_none());
        assert_eq!(s.timeout(PollTimeout::NONE), PollTimeout::NONE);
    }
}
