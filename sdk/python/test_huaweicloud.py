"""The Huawei Cloud SDK (huaweicloudsdkeg's EgClient) against `connschema serve`. The SDK signs
with AK/SK and fills the project from its credentials; the token goes in `X-Auth-Token`."""

import pytest
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


def create(eg, document, token="a-token"):
    invoker = eg.create_connection_invoker(request_of(document))
    if token is not None:
        invoker = invoker.add_header("X-Auth-Token", token)
    return invoker.invoke()


def refusal(eg, document, token="a-token"):
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


def test_a_missing_or_empty_token_is_401(eg):
    document = examples("huaweicloud.eg.CreateConnection")["seed-example.json"]
    for token in (None, ""):
        error = refusal(eg, document, token)
        assert (error.status_code, error.error_code) == (401, "EG.00014010")


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
