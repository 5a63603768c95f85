//! Moving one person through hidden numbers: the search that decides whether a hidden number
//! is uncertain.
//!
//! The lines of a table (rows, columns, the line of group sizes, the line of overall counts)
//! are vertices; a hidden number in two lines is an edge between them, oriented so that the
//! number counts into one line and out of the other. One more person on an edge is then one more
//! in both its lines, and a change that keeps every line's sum is a flow: one person carried
//! forward along edges (their numbers grow) or backward along them (their numbers shrink, so
//! they must be at least 1). Shown numbers are fixed and are no edges.

use std::collections::VecDeque;

/// A hidden number between two lines: it counts out of `from` and into `to`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Edge {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) value: u64,
}

/// The hidden numbers of a table as a graph of its lines.
pub(super) struct Residual {
    /// `None` where the number is shown: it can't change.
    edges: Vec<Option<Edge>>,
    /// The edges at each vertex.
    around: Vec<Vec<usize>>,
}

/// One step of a path: an edge, and whether it is walked forward (its number grows by one).
pub(super) type Step = (usize, bool);

impl Residual {
    /// The graph on `vertices` lines; an edge's index is its position in `edges`.
    pub(super) fn new(vertices: usize, edges: Vec<Option<Edge>>) -> Residual {
        let mut around = vec![Vec::new(); vertices];
        for (e, edge) in edges.iter().enumerate() {
            if let Some(edge) = edge {
                around[edge.from].push(e);
                around[edge.to].push(e);
            }
        }
        Residual { edges, around }
    }

    /// The edge at `e`, if that number is hidden.
    pub(super) fn edge(&self, e: usize) -> Option<Edge> {
        self.edges.get(e).copied().flatten()
    }

    /// A shortest path carrying one person from `start` to `goal` without the edges in `avoid`,
    /// each edge at most once (empty if `start` is `goal`).
    pub(super) fn path(&self, start: usize, goal: usize, avoid: &[usize]) -> Option<Vec<Step>> {
        let mut came_by: Vec<Option<(usize, Step)>> = vec![None; self.around.len()];
        let mut seen = vec![false; self.around.len()];
        let mut queue = VecDeque::from([start]);
        seen[start] = true;
        while let Some(at) = queue.pop_front() {
            if at == goal {
                let mut steps = Vec::new();
                let mut here = goal;
                while let Some((before, step)) = came_by[here] {
                    steps.push(step);
                    here = before;
                }
                steps.reverse();
                return Some(steps);
            }
            for &e in self.around[at].iter().filter(|e| !avoid.contains(e)) {
                let Some(edge) = self.edges[e] else { continue };
                let next = match (edge.from == at, edge.to == at) {
                    (true, _) => Some((edge.to, true)),
                    (false, true) if edge.value > 0 => Some((edge.from, false)),
                    _ => None,
                };
                if let Some((next, forward)) = next.filter(|&(next, _)| !seen[next]) {
                    seen[next] = true;
                    came_by[next] = Some((at, (e, forward)));
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// Whether the number on edge `e` can change: one person moved around a cycle through it,
    /// one more on it (back from its head to its tail) or one fewer (from its tail to its head).
    /// For a table whose every number is in two lines this is exact: any other filling the
    /// reader cannot rule out differs from the true one by such cycles.
    pub(super) fn on_cycle(&self, e: usize) -> bool {
        let Some(edge) = self.edge(e) else { return false };
        self.path(edge.to, edge.from, &[e]).is_some() || (edge.value > 0 && self.path(edge.from, edge.to, &[e]).is_some())
    }
}
