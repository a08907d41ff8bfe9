// Run in the scratch project that installed the packed `@connschema/schemas` and
// `@connschema/validator`: ajv 8 (strict, 2020-12, ajv-formats) compiles a schema from the package
// and validates a document; the validator reaches the same verdicts, gives the schema file's
// schema, and names the nearest operation for a mistyped one.
//
// usage: node package-validate.mjs <valid document> <invalid document>
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import * as validator from "@connschema/validator";
import schema from "@connschema/schemas/aws/events/CreateConnection/request.json" with { type: "json" };
import openapi from "@connschema/schemas/openapi.json" with { type: "json" };

const texts = process.argv.slice(2).map((path) => readFileSync(path, "utf8"));
const [valid, invalid] = texts.map((text) => JSON.parse(text));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
if (!validate(valid)) throw new Error(`a valid example was refused: ${JSON.stringify(validate.errors)}`);
if (validate(invalid)) throw new Error("an invalid document was accepted");
if (!openapi.paths["/"]?.post) throw new Error("the OpenAPI document has no EventBridge operation");
console.log(`@connschema/schemas: ajv accepts the example and refuses ${validate.errors.length} error(s) in the broken one`);

await validator.init();
await validator.init();
const op = "aws.events.CreateConnection";
const [accepted, refused] = texts.map((text) => validator.validate(op, "request", text));
if (!accepted.valid || accepted.errors.length !== 0) throw new Error(`the validator refused the example: ${JSON.stringify(accepted)}`);
if (refused.valid || refused.errors[0]?.path !== "/Name") throw new Error(`the validator's report: ${JSON.stringify(refused)}`);
if (!isDeepStrictEqual(validator.schema(op, "request"), schema)) throw new Error("schema() differs from the package's file");
if (!validator.operations().includes(op) || !validator.messages(op).includes("error.ResourceAlreadyExistsException")) {
  throw new Error("operations() or messages() misses EventBridge");
}
try {
  validator.validate("aws.event.CreateConnection", "request", "{}");
  throw new Error("an unknown operation was accepted");
} catch (error) {
  if (!error.message.includes("did you mean `aws.events.CreateConnection`")) throw error;
}
console.log(`@connschema/validator: the same verdicts; ${refused.errors[0].path}: ${refused.errors[0].message}`);
