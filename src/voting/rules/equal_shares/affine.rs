//! Affine functions of the per-voter budget `b`, and the guard that finds where a comparison
//! between two of them could first change.
//!
//! Within one run of Equal Shares every voter's remaining budget, every project's available
//! money and price, and so every comparison the run makes, is an affine function of `b` as long
//! as the run's combinatorial structure (which project is chosen each round, which supporters
//! are capped, which projects are affordable) stays the same. The run records, for each choice
//! it makes, the smallest `b' > b` at which it would come out differently if no supporter's
//! capping changed: the completion's guess of how far the same selection reaches, which it
//! then proves (see `completion`).

use std::ops::{Add, Mul, Sub};

/// `a + s·b`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Affine {
    /// The value at `b = 0`.
    pub a: f64,
    /// The slope.
    pub s: f64,
}

impl Affine {
    /// The constant `a`.
    pub const fn constant(a: f64) -> Affine {
        Affine { a, s: 0.0 }
    }
}

impl Add for Affine {
    type Output = Affine;
    fn add(self, o: Affine) -> Affine {
        Affine { a: self.a + o.a, s: self.s + o.s }
    }
}

impl Sub for Affine {
    type Output = Affine;
    fn sub(self, o: Affine) -> Affine {
        Affine { a: self.a - o.a, s: self.s - o.s }
    }
}

impl Mul<f64> for Affine {
    type Output = Affine;
    fn mul(self, k: f64) -> Affine {
        Affine { a: self.a * k, s: self.s * k }
    }
}

/// The smallest budget above which a comparison could change, over all comparisons seen.
#[derive(Clone, Copy, Debug)]
pub(super) struct Horizon {
    /// The smallest budget at which some recorded condition reaches its boundary (∞ if none).
    pub at: f64,
}

impl Horizon {
    /// No condition recorded yet.
    pub const fn open() -> Horizon {
        Horizon { at: f64::INFINITY }
    }

    /// Records that the run relied on `d(b) ≥ 0` (or `> 0`): it can stop holding only where a
    /// decreasing `d` reaches zero. A root below the current budget (the run's own rounding)
    /// pulls the horizon down to it, which only makes the next run come sooner.
    pub fn guard(&mut self, d: Affine) {
        if d.s < 0.0 {
            let root = -d.a / d.s;
            if root < self.at {
                self.at = root;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decreasing_difference_is_guarded_at_its_root() {
        let mut h = Horizon::open();
        h.guard(Affine { a: 10.0, s: -2.0 });
        assert_eq!(h.at, 5.0);
        h.guard(Affine { a: 1.0, s: 3.0 });
        assert_eq!(h.at, 5.0, "an increasing difference never changes sign upwards");
        assert_eq!((Affine { a: 1.0, s: 2.0 } - Affine::constant(1.0)) * 2.0, Affine { a: 0.0, s: 4.0 });
    }
}
