"""What the SDK suites share: the address of the `connschema serve` under test (set by
`cargo xtask sdk`), the example documents, and the canary that stands in for every secret."""

import json
import os
import pathlib
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
APIS = ROOT / "apis"

# Every secret a test sends contains this; it may appear nowhere the SDK exposes, nor in the log.
CANARY = os.environ.get("CONNSCHEMA_CANARY", "CANARY-5ec7e7")


def examples(operation, message="request"):
    """Every example document of a message, by file name."""
    # An API crate's documents: apis/<provider>/documents/<provider>/<service>/<Operation>/<message>/.
    folder = APIS.joinpath(operation.split(".")[0], "documents", *operation.split(".")) / message
    return {p.name: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def unique(name):
    """A name no other test uses, so that tests do not conflict on the one service."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


def assert_no_canary(*things):
    for thing in things:
        assert CANARY not in repr(thing), f"a secret reached {thing!r}"


@pytest.fixture(scope="session")
def endpoint():
    address = os.environ.get("CONNSCHEMA_ENDPOINT")
    if not address:
        pytest.fail("CONNSCHEMA_ENDPOINT is not set: run the suites with `cargo xtask sdk`")
    return address
