//! Request ids: 32 hex digits, unique within the process and unpredictable across processes.

use axum::http::Extensions;
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

/// The id of one request, as its answer names it (AWS `x-amzn-RequestId`, Huawei `X-Request-Id`
/// and `request_id`), shown as 32 hex digits. [`Valid`](crate::Valid) takes the one a layer put in
/// the request's extensions, or makes one. It is written out only where an answer or a log line
/// names it, not for every request.
///
/// ```
/// let id = connschema_axum::RequestId::new();
/// assert_eq!(id.to_string().len(), 32);
/// assert_ne!(id, connschema_axum::RequestId::new());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestId(u128);

impl RequestId {
    /// A new id.
    pub fn new() -> Self {
        Self(random_u128())
    }

    /// The id a layer gave the request, or a new one.
    pub fn of(extensions: &Extensions) -> Self {
        extensions.get::<Self>().copied().unwrap_or_default()
    }
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl Default for RequestId {
    fn default() -> Self {
        Self::new()
    }
}

/// 128 bits: a counter through splitmix64's mixer, keyed once per process by the standard
/// library's random hasher keys. Distinct for every call in a process (the mixer is a bijection),
/// not guessable from one process to the next, and a few nanoseconds each: ids, not secrets.
pub fn random_u128() -> u128 {
    static KEY: LazyLock<u64> = LazyLock::new(|| RandomState::new().hash_one(0x5eed_u64));
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let high = mix(*KEY ^ n);
    let low = mix(high ^ n.rotate_left(32) ^ 0x9e37_79b9_7f4a_7c15);
    (u128::from(high) << 64) | u128::from(low)
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A version-4-shaped UUID (`0a1b2c3d-4e5f-4789-abcd-ef0123456789`), as AWS puts in ARNs.
pub fn uuid() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let n = random_u128();
    let n = (n & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let mut out = String::with_capacity(36);
    for i in 0..32 {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push('-');
        }
        out.push(HEX[((n >> (124 - 4 * i)) & 0xf) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uuids_are_version_4_shaped_and_distinct() {
        let (a, b) = (super::uuid(), super::uuid());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(parts[2].starts_with('4'));
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
    }
}
