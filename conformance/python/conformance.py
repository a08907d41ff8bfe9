"""What a Python service sees: the corpus that the Rust generator wrote, with its verdicts, checked by
Python `jsonschema` (Draft202012Validator with its format checker, format-nongpl installed).

One difference is documented in docs/contracts.md §3 and not worked around: Python's `$` also matches before
a final newline. A disagreement counts as that difference only if it goes away when each exported
pattern's final `$` is read as Python's `\\Z`; every other disagreement fails the run.

usage: python conformance.py <schemas dir> <corpus.jsonl>
"""

import json
import multiprocessing
import os
import sys

from jsonschema import Draft202012Validator

WORKERS = max(1, min(4, os.cpu_count() or 1))
CHUNK = 2000


def end_anchored(schema):
    """The schema with each pattern's final `$` made Python's `\\Z` (end of string, no newline)."""
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "pattern" and isinstance(value, str) and value.endswith("$"):
                out[key] = value[:-1] + "\\Z"
            else:
                out[key] = end_anchored(value)
        return out
    if isinstance(schema, list):
        return [end_anchored(item) for item in schema]
    return schema


def validator(schema):
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


SCHEMAS_DIR = None
VALIDATORS = {}


def validators_for(name):
    if name not in VALIDATORS:
        with open(os.path.join(SCHEMAS_DIR, name), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        VALIDATORS[name] = (validator(schema), validator(end_anchored(schema)))
    return VALIDATORS[name]


def init(schemas_dir):
    global SCHEMAS_DIR
    SCHEMAS_DIR = schemas_dir


def check(lines):
    """(documents, disagreements, documented differences, first few disagreements)."""
    documents = disagreements = documented = 0
    shown = []
    for line in lines:
        entry = json.loads(line)
        plain, anchored = validators_for(entry["schema"])
        documents += 1
        if plain.is_valid(entry["doc"]) == entry["valid"]:
            continue
        if anchored.is_valid(entry["doc"]) == entry["valid"]:
            documented += 1
            continue
        disagreements += 1
        if len(shown) < 20:
            errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in plain.iter_errors(entry["doc"])]
            shown.append(
                f"{entry['op']} {entry['message']}: Rust says {'valid' if entry['valid'] else 'invalid'}\n"
                f"  document: {json.dumps(entry['doc'])[:400]}\n  Rust: {entry['paths']}\n  python: {errors[:3]}"
            )
    return documents, disagreements, documented, shown


def chunks(path):
    with open(path, encoding="utf-8") as f:
        chunk = []
        for line in f:
            if line.strip():
                chunk.append(line)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def main():
    if len(sys.argv) != 3:
        print("usage: python conformance.py <schemas dir> <corpus.jsonl>", file=sys.stderr)
        return 2
    schemas_dir, corpus = sys.argv[1:]
    documents = disagreements = documented = 0
    with multiprocessing.Pool(WORKERS, initializer=init, initargs=(schemas_dir,)) as pool:
        for d, x, n, shown in pool.imap(check, chunks(corpus)):
            documents += d
            disagreements += x
            documented += n
            for text in shown:
                print(text, file=sys.stderr)
    print(
        f"Rust vs Python jsonschema: {documents} documents: {disagreements} disagreement(s) "
        f"({documented} differ only by Python's documented `$` before a final newline)"
    )
    return 0 if disagreements == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
