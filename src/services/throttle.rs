//! Per-client rate limits (fixed windows, in memory).
//!
//! Client addresses are personal data: they are held only in memory, only for the length of a
//! window, and never logged or stored. Per-account limits (failed logins) live in the database
//! so that they hold across servers; see `services::auth`.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

/// What is being limited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Login, recovery and reset attempts.
    Login,
    /// New accounts.
    Register,
}

/// Fixed-window counters per (action, client).
#[derive(Default)]
pub struct Limiter {
    windows: Mutex<HashMap<(Action, IpAddr), (Instant, u32)>>,
}

/// How many entries trigger a sweep of expired windows.
const SWEEP_AT: usize = 10_000;

impl Limiter {
    /// Counts one attempt; `false` when the client is over `limit` attempts per `window`.
    pub fn allow(&self, action: Action, client: IpAddr, limit: u32, window: Duration) -> bool {
        let now = Instant::now();
        let mut map = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= SWEEP_AT {
            map.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = map.entry((action, client)).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_the_limit_is_refused_and_others_are_not() {
        let l = Limiter::default();
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        let w = Duration::from_secs(60);
        assert!((0..3).all(|_| l.allow(Action::Login, a, 3, w)));
        assert!(!l.allow(Action::Login, a, 3, w));
        assert!(l.allow(Action::Login, b, 3, w));
        assert!(l.allow(Action::Register, a, 3, w));
    }

    #[test]
    fn the_window_resets() {
        let l = Limiter::default();
        let a: IpAddr = [10, 0, 0, 1].into();
        assert!(l.allow(Action::Login, a, 1, Duration::ZERO));
        assert!(l.allow(Action::Login, a, 1, Duration::ZERO));
    }
}
