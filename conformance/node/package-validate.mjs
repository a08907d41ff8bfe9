// Run in the scratch project that installed the packed `@connschema/schemas`: ajv 8 (strict,
// 2020-12, ajv-formats) compiles a schema from the package and validates a document.
//
// usage: node package-validate.mjs <valid document> <invalid document>
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import schema from "@connschema/schemas/aws/events/CreateConnection/request.json" with { type: "json" };
import openapi from "@connschema/schemas/openapi.json" with { type: "json" };

const [valid, invalid] = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, "utf8")));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
if (!validate(valid)) throw new Error(`a valid example was refused: ${JSON.stringify(validate.errors)}`);
if (validate(invalid)) throw new Error("an invalid document was accepted");
if (!openapi.paths["/"]?.post) throw new Error("the OpenAPI document has no EventBridge operation");
console.log(`@connschema/schemas: ajv accepts the example and refuses ${validate.errors.length} error(s) in the broken one`);
