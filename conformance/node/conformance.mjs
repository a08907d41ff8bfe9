// What a frontend sees: every schema compiled by ajv 8 (draft 2020-12, strict, `u`-flag
// patterns, ajv-formats), the example documents, and the corpus that the Rust generator wrote
// with its verdicts. Any warning, compile error or disagreement fails the run.
//
// usage: node conformance.mjs <schemas dir> <examples dirs, joined by the path delimiter> <corpus.jsonl>

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { delimiter, join, relative } from "node:path";
import { createInterface } from "node:readline";

const [schemasDir, examplesDirs, corpusPath] = process.argv.slice(2);
if (!corpusPath) {
  console.error("usage: node conformance.mjs <schemas dir> <examples dirs> <corpus.jsonl>");
  process.exit(2);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// (a) Every schema compiles in strict mode with nothing logged.
const warnings = [];
const logger = {
  log: () => {},
  warn: (...args) => warnings.push(args.join(" ")),
  error: (...args) => warnings.push(args.join(" ")),
};
const ajv = new Ajv2020({ strict: true, logger });
addFormats(ajv);
const validators = new Map();
for (const path of filesUnder(schemasDir).sort()) {
  const name = relative(schemasDir, path).split("\\").join("/");
  // index.json and the OpenAPI documents are not message schemas.
  if (name === "index.json" || name.split("/").pop() === "openapi.json") continue;
  const before = warnings.length;
  try {
    validators.set(name, ajv.compile(JSON.parse(readFileSync(path, "utf8"))));
  } catch (error) {
    warnings.push(error.message);
  }
  for (const warning of warnings.slice(before)) warnings[warnings.indexOf(warning)] = `${name}: ${warning}`;
}
if (warnings.length > 0) {
  console.error(`ajv: ${warnings.length} warning(s) or error(s) compiling the schemas:`);
  for (const warning of warnings) console.error(`  ${warning}`);
  process.exit(1);
}
console.log(`ajv: ${validators.size} schemas compile (strict, draft 2020-12, formats)`);

// (b) Every example document is valid.
let failures = 0;
let examples = 0;
const examplePaths = examplesDirs
  .split(delimiter)
  .flatMap((examplesDir) => filesUnder(examplesDir).map((path) => [examplesDir, path]));
for (const [examplesDir, path] of examplePaths) {
  const name = relative(examplesDir, path).split("\\").join("/");
  const schema = name.replace(/\/[^/]+$/, ".json");
  const validate = validators.get(schema);
  examples += 1;
  if (!validate) {
    console.error(`example ${name}: no schema ${schema}`);
    failures += 1;
  } else if (!validate(JSON.parse(readFileSync(path, "utf8")))) {
    console.error(`example ${name}: ${ajv.errorsText(validate.errors)}`);
    failures += 1;
  }
}

// (c) The corpus: ajv's verdict must be Rust's. Where both refuse a document, the error that made
// ajv stop is also looked up among Rust's paths (a missing or unknown member at the member; a
// failed union or rule inside its object; ajv lists a failed `oneOf`'s branch errors before the
// `oneOf`, so the deciding error is the last; a key that breaks `propertyNames` at the member it
// names, as Rust reports it). That count is reported, not failed on: a rule does not run when a
// member it reads is missing or mistyped, so where ajv stops at the rule, Rust reports that member.
const escape = (name) => String(name).replaceAll("~", "~0").replaceAll("/", "~1");
function covered(paths, error) {
  const at = error.instancePath;
  switch (error.keyword) {
    case "required":
      return paths.includes(`${at}/${escape(error.params.missingProperty)}`);
    case "additionalProperties":
      return paths.includes(`${at}/${escape(error.params.additionalProperty)}`);
    case "propertyNames":
      return paths.includes(`${at}/${escape(error.params.propertyName)}`);
    case "oneOf":
    case "anyOf":
    case "not":
    case "if":
    case "minProperties":
    case "false schema":
      return paths.some((path) => path === at || path.startsWith(`${at}/`));
    default:
      return paths.includes(at);
  }
}

let documents = 0;
let disagreements = 0;
let pathMisses = 0;
const lines = createInterface({ input: createReadStream(corpusPath), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line) continue;
  const entry = JSON.parse(line);
  const validate = validators.get(entry.schema);
  documents += 1;
  const valid = validate(entry.doc);
  if (valid !== entry.valid) {
    disagreements += 1;
    if (disagreements <= 20) {
      console.error(
        `${entry.op} ${entry.message}: Rust says ${entry.valid ? "valid" : "invalid"}, ajv ${valid ? "valid" : "invalid"}` +
          `\n  document: ${JSON.stringify(entry.doc).slice(0, 400)}\n  Rust: ${JSON.stringify(entry.paths)}` +
          `\n  ajv: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
      );
    }
  } else if (!valid && !covered(entry.paths, validate.errors.at(-1))) {
    pathMisses += 1;
    if (process.env.CONNSCHEMA_SHOW_PATHS && pathMisses <= 20) {
      console.error(
        `${entry.op} ${entry.message}: the error that decided ajv is not among Rust's paths` +
          `\n  document: ${JSON.stringify(entry.doc).slice(0, 400)}\n  Rust: ${JSON.stringify(entry.paths)}` +
          `\n  ajv: ${JSON.stringify(validate.errors.at(-1))}`,
      );
    }
  }
}

console.log(
  `Rust vs ajv: ${documents} documents, ${examples} examples: ${disagreements} disagreement(s), ` +
    `${failures} failing example(s); ${pathMisses} deciding error path(s) not among Rust's (reported only)`,
);
process.exit(disagreements + failures === 0 ? 0 : 1);
