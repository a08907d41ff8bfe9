//! Versori platform operations (Connect API v1, `https://platform.versori.com/api/connect/v1`).

pub mod platform;
