//! Patterns that are a sequence of character-class runs (`[\.\-_A-Za-z0-9]+`,
//! `\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*`) are decided in one pass, with a bit test
//! per ASCII character: no regex engine, no allocation. [`compile`] finds the runs of a whole-value
//! Rust pattern (the derive calls it at compile time) and [`matches`](fn@matches) decides a value with them
//! (the generated checks call it at run time): both use the one [`Run`] type.

mod compile;
mod run;

pub use compile::compile;
pub use run::Run;

/// Whether `runs` accept every string: one run of any number of any character (Network Manager's
/// `[\s\S]*`), which a check need not scan.
///
/// ```
/// use connschema_pattern::runs::{accepts_everything, compile};
///
/// assert!(accepts_everything(&compile(r"^(?:[\s\S]*)$").unwrap()));
/// assert!(!accepts_everything(&compile(r"^(?:[\s\S]+)$").unwrap()));
/// assert!(!accepts_everything(&compile(r"^(?:[^\n]*)$").unwrap()));
/// ```
pub fn accepts_everything(runs: &[Run]) -> bool {
    let [run] = runs else { return false };
    if run.min != 0 || run.max != u32::MAX || !run.ascii[..0x80].iter().all(|&b| b) {
        return false;
    }
    // The ranges above ASCII, sorted and disjoint, leave no character out.
    let mut next = 0x80;
    for &(start, end) in run.wide.iter() {
        if u32::from(start) > next {
            return false;
        }
        next = next.max(u32::from(end) + 1);
        if next == 0xD800 {
            next = 0xE000; // the surrogates are no characters
        }
    }
    next > u32::from(char::MAX)
}

/// Whether the whole of `text` is the sequence `runs`, each run taking as many characters as it can.
///
/// ```
/// use connschema_pattern::runs::{compile, matches, Run};
///
/// // `[a-z]+`
/// let lower = [Run::new(&[('a', 'z')], 1, None, false)];
/// assert_eq!(compile("^(?:[a-z]+)$").as_deref(), Some(&lower[..]));
/// assert!(matches(&lower, "conn"));
/// assert!(!matches(&lower, "my conn"));
/// assert!(!matches(&lower, ""));
/// ```
pub fn matches(runs: &[Run], text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    for run in runs {
        // One character of a class, as each character of a literal (`device-`) is: one table
        // test, where the loop below would set up a prefix scan for it.
        if run.min == 1 && run.max == 1 {
            if let Some(&b) = bytes.get(at) {
                if run.ascii[usize::from(b)] {
                    at += 1;
                    continue;
                }
            }
        }
        let max = usize::try_from(run.max).unwrap_or(usize::MAX);
        let mut taken = 0;
        loop {
            // ASCII first, a byte at a time: the common case, and a loop the compiler makes tight.
            let rest = &bytes[at..];
            let ascii = run.ascii_prefix(&rest[..rest.len().min(max - taken)]);
            at += ascii;
            taken += ascii;
            if taken == max {
                break;
            }
            // Past the table, only a character above ASCII or a percent escape can be one more unit:
            // the end of the value, or any other ASCII byte, ends the run without decoding.
            match bytes.get(at) {
                Some(&b) if !b.is_ascii() || (run.escapes && b == b'%') => {}
                _ => break,
            }
            match text.get(at..).and_then(|rest| run.other_unit(rest)) {
                Some(len) => {
                    at += len;
                    taken += 1;
                }
                None => break,
            }
        }
        if taken < usize::try_from(run.min).unwrap_or(usize::MAX) {
            return false;
        }
    }
    at == bytes.len()
}
