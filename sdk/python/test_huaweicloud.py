"""The Huawei Cloud SDK (huaweicloudsdkeg's EgClient) against `connschema serve`. The SDK signs
with AK/SK by default (`Authorization: SDK-HMAC-SHA256 ...` and `X-Sdk-Date`) and fills the project
from its credentials; a token in `X-Auth-Token` is accepted too. A request with neither is sent by
plain HTTP, since the SDK always signs."""

import json

import pytest
import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkeg.v1 import ConnectionCreateReq, CreateConnectionRequest, EgClient, KafkaConnectionDetail

from conftest import CANARY, assert_no_canary, examples, unique

PROJECT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


@pytest.fixture(scope="module")
def eg(endpoint):
    credentials = BasicCredentials("AKEXAMPLE", "not-a-secret", PROJECT)
    return EgClient.new_builder().with_credentials(credentials).with_endpoints([endpoint]).build()


def request_of(document):
    document = dict(document)
    kafka = document.pop("kafka_detail", None)
    body = ConnectionCreateReq(**document, kafka_detail=KafkaConnectionDetail(**kafka) if kafka else None)
    return CreateConnectionRequest(body=body)


def create(eg, document, token=None):
    invoker = eg.create_connection_invoker(request_of(document))
    if token is not None:
        invoker = invoker.add_header("X-Auth-Token", token)
    return invoker.invoke()


def refusal(eg, document, token=None):
    with pytest.raises(ClientRequestException) as caught:
        create(eg, document, token)
    return caught.value


@pytest.mark.parametrize("name", sorted(examples("huaweicloud.eg.CreateConnection")))
def test_every_example_succeeds(eg, name):
    document = examples("huaweicloud.eg.CreateConnection")[name]
    document["name"] = unique(document["name"])
    out = create(eg, document)
    assert out.name == document["name"]
    assert out.status == "CREATING"
    assert out.x_request_id
    assert "password" not in repr(out.kafka_detail or "")


def test_the_sdk_default_call_signs_with_aksk_and_succeeds(eg):
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    document["name"] = unique("signed")
    out = create(eg, document)
    assert out.name == document["name"]


def test_a_token_beside_the_signature_is_accepted(eg):
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    document["name"] = unique("token")
    out = create(eg, document, token="a-token")
    assert out.name == document["name"]


def test_an_empty_token_is_401(eg):
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    error = refusal(eg, document, token="")
    assert (error.status_code, error.error_code) == (401, "EG.00014010")
    assert "X-Auth-Token" in error.error_msg


def plain_post(endpoint, headers):
    url = f"{endpoint}/v1/{PROJECT}/connections"
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    document["name"] = unique("plain")
    return requests.post(url, data=json.dumps(document), headers={"Content-Type": "application/json", **headers})


SIGNATURE = "SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, Signature=" + "ab" * 32


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer abc", "X-Sdk-Date": "20261206T200102Z"},
        {"Authorization": SIGNATURE.replace(", Signature", " Signature"), "X-Sdk-Date": "20261206T200102Z"},
        {"Authorization": SIGNATURE},
        {"X-Auth-Token": "abab-not-an-iam-token"},
    ],
    ids=["neither", "not-aksk", "malformed", "no-date", "not-a-token"],
)
def test_neither_credential_or_a_malformed_signature_is_401(endpoint, headers):
    answer = plain_post(endpoint, headers)
    assert answer.status_code == 401, answer.text
    body = answer.json()
    assert body["error_code"] == "EG.00014010"
    assert body["request_id"] == answer.headers["X-Request-Id"]
    assert "abab" not in answer.text


def test_a_well_formed_signature_by_plain_http_succeeds(endpoint):
    answer = plain_post(endpoint, {"Authorization": SIGNATURE, "X-Sdk-Date": "20261206T200102Z"})
    assert answer.status_code == 200, answer.text


def test_rules_and_constraints_come_back_together(eg):
    document = {"name": "default", "type": "KAFKA", "vpc_id": "v" * 129, "subnet_id": "s"}
    error = refusal(eg, document)
    assert (error.status_code, error.error_code) == (400, "EG.00014000")
    assert error.error_msg.startswith("3 invalid parameters: ")
    for part in ['/name: must not be "default"', "/vpc_id: must be at most 128 characters, got 129", "/kafka_detail: is required when type is KAFKA"]:
        assert part in error.error_msg, error.error_msg
    assert error.request_id


def test_a_name_twice_in_a_project_is_a_conflict(eg):
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    document["name"] = unique("twice")
    create(eg, document)
    error = refusal(eg, document)
    assert (error.status_code, error.error_code) == (400, "EG.00014090")


def test_secrets_never_show(eg):
    document = examples("huaweicloud.eg.CreateConnection")["kafka-sasl.json"]
    document["name"] = "bad name"
    document["kafka_detail"]["password"] = CANARY + "x" * 200
    error = refusal(eg, document, token=CANARY)
    assert_no_canary(error, error.error_msg, vars(error))
    error = refusal(eg, document, token=CANARY + "x" * 16384)
    assert_no_canary(error, error.error_msg, vars(error))
