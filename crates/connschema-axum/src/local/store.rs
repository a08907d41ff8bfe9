//! What the local service created, for the life of the process, up to a number of resources: past
//! it, a create is answered with the vendor's quota error, so that memory stays bounded however
//! long the service runs.

use std::any::Any;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// Every resource created, by operation, scope (account and region, project, connector) and name,
/// with the record of those that other requests read back (Versori's credentials), kept as the
/// handler's own type. A stateless store ([`Store::stateless`]) keeps nothing: every name is free,
/// no quota is reached.
pub struct Store {
    created: Mutex<HashMap<Key, Option<Record>>>,
    capacity: usize,
    keeps: bool,
}

type Key = (&'static str, String, String);
type Record = Arc<dyn Any + Send + Sync>;

/// Its size and settings: the records are the handlers' own (and may hold secrets).
impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("len", &self.len())
            .field("capacity", &self.capacity)
            .field("keeps", &self.keeps)
            .finish_non_exhaustive()
    }
}

/// What [`Store::claim`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The name was free and is now taken.
    New,
    /// A resource of that name exists in that scope.
    Taken,
    /// The store holds [`Store::capacity`] resources.
    Full,
}

impl Default for Store {
    fn default() -> Self {
        Self::with_capacity(Self::DEFAULT_CAPACITY)
    }
}

impl Store {
    /// Resources kept unless told otherwise: a million names take about 150 MB.
    pub const DEFAULT_CAPACITY: usize = 1_000_000;

    /// A store that keeps at most `capacity` resources.
    pub fn with_capacity(capacity: usize) -> Self {
        Self { created: Mutex::new(HashMap::new()), capacity, keeps: true }
    }

    /// A store that keeps nothing (`connschema serve --stateless`), for contract tests and fuzzers
    /// that repeat names: no conflict and no quota is ever answered, and a Versori credential
    /// reference never resolves.
    ///
    /// ```
    /// use connschema_axum::local::{Claim, Store};
    ///
    /// let store = Store::stateless();
    /// assert_eq!(store.claim("op", "scope".into(), "name".into()), Claim::New);
    /// assert_eq!(store.claim("op", "scope".into(), "name".into()), Claim::New);
    /// assert!(store.is_empty());
    /// ```
    pub fn stateless() -> Self {
        Self { keeps: false, ..Self::with_capacity(0) }
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    // Each change is one insert, so a panic elsewhere while the lock was held leaves the map whole.
    fn lock(&self) -> MutexGuard<'_, HashMap<Key, Option<Record>>> {
        self.created.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes the name `name` of `operation` in `scope`, unless it is taken or the store is full.
    pub fn claim(&self, operation: &'static str, scope: String, name: String) -> Claim {
        self.insert((operation, scope, name), None)
    }

    /// Keeps `record` as the resource `name`, for [`Store::record`] to read back.
    ///
    /// ```
    /// use connschema_axum::local::{Claim, Store};
    ///
    /// let store = Store::default();
    /// assert_eq!(store.keep("op", "scope".into(), "name".into(), 7_u32), Claim::New);
    /// assert_eq!(store.record::<u32>("op", "scope", "name"), Some(7));
    /// assert_eq!(store.record::<String>("op", "scope", "name"), None);
    /// ```
    pub fn keep<T: Any + Send + Sync>(&self, operation: &'static str, scope: String, name: String, record: T) -> Claim {
        self.insert((operation, scope, name), Some(Arc::new(record)))
    }

    fn insert(&self, key: Key, record: Option<Record>) -> Claim {
        if !self.keeps {
            return Claim::New;
        }
        let mut created = self.lock();
        let full = created.len() >= self.capacity;
        match created.entry(key) {
            Entry::Occupied(_) => Claim::Taken,
            Entry::Vacant(_) if full => Claim::Full,
            Entry::Vacant(slot) => {
                slot.insert(record);
                Claim::New
            }
        }
    }

    /// Whether the name is taken.
    pub fn contains(&self, operation: &'static str, scope: &str, name: &str) -> bool {
        self.lock().contains_key(&(operation, scope.to_owned(), name.to_owned()))
    }

    /// The record kept for a resource, if it was kept as a `T`.
    pub fn record<T: Any + Clone>(&self, operation: &'static str, scope: &str, name: &str) -> Option<T> {
        let created = self.lock();
        let record = created.get(&(operation, scope.to_owned(), name.to_owned()))?.as_ref()?;
        record.downcast_ref::<T>().cloned()
    }

    /// How many resources were created.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
