"""Schemathesis hooks for schemas/openapi.json: EventBridge's awsJson1.1 bodies are JSON under
their own media type, `application/x-amz-json-1.1`, which schemathesis has no serializer or
deserializer for. Loaded with `SCHEMATHESIS_HOOKS=hooks` and this folder on `PYTHONPATH`
(schemathesis.toml at the repository root says how to run it)."""

import json

import schemathesis

AWS_JSON = "application/x-amz-json-1.1"

# Requests: written as JSON is.
schemathesis.serializer.alias(AWS_JSON, "application/json")


@schemathesis.deserializer(AWS_JSON)
def aws_json(ctx, response):
    """Responses: read as JSON is, so that their bodies are checked against the schemas."""
    return json.loads(response.content)
