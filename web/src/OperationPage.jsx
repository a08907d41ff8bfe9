// One operation: its `params` (where it has any) and its request, each an rjsf form from the
// exported schema, checked by @connschema/validator as the user types; on submit, the request
// as the operation's HTTP binding sends it, to `connschema serve` behind /api, and the server's
// vendor error read back onto the fields.
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020.js";
import { schema as schemaOf, validate } from "@connschema/validator";
import { useMemo, useState } from "react";
import { errorSchema, fromServer, holds, steps } from "./errors.js";
import { send } from "./http.js";
import { uiSchemaOf } from "./secrets.js";

// rjsf resolves the schema's `if`/`then` and `oneOf` branches with ajv; the messages shown are
// connschema's alone (the form does not validate with ajv: `noValidate`).
const resolver = customizeValidator({ AjvClass: Ajv2020 });

// rjsf keeps an object or list the user left empty as `{}` or `[]`; the document leaves it out,
// as nothing was typed there.
function pruned(value) {
  if (Array.isArray(value)) return value.map((item) => pruned(item) ?? null);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const kept = pruned(child);
    const empty = kept === undefined || (typeof kept === "object" && kept !== null && Object.keys(kept).length === 0);
    if (!empty) out[key] = kept;
  }
  return out;
}

function violations(operation, message, data) {
  return validate(operation.id, message, JSON.stringify(pruned(data) ?? {})).errors;
}

function useMessage(operation, name) {
  const schema = useMemo(() => (name ? schemaOf(operation.id, name) : null), [operation.id, name]);
  const uiSchema = useMemo(() => (schema ? uiSchemaOf(schema) : null), [schema]);
  const [data, setData] = useState({});
  return { name, schema, uiSchema, data, setData };
}

function shown(errors, data, submitted) {
  // As the user types: the violations of what is there; a missing member once they submit.
  return submitted ? errors : errors.filter((error) => holds(data, error.path));
}

export function OperationPage({ operation }) {
  const params = useMessage(operation, operation.messages.params ? "params" : null);
  const request = useMessage(operation, "request");
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState({ params: [], request: [] });
  const [response, setResponse] = useState(null);

  const paramErrors = params.schema ? violations(operation, "params", params.data) : [];
  const requestErrors = violations(operation, "request", request.data);

  async function submit() {
    setSubmitted(true);
    setResponse(null);
    setServer({ params: [], request: [] });
    if (paramErrors.length > 0 || requestErrors.length > 0) return;
    const answer = await send(operation, pruned(params.data), pruned(request.data));
    if (answer.ok) {
      setResponse(answer);
      return;
    }
    // Each pointer goes to the form that has its first member.
    const split = { params: [], request: [] };
    for (const error of fromServer(operation.id, operation.protocol, answer.status, answer.headers, answer.body)) {
      const first = steps(error.path)[0];
      const inParams = first !== undefined && params.schema?.properties?.[first] !== undefined;
      split[inParams ? "params" : "request"].push(error);
    }
    setServer(split);
    setResponse(answer);
  }

  const form = (message, errors, serverErrors, children) => (
    <Form
      key={message.name}
      idPrefix={message.name}
      schema={message.schema}
      uiSchema={message.uiSchema}
      formData={message.data}
      validator={resolver}
      noValidate
      noHtml5Validate
      showErrorList={false}
      extraErrors={errorSchema([...serverErrors, ...shown(errors, message.data, submitted)])}
      onChange={({ formData }) => {
        message.setData(formData);
        setServer((old) => ({ ...old, [message.name]: [] }));
      }}
      onSubmit={submit}
    >
      {children}
    </Form>
  );

  return (
    <main>
      <h1>{operation.id}</h1>
      <p>
        {operation.method} {operation.path} ({operation.protocol})
      </p>
      {params.schema && (
        <section aria-label="params">
          <h2>Parameters</h2>
          {form(params, paramErrors, server.params, <></>)}
        </section>
      )}
      <section aria-label="request">
        <h2>Request</h2>
        {form(request, requestErrors, server.request, <button type="submit">Create</button>)}
      </section>
      {response && (
        <section aria-label="response">
          <h2>
            Response: <output data-testid="status">{response.status}</output>
          </h2>
          <pre data-testid="response">{JSON.stringify(response.body, null, 2)}</pre>
        </section>
      )}
    </main>
  );
}
