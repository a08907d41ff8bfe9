//! `rename_all` conventions, applied to Rust identifiers.

#[derive(Clone, Copy)]
pub enum RenameRule {
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
}

impl RenameRule {
    pub const NAMES: &'static str =
        "\"PascalCase\", \"camelCase\", \"snake_case\", \"SCREAMING_SNAKE_CASE\", \"kebab-case\"";

    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "PascalCase" => Self::Pascal,
            "camelCase" => Self::Camel,
            "snake_case" => Self::Snake,
            "SCREAMING_SNAKE_CASE" => Self::ScreamingSnake,
            "kebab-case" => Self::Kebab,
            _ => return None,
        })
    }

    /// Renames a field (written in snake_case in Rust).
    pub fn apply_to_field(self, field: &str) -> String {
        let words: Vec<&str> = field.split('_').filter(|w| !w.is_empty()).collect();
        self.join(&words)
    }

    /// Renames a variant (written in PascalCase in Rust).
    pub fn apply_to_variant(self, variant: &str) -> String {
        let mut words = Vec::new();
        let mut start = 0;
        for (i, c) in variant.char_indices().skip(1) {
            if c.is_uppercase() {
                words.push(&variant[start..i]);
                start = i;
            }
        }
        words.push(&variant[start..]);
        self.join(&words)
    }

    fn join(self, words: &[&str]) -> String {
        let capitalized = |w: &str| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()
            })
        };
        match self {
            Self::Pascal => words.iter().map(|w| capitalized(w)).collect(),
            Self::Camel => {
                words.iter().enumerate().map(|(i, w)| if i == 0 { w.to_lowercase() } else { capitalized(w) }).collect()
            }
            Self::Snake => words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>().join("_"),
            Self::ScreamingSnake => words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("_"),
            Self::Kebab => words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>().join("-"),
        }
    }
}
