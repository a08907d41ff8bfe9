//! Huawei Cloud operations.

pub mod eg;
