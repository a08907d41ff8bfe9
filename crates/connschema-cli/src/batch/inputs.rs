//! What `validate` reads: files, the `*.json` (or, with `--ndjson`, `*.ndjson` and `*.jsonl`) files
//! of directories, and standard input, each split into its documents.

use crate::terms::UsageError;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One input read whole, with where its documents are.
pub struct Source {
    /// As the user named it (`-` for standard input), for the reports.
    pub name: String,
    pub bytes: Vec<u8>,
    pub documents: Vec<Document>,
}

/// One document of a [`Source`].
pub struct Document {
    /// 1-based, for NDJSON input.
    pub line: Option<usize>,
    pub range: Range<usize>,
}

/// The files that `paths` name, directories expanded to their matching files in name order.
pub fn expand(paths: &[PathBuf], ndjson: bool) -> Result<Vec<PathBuf>, UsageError> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            let cannot = |e: io::Error| UsageError(format!("cannot read directory {}: {e}", path.display()));
            let mut found = Vec::new();
            for entry in std::fs::read_dir(path).map_err(cannot)? {
                let file = entry.map_err(cannot)?.path();
                if file.is_file() && wanted(&file, ndjson) {
                    found.push(file);
                }
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn wanted(file: &Path, ndjson: bool) -> bool {
    let extensions: &[&str] = if ndjson { &["ndjson", "jsonl"] } else { &["json"] };
    file.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e))
}

/// Reads `file` (at most `max_bytes`) and splits it into its documents: the whole input, or with
/// `ndjson` each line that is not blank.
pub fn read(file: &Path, max_bytes: u64, ndjson: bool) -> Result<Source, UsageError> {
    let bytes = read_bounded(file, max_bytes)?;
    let documents = if ndjson { lines(&bytes) } else { vec![Document { line: None, range: 0..bytes.len() }] };
    Ok(Source { name: file.display().to_string(), bytes, documents })
}

fn read_bounded(file: &Path, max_bytes: u64) -> Result<Vec<u8>, UsageError> {
    let stdin = file.as_os_str() == "-";
    let cannot_read = |e: io::Error| UsageError(format!("cannot read {}: {e}", file.display()));
    let source: Box<dyn Read> =
        if stdin { Box::new(io::stdin().lock()) } else { Box::new(std::fs::File::open(file).map_err(cannot_read)?) };
    // One byte past the limit tells an input at the limit from a larger one.
    let mut input = Vec::new();
    source.take(max_bytes.saturating_add(1)).read_to_end(&mut input).map_err(cannot_read)?;
    if input.len() as u64 > max_bytes {
        return Err(UsageError(format!(
            "{} is larger than {max_bytes} bytes, the most that is read; raise the limit with --max-bytes",
            if stdin { "standard input".into() } else { file.display().to_string() }
        )));
    }
    Ok(input)
}

/// The lines of NDJSON input that hold more than JSON white space, without their line ends (`\n` or `\r\n`).
fn lines(bytes: &[u8]) -> Vec<Document> {
    let mut documents = Vec::new();
    let mut start = 0;
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let end = start + line.len();
        let trimmed = if line.ends_with(b"\r") { end - 1 } else { end };
        if !bytes[start..trimmed].iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
            documents.push(Document { line: Some(index + 1), range: start..trimmed });
        }
        start = end + 1;
    }
    documents
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndjson_lines_keep_their_numbers_and_skip_blank_ones() {
        let text = b"{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}";
        let found: Vec<_> = lines(text).into_iter().map(|d| (d.line, &text[d.range])).collect();
        assert_eq!(found, [(Some(1), &b"{\"a\":1}"[..]), (Some(4), &b"{\"b\":2}"[..]), (Some(5), &b"{\"c\":3}"[..])]);
        assert!(lines(b"").is_empty());
        assert!(lines(b"\n\n").is_empty());
    }
}
