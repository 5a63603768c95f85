//! Argon2id hashing on a small, fixed pool of worker threads.
//!
//! Each worker owns one Argon2 memory buffer (19 MiB) and reuses it for every hash. That bounds
//! both the CPU given to hashing (half the cores, at least one worker: a burst of logins cannot
//! starve page requests) and the memory (the buffer is allocated once per worker, instead of
//! 19 MiB per hash that the allocator would keep per blocking thread).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, mpsc},
};

use anyhow::anyhow;
use argon2::{
    Algorithm, Argon2, Block, Params, Version,
    password_hash::{Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng},
};
use tokio::sync::oneshot;

use crate::error::{AppError, Result};

/// OWASP's recommended Argon2id parameters: 19 MiB of memory, 2 passes, 1 lane.
fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("static Argon2 parameters are valid")
}

/// A hash of a random, forgotten password with the current parameters: checked when an account
/// does not exist, so that the answer takes as long as for one that does.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$dW5rbm93bi1hY2NvdW50$o2pPvfYq3X5mRkVb0mHq0yQxj3Yl1dJv0pQ2r6xYwCk";

enum Job {
    Hash(String, oneshot::Sender<anyhow::Result<String>>),
    Verify(String, String, oneshot::Sender<bool>),
}

/// One worker's reusable Argon2 memory.
struct Memory(Vec<Block>);

impl Memory {
    fn blocks(&mut self, params: &Params) -> &mut [Block] {
        let needed = params.block_count();
        if self.0.len() != needed {
            self.0 = vec![Block::default(); needed];
        }
        &mut self.0
    }

    fn hash(&mut self, secret: &str) -> anyhow::Result<String> {
        let params = params();
        let salt = SaltString::generate(&mut OsRng);
        let mut salt_bytes = [0u8; 64];
        let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow!("salt: {e}"))?;
        let mut out = [0u8; 32];
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        argon
            .hash_password_into_with_memory(secret.as_bytes(), salt_raw, &mut out, self.blocks(&params))
            .map_err(|e| anyhow!("argon2: {e}"))?;
        let phc = PasswordHash {
            algorithm: argon2::ARGON2ID_IDENT,
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&params).map_err(|e| anyhow!("params: {e}"))?,
            salt: Some(salt.as_salt()),
            hash: Some(Output::new(&out).map_err(|e| anyhow!("output: {e}"))?),
        };
        Ok(phc.to_string())
    }

    fn verify(&mut self, secret: &str, stored: &str) -> bool {
        let Ok(parsed) = PasswordHash::new(stored) else { return false };
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
        let (Ok(params), true) = (Params::try_from(&parsed), parsed.algorithm == argon2::ARGON2ID_IDENT) else { return false };
        let mut salt_bytes = [0u8; 64];
        let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else { return false };
        let mut out = vec![0u8; expected.len()];
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        if argon.hash_password_into_with_memory(secret.as_bytes(), salt_raw, &mut out, self.blocks(&params)).is_err() {
            return false;
        }
        // `Output` compares in constant time.
        Output::new(&out).is_ok_and(|o| o == expected)
    }
}

fn work(jobs: &Mutex<mpsc::Receiver<Job>>) {
    let mut memory = Memory(Vec::new());
    loop {
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        match job {
            Ok(Job::Hash(secret, reply)) => {
                let _ = reply.send(memory.hash(&secret));
            }
            Ok(Job::Verify(secret, stored, reply)) => {
                let _ = reply.send(memory.verify(&secret, &stored));
            }
            Err(_) => return,
        }
    }
}

/// Hashes and verifies secrets (passwords, recovery and reset codes). Workers stop when the
/// hasher is dropped.
///
/// The workers serve jobs in arrival order; so that one client cannot fill the queue and
/// delay everyone else's sign-in, each *submitter* (a client address or an account, see
/// [`Hasher::verify_as`]) may have at most [`PER_SUBMITTER`] hashes waiting or running.
pub struct Hasher {
    jobs: Mutex<mpsc::Sender<Job>>,
    in_flight: Mutex<HashMap<String, usize>>,
}

/// Hashes one submitter may have queued or running at once.
pub const PER_SUBMITTER: usize = 3;

/// A submitter's place in the queue, given back when the hash is done.
struct Slot<'a> {
    hasher: &'a Hasher,
    who: String,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut map = self.hasher.in_flight.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(n) = map.get_mut(&self.who) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.who);
            }
        }
    }
}

impl Hasher {
    /// A hasher with half the cores (at least one) as workers.
    pub fn new() -> anyhow::Result<Arc<Self>> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let (tx, rx) = mpsc::channel();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..(cores / 2).max(1) {
            let rx = rx.clone();
            std::thread::Builder::new().name(format!("argon2-{i}")).spawn(move || work(&rx))?;
        }
        Ok(Arc::new(Self { jobs: Mutex::new(tx), in_flight: Mutex::default() }))
    }

    /// Takes a place for `who`, or refuses (429) when they already have enough in the queue.
    fn slot(&self, who: &str) -> Result<Slot<'_>> {
        let mut map = self.in_flight.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = map.entry(who.to_string()).or_insert(0);
        if *n >= PER_SUBMITTER {
            return Err(AppError::TooManyRequests);
        }
        *n += 1;
        Ok(Slot { hasher: self, who: who.to_string() })
    }

    /// [`Hasher::hash`] for one submitter (a client address or an account id, never logged).
    pub async fn hash_as(&self, who: &str, secret: &str) -> Result<String> {
        let _slot = self.slot(who)?;
        self.hash(secret).await
    }

    /// [`Hasher::verify`] for one submitter: refused with 429 while they already have
    /// [`PER_SUBMITTER`] hashes waiting or running.
    pub async fn verify_as(&self, who: &str, secret: &str, stored: Option<&str>) -> Result<bool> {
        let _slot = self.slot(who)?;
        self.verify(secret, stored).await
    }

    fn submit(&self, job: Job) -> Result<()> {
        let jobs = self.jobs.lock().map_err(|_| anyhow!("hasher lock poisoned"))?;
        jobs.send(job).map_err(|_| anyhow!("hashing workers stopped"))?;
        Ok(())
    }

    /// Hashes a secret into a PHC string.
    pub async fn hash(&self, secret: &str) -> Result<String> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Hash(secret.to_string(), reply))?;
        Ok(answer.await.map_err(|_| anyhow!("hashing worker vanished"))??)
    }

    /// Verifies a secret against a stored hash. With no hash (unknown account) it checks a
    /// dummy hash instead, so the response time does not tell whether an account exists.
    pub async fn verify(&self, secret: &str, stored: Option<&str>) -> Result<bool> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Verify(secret.to_string(), stored.unwrap_or(DUMMY_HASH).to_string(), reply))?;
        let ok = answer.await.map_err(|_| anyhow!("hashing worker vanished"))?;
        Ok(ok && stored.is_some())
    }
}

#[cfg(test)]
mod tests {
    use argon2::{PasswordHasher as _, PasswordVerifier as _};

    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = Hasher::new().expect("hasher");
        let hash = h.hash("correct horse").await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(h.verify("correct horse", Some(&hash)).await.expect("verify"));
        assert!(!h.verify("wrong horse", Some(&hash)).await.expect("verify"));
        assert!(!h.verify("anything", None).await.expect("verify"));
        assert!(!h.verify("x", Some("not a hash")).await.expect("verify"));
    }

    #[tokio::test]
    async fn hashes_interoperate_with_the_reference_implementation() {
        let h = Hasher::new().expect("hasher");
        let ours = h.hash("صباح الخير").await.expect("hash");
        let parsed = PasswordHash::new(&ours).expect("PHC string");
        assert!(Argon2::default().verify_password("صباح الخير".as_bytes(), &parsed).is_ok());
        let salt = SaltString::generate(&mut OsRng);
        let theirs =
            Argon2::new(Algorithm::Argon2id, Version::V0x13, params()).hash_password(b"reference", &salt).expect("hash").to_string();
        assert!(h.verify("reference", Some(&theirs)).await.expect("verify"));
    }

    #[tokio::test]
    async fn one_submitter_cannot_queue_more_than_a_few_hashes() {
        let h = Hasher::new().expect("hasher");
        let stored = h.hash("secret words").await.expect("hash");
        let tries = (0..6).map(|_| h.verify_as("client-a", "wrong", Some(&stored)));
        let other = h.verify_as("client-b", "secret words", Some(&stored));
        let (results, other) = tokio::join!(futures_join_all(tries), other);
        let refused = results.iter().filter(|r| matches!(r, Err(AppError::TooManyRequests))).count();
        assert_eq!(refused, 6 - PER_SUBMITTER, "only {PER_SUBMITTER} hashes of one submitter run at once");
        assert!(other.expect("another submitter is served"));
        // Places are given back: the next try is served.
        assert!(!h.verify_as("client-a", "wrong", Some(&stored)).await.expect("served again"));
    }

    async fn futures_join_all<F: Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
        let mut set = Vec::new();
        for f in futures {
            set.push(Box::pin(f));
        }
        let mut out = Vec::new();
        // Poll all at once so they queue together.
        let polled = std::future::poll_fn(|cx| {
            let mut pending = false;
            for (i, f) in set.iter_mut().enumerate() {
                if out.iter().any(|(j, _)| *j == i) {
                    continue;
                }
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out.push((i, v)),
                    std::task::Poll::Pending => pending = true,
                }
            }
            if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
        });
        polled.await;
        out.sort_by_key(|(i, _)| *i);
        out.into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn the_dummy_hash_uses_the_current_parameters() {
        let parsed = PasswordHash::new(DUMMY_HASH).expect("valid PHC string");
        assert_eq!(Params::try_from(&parsed).expect("params").block_count(), params().block_count());
    }
}
