//! Rule shapes that more than one API's documentation uses, each with its check and its schema.

use crate::{Bound, Code, Collector, Loc, Members, Shown};
use serde_json::{json, Value};

/// "Include only the parameters for the type you specify": the object member `holder` holds the
/// member that goes with the value of `type_member`, and none of the other members of `table`.
pub struct MemberForType {
    /// The member whose value picks (`AuthorizationType`).
    pub type_member: &'static str,
    /// The object that holds the type-specific members (`AuthParameters`).
    pub holder: &'static str,
    /// Each type value and its member, e.g. `("BASIC", "BasicAuthParameters")`.
    pub table: &'static [(&'static str, &'static str)],
}

impl MemberForType {
    /// Reports, under `loc/holder`, the chosen type's member when it is missing and every other
    /// member of the table that is there. `held` is what the holder holds, valid or not (the rule
    /// reads it with `members(holder)`), so that the rule is reported beside what is wrong inside.
    pub fn check(&self, chosen: &str, held: Members, loc: &Loc<'_>, cx: &mut Collector) {
        if self.holds_only(chosen, held) {
            return;
        }
        let at = loc.key(self.holder);
        for &(ty, member) in self.table {
            let present = held.has(member);
            if ty == chosen && !present {
                cx.report_lazily(&at.key(member), Code::Rule, || {
                    (format!("is required when {} is {chosen}", self.type_member), Bound::None, Shown::Missing)
                });
            } else if ty != chosen && present {
                cx.report_lazily(&at.key(member), Code::Rule, || {
                    (format!("must be absent when {} is {chosen}", self.type_member), Bound::None, Shown::Hidden)
                });
            }
        }
    }

    /// Whether, of the table's members, the holder holds the chosen type's alone: every valid
    /// document. It looks up only what is held (one member, as a rule), where the report below
    /// looks up every member of the table.
    fn holds_only(&self, chosen: &str, held: Members) -> bool {
        let mut chosen_held = false;
        for name in held.iter() {
            match self.table.iter().find(|(_, member)| *member == name) {
                Some((ty, _)) if *ty == chosen => chosen_held = true,
                Some(_) => return false,
                None => {}
            }
        }
        chosen_held
    }

    /// The same rule as JSON Schema: for each type, `if` the type member is it, `then` the holder
    /// requires its member and forbids the others.
    pub fn schema(&self) -> Value {
        let branches: Vec<Value> = self
            .table
            .iter()
            .map(|(ty, member)| {
                let mut holder = crate::schema::requires(&[member]);
                holder.insert("type".into(), "object".into());
                if let Some(Value::Object(properties)) = holder.get_mut("properties") {
                    for (other, other_member) in self.table {
                        if other != ty {
                            properties.insert((*other_member).to_owned(), Value::Bool(false));
                        }
                    }
                }
                json!({
                    "if": { "properties": { self.type_member: { "const": ty } }, "required": [self.type_member] },
                    "then": { "properties": { self.holder: holder } }
                })
            })
            .collect();
        let description =
            format!("{} holds the member for the {} and no other of its kind.", self.holder, self.type_member);
        json!({ "description": description, "allOf": branches })
    }
}
