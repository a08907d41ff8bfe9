"""Hostile bodies at the size limit, 16 at once for several rounds, at every operation of
`connschema serve` (docs/contracts.md §5): each body breaks its rules tens of thousands of times.
Prints, per operation, the body's size, the largest answer, its status, and the count the answer
states; exits 1 if an answer is over 64 KiB or is not a 4xx."""

import http.client
import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor

host, port, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
LIMIT = 1 << 20
BASIC = {"Name": "hostile", "AuthorizationType": "BASIC",
         "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}}


def fill(document, place, item):
    """`document` with the list at `place` (a function that sets it) filled to just under the limit."""
    room = LIMIT - len(json.dumps(document)) - 256
    place(document, [item] * (room // (len(json.dumps(item)) + 2)))
    return json.dumps(document).encode()


def events_body():
    bad = {"Key": "bad key:", "Value": "v", "IsValueSecret": "yes"}
    return fill(dict(BASIC), lambda d, items: d["AuthParameters"].update(
        InvocationHttpParameters={"HeaderParameters": items}), bad)


def unknown_members(document):
    document = dict(document)
    i = 0
    while len(json.dumps(document)) < LIMIT - 8192:
        for _ in range(50):
            document[f"unknown{i:07}{'x' * 40}"] = 1
            i += 1
    return json.dumps(document).encode()


# Credentials of the form each vendor requires: `connschema serve` checks forms, not keys.
SIGNATURE = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
def sigv4(service):
    return {"Authorization": SIGNATURE.format(service=service)}
BEARER = {"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJjb25uc2NoZW1hIn0."}


CASES = [
    ("aws.events.CreateConnection", "POST", "/", {"X-Amz-Target": "AWSEvents.CreateConnection",
                                                  "Content-Type": "application/x-amz-json-1.1", **sigv4("events")}, events_body()),
    ("aws.networkmanager.CreateConnection", "POST", "/global-networks/global-network-01231231231231231/connections",
     {"Content-Type": "application/json", **sigv4("networkmanager")},
     fill({"DeviceId": "device-07f6fd08867abc123", "ConnectedDeviceId": "device-07f6fd08867abc456"},
          lambda d, items: d.update(Tags=items), {"Key": "k" * 129, "Value": "v"})),
    ("aws.quicksight.CreateActionConnector", "POST", "/accounts/123456789012/action-connectors",
     {"Content-Type": "application/json", **sigv4("quicksight")}, unknown_members({"ActionConnectorId": "c", "Name": "n", "Type": "GENERIC_HTTP"})),
    ("huaweicloud.eg.CreateConnection", "POST", "/v1/0f1e2d3c4b5a69788796a5b4c3d2e1f0/connections",
     {"Content-Type": "application/json", "X-Auth-Token": "MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQExDTALBglghkgBZQMEAgEw"}, unknown_members({"name": "n", "vpc_id": "v", "subnet_id": "s"})),
    ("versori.platform.CreateConnectorConnection", "POST",
     "/o/01HZY8D2W7K9Q5M3N4P6R8T0VX/connectors/01HZY8D2W7K9Q5M3N4P6R8T0VY/connections",
     {"Content-Type": "application/json", **BEARER}, unknown_members({"name": "n"})),
]


def send(case):
    _, method, path, headers, body = case
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    answer = response.read()
    connection.close()
    return response.status, answer


failed = False
print("| operation | body bytes | answer bytes (largest) | status | count stated |")
print("|---|---|---|---|---|")
with ThreadPoolExecutor(16) as pool:
    for case in CASES:
        answers = list(pool.map(send, [case] * (16 * rounds)))
        largest = max(len(a) for _, a in answers)
        statuses = sorted({s for s, _ in answers})
        text = answers[0][1].decode()
        count = re.search(r"(\d+) (?:validation errors?|invalid parameters?)", text)
        print(f"| {case[0]} | {len(case[4]):,} | {largest:,} | {statuses} | {count.group(1) if count else '?'} |")
        failed |= largest > 64 * 1024 or any(not 400 <= s < 500 for s in statuses)
sys.exit(1 if failed else 0)
