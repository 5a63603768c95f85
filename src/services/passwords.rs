//! Argon2id hashing off the async threads, with a bounded number of hashes at once so that a
//! burst of logins cannot starve page requests of CPU.

use std::sync::Arc;

use anyhow::Context as _;
use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher as _, PasswordVerifier as _, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use tokio::sync::Semaphore;

use crate::error::Result;

/// OWASP's recommended Argon2id parameters: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("static Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(secret: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2().hash_password(secret.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("argon2: {e}"))?.to_string())
}

fn verify_blocking(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| argon2().verify_password(secret.as_bytes(), &parsed).is_ok())
}

/// Hashes and verifies secrets (passwords, recovery and reset codes).
pub struct Hasher {
    permits: Semaphore,
    dummy: String,
}

impl Hasher {
    /// A hasher allowing half the cores (at least one) to hash at once.
    pub fn new() -> anyhow::Result<Arc<Self>> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Ok(Arc::new(Self {
            permits: Semaphore::new((cores / 2).max(1)),
            dummy: hash_blocking("chorus-dummy-password-for-unknown-users").context("computing the dummy hash")?,
        }))
    }

    /// Hashes a secret into a PHC string.
    pub async fn hash(&self, secret: &str) -> Result<String> {
        let _permit = self.permits.acquire().await.map_err(anyhow::Error::from)?;
        let secret = secret.to_string();
        Ok(tokio::task::spawn_blocking(move || hash_blocking(&secret)).await??)
    }

    /// Verifies a secret against a stored hash. With no hash (unknown account) it checks a
    /// dummy hash instead, so the response time does not tell whether an account exists.
    pub async fn verify(&self, secret: &str, hash: Option<&str>) -> Result<bool> {
        let _permit = self.permits.acquire().await.map_err(anyhow::Error::from)?;
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_string();
        let secret = secret.to_string();
        let ok = tokio::task::spawn_blocking(move || verify_blocking(&secret, &hash)).await?;
        Ok(ok && known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let h = Hasher::new().expect("hasher");
        let hash = h.hash("correct horse").await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(h.verify("correct horse", Some(&hash)).await.expect("verify"));
        assert!(!h.verify("wrong horse", Some(&hash)).await.expect("verify"));
        assert!(!h.verify("anything", None).await.expect("verify"));
        assert!(!h.verify("x", Some("not a hash")).await.expect("verify"));
    }
}
