"""boto3 against `connschema serve`: EventBridge (awsJson1.1), Network Manager and QuickSight
(restJson1). Client-side parameter validation is off, so that every invalid request reaches the
service, which must answer it as AWS does."""

import datetime
import re

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import CANARY, assert_no_canary, examples, unique

REGION = "us-west-2"
ACCOUNT = "123456789012"


@pytest.fixture(scope="module")
def session():
    return boto3.session.Session(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="not-a-secret", region_name=REGION)


def client(session, endpoint, service):
    config = Config(parameter_validation=False, retries={"max_attempts": 1, "mode": "standard"})
    return session.client(service, endpoint_url=endpoint, config=config)


@pytest.fixture(scope="module")
def events(session, endpoint):
    return client(session, endpoint, "events")


@pytest.fixture(scope="module")
def networkmanager(session, endpoint):
    return client(session, endpoint, "networkmanager")


@pytest.fixture(scope="module")
def quicksight(session, endpoint):
    return client(session, endpoint, "quicksight")


def refusal(call, **kwargs):
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    return caught.value


def clauses(message):
    """The violations of an AWS validation message, after its `N validation error(s) detected: `."""
    head, _, rest = message.partition(" detected: ")
    count = int(head.split()[0])
    parts = rest.split("; Value")
    parts = [parts[0]] + ["Value" + p for p in parts[1:]]
    assert len(parts) == count, message
    return parts


# EventBridge ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(examples("aws.events.CreateConnection")))
def test_events_accepts_every_example(events, name):
    document = examples("aws.events.CreateConnection")[name]
    document["Name"] = unique(document["Name"])[:64]
    out = events.create_connection(**document)
    assert re.fullmatch(rf"arn:aws:events:{REGION}:{ACCOUNT}:connection/{re.escape(document['Name'])}/[0-9a-f-]{{36}}", out["ConnectionArn"])
    assert out["ConnectionState"] in {"AUTHORIZED", "AUTHORIZING"}
    assert isinstance(out["CreationTime"], datetime.datetime)


def test_events_validation_is_in_aws_wording(events):
    error = refusal(events.create_connection, Name="my conn", AuthorizationType="BASIC")
    assert error.response["Error"]["Code"] == "ValidationException"
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert error.response["Error"]["Message"] == (
        "2 validation errors detected: Value 'my conn' at 'name' failed to satisfy constraint: Member must "
        "satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+; Value null at 'authParameters' failed to "
        "satisfy constraint: Member must not be null"
    )


def test_events_reports_every_constraint_kind_at_once(events):
    headers = [{"Key": f"k{i}", "Value": "v"} for i in range(101)]
    error = refusal(
        events.create_connection,
        Name="n" * 65,
        AuthorizationType="DIGEST",
        AuthParameters={
            "ApiKeyAuthParameters": {"ApiKeyName": "", "ApiKeyValue": "v"},
            "InvocationHttpParameters": {"HeaderParameters": headers},
        },
    )
    found = clauses(error.response["Error"]["Message"])
    assert found == [
        f"Value '{'n' * 65}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64",
        "Value 'DIGEST' at 'authorizationType' failed to satisfy constraint: Member must satisfy enum value set: "
        "[BASIC, OAUTH_CLIENT_CREDENTIALS, API_KEY]",
        "Value '' at 'authParameters.apiKeyAuthParameters.apiKeyName' failed to satisfy constraint: Member must "
        "have length greater than or equal to 1",
        "Value '' at 'authParameters.apiKeyAuthParameters.apiKeyName' failed to satisfy constraint: Member must "
        "satisfy regular expression pattern: ^[ \\t]*[^\\x00-\\x1F:\\x7F]+([ \\t]+[^\\x00-\\x1F:\\x7F]+)*[ \\t]*$",
        "Value at 'authParameters.invocationHttpParameters.headerParameters' failed to satisfy constraint: Member "
        "must have length less than or equal to 100",
    ]


def test_events_rule_for_the_authorization_type(events):
    error = refusal(
        events.create_connection,
        Name=unique("rule"),
        AuthorizationType="BASIC",
        AuthParameters={"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": "v"}},
    )
    assert clauses(error.response["Error"]["Message"]) == [
        "Value null at 'authParameters.basicAuthParameters' failed to satisfy constraint: Member is required when "
        "AuthorizationType is BASIC",
        "Value at 'authParameters.apiKeyAuthParameters' failed to satisfy constraint: Member must be absent when "
        "AuthorizationType is BASIC",
    ]


def test_events_wrong_type_is_a_serialization_exception_that_lists_everything(events):
    error = refusal(events.create_connection, Name="my conn", Description=7, AuthorizationType="BASIC")
    assert error.response["Error"]["Code"] == "SerializationException"
    message = error.response["Error"]["Message"]
    assert "Value at 'description' failed to satisfy constraint: Member must be a string, got a number" in message
    assert "Value 'my conn' at 'name'" in message
    assert "Value null at 'authParameters'" in message


def test_events_name_twice_is_resource_already_exists(events):
    document = examples("aws.events.CreateConnection")["basic.json"]
    document["Name"] = unique("twice")
    events.create_connection(**document)
    with pytest.raises(events.exceptions.ResourceAlreadyExistsException) as caught:
        events.create_connection(**document)
    assert caught.value.response["Error"]["Message"] == f"Connection {document['Name']} already exists."


def test_events_never_shows_a_secret(events):
    secret = CANARY + "\x01" + "s" * 600
    error = refusal(
        events.create_connection,
        Name="bad name",
        Description=5,
        AuthorizationType="OAUTH_CLIENT_CREDENTIALS",
        AuthParameters={
            "BasicAuthParameters": {"Username": "u", "Password": secret},
            "OAuthParameters": {
                "ClientParameters": {"ClientID": "id", "ClientSecret": secret},
                "AuthorizationEndpoint": "https://example.com/token",
                "HttpMethod": "POST",
                "OAuthHttpParameters": {"HeaderParameters": [{"Key": "k", "Value": secret, "IsValueSecret": True}]},
            },
        },
    )
    message = error.response["Error"]["Message"]
    assert "Value at 'authParameters.basicAuthParameters.password' failed to satisfy constraint" in message
    assert_no_canary(error, error.response, str(error), message)


# Network Manager -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(examples("aws.networkmanager.CreateConnection")))
def test_networkmanager_accepts_every_example(networkmanager, name):
    document = examples("aws.networkmanager.CreateConnection")[name]
    out = networkmanager.create_connection(GlobalNetworkId="global-network-01231231231231231", **document)
    connection = out["Connection"]
    assert connection["DeviceId"] == document["DeviceId"]
    assert connection["State"] == "PENDING"
    assert connection["ConnectionArn"].startswith(f"arn:aws:networkmanager::{ACCOUNT}:device/global-network-01231231231231231/connection-")
    assert isinstance(connection["CreatedAt"], datetime.datetime)


def test_networkmanager_validation_exception_has_its_modelled_fields(networkmanager):
    with pytest.raises(networkmanager.exceptions.ValidationException) as caught:
        networkmanager.create_connection(GlobalNetworkId="g" * 51, DeviceId="d", Tags=[{"Key": "k" * 129, "Value": "v"}])
    response = caught.value.response
    assert response["Reason"] == "FieldValidationFailed"
    assert [f["Name"] for f in response["Fields"]] == ["globalNetworkId", "tags.1.member.key", "connectedDeviceId"]
    assert response["Fields"][2]["Message"] == "Value null at 'connectedDeviceId' failed to satisfy constraint: Member must not be null"
    assert response["Error"]["Message"].startswith("3 validation errors detected: ")


# QuickSight ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(examples("aws.quicksight.CreateActionConnector")))
def test_quicksight_accepts_every_example(quicksight, name):
    document = examples("aws.quicksight.CreateActionConnector")[name]
    document["ActionConnectorId"] = unique(document["ActionConnectorId"])
    out = quicksight.create_action_connector(AwsAccountId=ACCOUNT, **document)
    assert out["Arn"] == f"arn:aws:quicksight:{REGION}:{ACCOUNT}:action-connector/{document['ActionConnectorId']}"
    assert out["CreationStatus"] == "CREATION_IN_PROGRESS"
    assert out["Status"] == 200


def test_quicksight_validation_and_its_rule(quicksight):
    document = examples("aws.quicksight.CreateActionConnector")["basic.json"]
    document["ActionConnectorId"] = "quicksuite-mine"
    error = refusal(quicksight.create_action_connector, AwsAccountId="12345", **document)
    assert error.response["Error"]["Code"] == "ValidationException"
    assert error.response["ResponseMetadata"]["HTTPHeaders"]["x-amzn-errortype"] == "ValidationException"
    assert clauses(error.response["Error"]["Message"]) == [
        "Value '12345' at 'awsAccountId' failed to satisfy constraint: Member must have length greater than or equal to 12",
        "Value '12345' at 'awsAccountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{12}$",
        "Value 'quicksuite-mine' at 'actionConnectorId' failed to satisfy constraint: Member must not start with \"quicksuite-\"",
    ]


def test_quicksight_id_twice_is_resource_exists(quicksight):
    document = examples("aws.quicksight.CreateActionConnector")["none.json"]
    document["ActionConnectorId"] = unique("twice")
    quicksight.create_action_connector(AwsAccountId=ACCOUNT, **document)
    with pytest.raises(quicksight.exceptions.ResourceExistsException) as caught:
        quicksight.create_action_connector(AwsAccountId=ACCOUNT, **document)
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409


def test_quicksight_never_shows_its_sensitive_name(quicksight):
    document = examples("aws.quicksight.CreateActionConnector")["basic.json"]
    document["Name"] = CANARY + "\n" + "x" * 300
    document["Description"] = CANARY + "\u2028"
    error = refusal(quicksight.create_action_connector, AwsAccountId=ACCOUNT, **document)
    message = error.response["Error"]["Message"]
    assert "Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 255" in message
    assert_no_canary(error, error.response, message)


# Credentials ---------------------------------------------------------------------------------


@pytest.mark.parametrize("service", ["events", "networkmanager", "quicksight"])
def test_an_unsigned_request_is_missing_authentication_token(session, endpoint, service):
    from botocore import UNSIGNED

    config = Config(signature_version=UNSIGNED, parameter_validation=False, retries={"max_attempts": 1})
    unsigned = session.client(service, endpoint_url=endpoint, config=config)
    calls = {
        "events": lambda: unsigned.create_connection(**examples("aws.events.CreateConnection")["basic.json"]),
        "networkmanager": lambda: unsigned.create_connection(GlobalNetworkId="global-network-0", DeviceId="device-0", ConnectedDeviceId="device-1"),
        "quicksight": lambda: unsigned.create_action_connector(AwsAccountId=ACCOUNT, **examples("aws.quicksight.CreateActionConnector")["none.json"]),
    }
    error = refusal(calls[service])
    assert error.response["Error"]["Code"] == "MissingAuthenticationTokenException"
    assert error.response["Error"]["Message"] == "Missing Authentication Token"
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 401
