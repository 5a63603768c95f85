//! The server's secret key, shared by every server of a deployment: it binds CSRF tokens to
//! their session and signs the cookie that recognizes a device a person signed in from.
//!
//! `CHORUS_SECRET_KEY` sets it; without it, one random key is made on first start and kept in
//! the `server_keys` table, so several servers on one database agree without configuration.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac as _};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

use crate::db::{Db, now};

/// The deployment's secret key.
pub struct Keys {
    key: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(***)")
    }
}

impl Keys {
    /// The configured key, or the one kept in the database (made on first start).
    pub async fn load(db: &Db, configured: Option<&str>) -> anyhow::Result<Self> {
        if let Some(secret) = configured {
            return Ok(Self { key: Sha256::digest(secret.as_bytes()).into() });
        }
        let mut fresh = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut fresh);
        // Two servers starting together: one insert wins, both read the winner.
        sqlx::query("INSERT INTO server_keys (name, value, created_at) VALUES ('main', $1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(URL_SAFE_NO_PAD.encode(fresh))
            .bind(now())
            .execute(db)
            .await?;
        let stored: String = sqlx::query_scalar("SELECT value FROM server_keys WHERE name = 'main'").fetch_one(db).await?;
        let bytes = URL_SAFE_NO_PAD.decode(stored.as_bytes())?;
        let key = <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| anyhow::anyhow!("the stored server key has the wrong length"))?;
        Ok(Self { key })
    }

    /// A key for tests and tools.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        Self { key }
    }

    /// A tag for `parts` under `purpose` (domain-separated), URL-safe base64.
    pub fn sign(&self, purpose: &str, parts: &[&str]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        for p in parts {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
            mac.update(&(p.len() as u64).to_be_bytes());
            mac.update(p.as_bytes());
        }
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// Whether `tag` is the tag of `parts` under `purpose` (constant time).
    pub fn verify(&self, purpose: &str, parts: &[&str], tag: &str) -> bool {
        bool::from(self.sign(purpose, parts).as_bytes().ct_eq(tag.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_depend_on_purpose_parts_and_key() {
        let k = Keys::from_bytes([7; 32]);
        let t = k.sign("csrf", &["a", "b"]);
        assert!(k.verify("csrf", &["a", "b"], &t));
        assert!(!k.verify("device", &["a", "b"], &t));
        assert!(!k.verify("csrf", &["ab", ""], &t));
        assert!(!Keys::from_bytes([8; 32]).verify("csrf", &["a", "b"], &t));
        assert!(!format!("{k:?}").contains('7'));
    }
}
