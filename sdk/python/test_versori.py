"""Versori by plain HTTP, as its OpenAPI describes the operation (`POST
/o/{organisation_id}/connectors/{connector_id}/connections`, an `Error` body for every refusal)."""

import json
import urllib.error
import urllib.request

import pytest

from conftest import CANARY, assert_no_canary, examples, unique

ORGANISATION = "01HZY5J3Q4R5S6T7V8W9X0YZAB"
CONNECTOR = "01J0A1B2C3D4E5F6G7H8J9KMNP"
ULID = r"[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}"


# A JSON Web Token ({"alg":"none"}, {"sub":"connschema"}): `connschema serve` checks a bearer
# token's form, not its signature.
TOKEN = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJjb25uc2NoZW1hIn0."


def post(endpoint, document, connector=CONNECTOR, authorization=f"Bearer {TOKEN}"):
    url = f"{endpoint}/o/{ORGANISATION}/connectors/{connector}/connections"
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    headers = {"Content-Type": "application/json"}
    if authorization is not None:
        headers["Authorization"] = authorization
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def secret_strings(document):
    """Every string under a credential's `data`: all of them are secrets."""
    found = []
    for kind in ("action", "trigger"):
        for entry in document["credentials"].get(kind) or []:
            for value in (entry["credential"].get("data") or {}).values():
                if isinstance(value, str) and value:
                    found.append(value)
    return found


def without_data(document):
    copy = json.loads(json.dumps(document))
    for kind in ("action", "trigger"):
        for entry in copy["credentials"].get(kind) or []:
            entry["credential"].pop("data", None)
    return copy


@pytest.mark.parametrize("name", sorted(examples("versori.platform.CreateConnectorConnection")))
def test_every_example_succeeds_and_no_secret_comes_back(endpoint, name):
    import re

    document = examples("versori.platform.CreateConnectorConnection")[name]
    document["name"] = unique(document["name"])
    status, body = post(endpoint, document)
    assert status == 200, body
    assert re.fullmatch(ULID, body["id"])
    assert body["name"] == document["name"]
    text = json.dumps(body)
    # A value that the request also sends where it is not secret (a token URL in the scheme
    # config) may come back from there.
    public = json.dumps(without_data(document))
    for secret in secret_strings(document):
        # Short values ("user") also stand inside member names; the check below covers them.
        if secret not in public and len(secret) >= 8:
            assert secret not in text, f"{secret!r} came back"
    for kind in ("action", "trigger"):
        for entry in body["credentials"].get(kind) or []:
            for key, value in entry["credential"]["data"].items():
                if isinstance(value, str) and key != "mTLSCredentialId":
                    assert value in {"", "https://redacted.invalid/"}, (key, value)


def test_every_violation_with_versori_field_paths(endpoint):
    document = examples("versori.platform.CreateConnectorConnection")["new-basic-auth.json"]
    document["variables"] = [{"name": "a", "value": 1}]
    document["extra"] = True
    status, body = post(endpoint, document, connector="not-a-ulid")
    assert status == 400
    assert body["code"] == "malformed_request"
    assert [f["field"] for f in body["fields"]] == ["connector_id", "variables[0].value", "extra"]


def test_a_name_twice_on_a_connector_is_409(endpoint):
    document = examples("versori.platform.CreateConnectorConnection")["new-basic-auth.json"]
    document["name"] = unique("twice")
    assert post(endpoint, document)[0] == 200
    status, body = post(endpoint, document)
    assert (status, body["code"]) == (409, "conflict")


def test_secrets_never_show(endpoint):
    document = examples("versori.platform.CreateConnectorConnection")["new-basic-auth.json"]
    data = document["credentials"]["action"][0]["credential"]["data"]
    for key in data:
        data[key] = 5 if key == "username" else CANARY
    status, body = post(endpoint, document)
    assert status == 400
    assert_no_canary(body)


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-jwt", f"Basic {TOKEN}"], ids=["none", "not-a-jwt", "not-bearer"])
def test_without_a_bearer_token_is_401(endpoint, authorization):
    document = examples("versori.platform.CreateConnectorConnection")["new-basic-auth.json"]
    status, body = post(endpoint, document, authorization=authorization)
    assert status == 401, body
    assert body["code"] == "unauthorized"
    assert "not-a-jwt" not in body["message"] and TOKEN not in body["message"]
