//! Which members an object holds, for a rule that reads a member's members (`reads(members(x))`):
//! known even when the object is invalid inside, as a validator's `properties`/`required` know it.

/// The members an object holds, by wire name: there, whether their values are valid or not.
///
/// ```
/// use connschema::{Members, Object};
///
/// #[derive(Debug, connschema::Model)]
/// #[model(rename_all = "PascalCase")]
/// struct Auth {
///     basic: Option<String>,
///     api_key: Option<String>,
/// }
///
/// let auth = Auth { basic: Some("u:p".into()), api_key: None };
/// let members: Members = auth.members();
/// assert!(members.has("Basic") && !members.has("ApiKey"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Members {
    names: &'static [&'static str],
    /// Bit `i` for `names[i]`; names past the 64th are never reported present.
    present: u64,
}

impl Members {
    /// The members of `names` whose bit is set in `present`. For generated code.
    #[doc(hidden)]
    pub const fn new(names: &'static [&'static str], present: u64) -> Self {
        Self { names, present }
    }

    /// Whether the object holds the member `wire` (its wire name).
    pub fn has(&self, wire: &str) -> bool {
        self.names.iter().position(|name| *name == wire).is_some_and(|i| i < 64 && self.present & (1 << i) != 0)
    }

    /// The wire names of the members it holds, in declaration order.
    ///
    /// ```
    /// # use connschema::Members;
    /// let members = Members::new(&["Basic", "ApiKey", "OAuth"], 0b101);
    /// assert_eq!(members.iter().collect::<Vec<_>>(), ["Basic", "OAuth"]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        let (names, mut bits) = (self.names, self.present);
        std::iter::from_fn(move || {
            while bits != 0 {
                let i = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(name) = names.get(i) {
                    return Some(*name);
                }
            }
            None
        })
    }
}

/// A struct's members, by wire name, and which of them a value holds. Derived by `Model` for
/// every struct.
#[diagnostic::on_unimplemented(
    message = "`members(...)` reads the members of an object, and `{Self}` is not a struct with `#[derive(Model)]`",
    label = "this member is not an object",
    note = "read its value instead: list it in `reads(...)` by its name alone"
)]
pub trait Object {
    /// Every member's wire name, in declaration order.
    const MEMBERS: &'static [&'static str];

    /// Bit `i` set when the value holds `MEMBERS[i]` (the first 64).
    fn present(&self) -> u64;

    /// The members this value holds.
    fn members(&self) -> Members {
        Members::new(Self::MEMBERS, self.present())
    }
}
