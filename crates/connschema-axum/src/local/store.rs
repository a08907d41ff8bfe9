//! What the local service created, for the life of the process.

use serde_json::Value;
use std::collections::HashMap;
use std::sync::Mutex;

/// Every resource created, by operation, scope (account and region, project, connector) and name.
#[derive(Debug, Default)]
pub struct Store {
    created: Mutex<HashMap<Key, Value>>,
}

type Key = (&'static str, String, String);

impl Store {
    /// Keeps `record` as the resource `name` of `operation` in `scope`, unless one of that name is
    /// there: then `false`, and nothing changes.
    pub fn create(&self, operation: &'static str, scope: String, name: String, record: Value) -> bool {
        // A panic elsewhere while the lock was held leaves the map whole: each change is one insert.
        let mut created = self.created.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match created.entry((operation, scope, name)) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(record);
                true
            }
        }
    }

    /// The record of a resource, if it was created.
    pub fn get(&self, operation: &'static str, scope: &str, name: &str) -> Option<Value> {
        let created = self.created.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        created.get(&(operation, scope.to_owned(), name.to_owned())).cloned()
    }

    /// How many resources were created.
    pub fn len(&self) -> usize {
        self.created.lock().unwrap_or_else(std::sync::PoisonError::into_inner).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
