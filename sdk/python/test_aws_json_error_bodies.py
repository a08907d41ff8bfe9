"""awsJson1.1 error bodies as AWS clients read them (docs/contracts.md §7). A stand-in EventBridge on
127.0.0.1 answers with the error's name in `__type` (as `namespace#Name` too); boto3 must raise the
modelled exception with the message, and connschema must find the body valid against that
exception's schema. botocore's awsJson1.1 parser (1.44.5) reads the name from `__type` alone, not
from `X-Amzn-ErrorType`: a body that names its error only in the header is valid for the schema
(the JavaScript SDK reads the header: sdk/node/test/error-name-in-header.test.mjs), and boto3 then
names the error by its HTTP status, which this suite asserts so that a change in botocore shows."""

import http.server
import json
import os
import subprocess
import threading

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from test_boto3 import session  # noqa: F401 (a fixture)

NAME = "ResourceAlreadyExistsException"


class HeaderOnly(http.server.BaseHTTPRequestHandler):
    body = b""
    headers_out = {}

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(400)
        for name, value in {"Content-Type": "application/x-amz-json-1.1", **self.headers_out}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def stand_in():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HeaderOnly)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def connschema_says(message, body):
    binary = os.environ.get("CONNSCHEMA_BIN")
    if not binary:
        pytest.fail("CONNSCHEMA_BIN is not set: run the suites with `cargo xtask sdk`")
    op = "aws.events.CreateConnection"
    done = subprocess.run([binary, "validate", op, message, "-"], input=body, capture_output=True)
    return done.returncode, done.stdout.decode().strip()


MESSAGE = "A connection named orders-api already exists."


def answer(session, stand_in, body, headers):  # noqa: F811
    HeaderOnly.body = json.dumps(body).encode()
    HeaderOnly.headers_out = headers
    config = Config(parameter_validation=False, retries={"max_attempts": 1, "mode": "standard"})
    events = session.client("events", endpoint_url=stand_in, config=config)
    with pytest.raises(ClientError) as caught:
        events.create_connection(Name="orders-api", AuthorizationType="BASIC", AuthParameters={})
    return events, caught.value


@pytest.mark.parametrize("name", [NAME, f"com.amazonaws.events#{NAME}"], ids=["plain", "namespaced"])
def test_boto3_raises_the_exception_that_type_names(session, stand_in, name):  # noqa: F811
    body = {"__type": name, "message": MESSAGE}
    events, error = answer(session, stand_in, body, {})
    assert isinstance(error, events.exceptions.ResourceAlreadyExistsException)
    assert (error.response["Error"]["Code"], error.response["Error"]["Message"]) == (NAME, MESSAGE)
    assert connschema_says(f"error.{NAME}", HeaderOnly.body) == (0, "valid")


def test_a_body_named_in_the_header_alone_is_valid_and_boto3_shows_its_message(session, stand_in):  # noqa: F811
    body = {"message": MESSAGE}
    _, error = answer(session, stand_in, body, {"X-Amzn-ErrorType": NAME})
    assert error.response["Error"]["Message"] == MESSAGE
    assert error.response["Error"]["Code"] == "400"
    assert connschema_says(f"error.{NAME}", HeaderOnly.body) == (0, "valid")
