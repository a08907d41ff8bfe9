//! Owned forms of models that borrow from their input.

use crate::Collect;
use std::borrow::Cow;

/// A value that may borrow from the input, turned into one that owns all of it.
///
/// Implemented by `#[derive(Model)]`: a model with a lifetime, `T<'a>`, becomes `T<'static>`; a
/// model without one is returned as it is.
///
/// ```
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// /// Creates a connection.
/// #[derive(Debug, Model)]
/// #[model(rename_all = "PascalCase", deny_unknown_fields)]
/// struct CreateConnection<'a> {
///     #[model(length(min = 1, max = 64), pattern = "[.\\-_A-Za-z0-9]+")]
///     name: Cow<'a, str>,
///     #[model(length(max = 512))]
///     description: Option<Cow<'a, str>>,
///     authorization_type: AuthorizationType,
/// }
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Model)]
/// #[model(rename_all = "SCREAMING_SNAKE_CASE")]
/// enum AuthorizationType {
///     Basic,
///     ApiKey,
/// }
///
/// use connschema::IntoOwned;
///
/// fn parse(body: Vec<u8>) -> CreateConnection<'static> {
///     // Borrows from `body` while it is read and checked, then copies what it keeps.
///     connschema::from_slice::<CreateConnection<'_>>(&body).unwrap().into_owned()
/// }
/// let request = parse(br#"{"Name": "orders-api", "AuthorizationType": "API_KEY"}"#.to_vec());
/// assert_eq!(request.name, "orders-api");
/// ```
pub trait IntoOwned {
    /// The same value, owning all of its strings.
    type Owned: 'static;

    fn into_owned(self) -> Self::Owned;
}

/// A model's owned form (`T<'static>`), and the same model borrowing from an input of any
/// lifetime: what reads a document whose lifetime is known only where it is read, such as the
/// [`registry`](crate::registry). Implemented by `#[derive(Model)]`.
pub trait Borrowable: Sized + 'static {
    /// The model borrowing from an input that lives for `'de`.
    type Borrowing<'de>: Collect<'de> + IntoOwned<Owned = Self>;
}

impl IntoOwned for Cow<'_, str> {
    type Owned = Cow<'static, str>;

    fn into_owned(self) -> Cow<'static, str> {
        Cow::Owned(Cow::into_owned(self))
    }
}

impl<T: IntoOwned> IntoOwned for Option<T> {
    type Owned = Option<T::Owned>;

    fn into_owned(self) -> Option<T::Owned> {
        self.map(T::into_owned)
    }
}

impl<T: IntoOwned> IntoOwned for Vec<T> {
    type Owned = Vec<T::Owned>;

    fn into_owned(self) -> Vec<T::Owned> {
        self.into_iter().map(T::into_owned).collect()
    }
}

impl<T: IntoOwned> IntoOwned for Box<T> {
    type Owned = Box<T::Owned>;

    fn into_owned(self) -> Box<T::Owned> {
        Box::new(T::into_owned(*self))
    }
}

impl<K: IntoOwned, V: IntoOwned> IntoOwned for std::collections::BTreeMap<K, V>
where
    K::Owned: Ord,
{
    type Owned = std::collections::BTreeMap<K::Owned, V::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.into_iter().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
    }
}

impl<K: IntoOwned, V: IntoOwned> IntoOwned for std::collections::HashMap<K, V>
where
    K::Owned: Eq + std::hash::Hash,
{
    type Owned = std::collections::HashMap<K::Owned, V::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.into_iter().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
    }
}
