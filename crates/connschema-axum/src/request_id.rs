//! Request ids: 32 hex digits, unique within the process and unpredictable across processes.

use axum::http::Extensions;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

/// The id of one request, as its answer names it (AWS `x-amzn-RequestId`, Huawei `X-Request-Id`
/// and `request_id`). [`Valid`](crate::Valid) takes the one a layer put in the request's
/// extensions, or makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(String);

impl RequestId {
    /// A new id.
    pub fn new() -> Self {
        Self(format!("{:032x}", random_u128()))
    }

    /// The id a layer gave the request, or a new one.
    pub fn of(extensions: &Extensions) -> Self {
        extensions.get::<Self>().cloned().unwrap_or_default()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for RequestId {
    fn default() -> Self {
        Self::new()
    }
}

/// 128 bits from the standard library's randomly keyed hasher over a counter: distinct for every
/// call in a process, and not guessable from one process to the next.
pub(crate) fn random_u128() -> u128 {
    static KEYS: LazyLock<RandomState> = LazyLock::new(RandomState::new);
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let half = |salt: u64| {
        let mut hasher = KEYS.build_hasher();
        hasher.write_u64(n);
        hasher.write_u64(salt);
        hasher.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// A version-4-shaped UUID (`0a1b2c3d-4e5f-4789-abcd-ef0123456789`), as AWS puts in ARNs.
pub(crate) fn uuid() -> String {
    let n = random_u128();
    let n = (n & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{n:032x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}
