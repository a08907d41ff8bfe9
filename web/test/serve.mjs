// The `connschema` command in the tests: `serve` on 127.0.0.1, a port it picks, stopping when its
// standard input closes (`child.stdin.end()`), and so with the test's process, however that ends;
// and `validate`'s JSON report of one document.
import { spawn, spawnSync } from "node:child_process";

export function startServe(binary) {
  const child = spawn(binary, ["serve", "--addr", "127.0.0.1:0", "--until-stdin-closes"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk) => {
      const url = String(chunk).match(/listening on (\S+)/)?.[1];
      if (url) resolve({ child, url });
      else reject(new Error(`connschema serve said ${chunk}`));
    });
  });
}

/** What `connschema validate <operation> <message> --format json` says of `document`. */
export function cliReport(binary, operation, message, document) {
  const run = spawnSync(binary, ["validate", operation, message, "--format", "json"], {
    input: JSON.stringify(document),
    encoding: "utf8",
  });
  return JSON.parse(run.stdout);
}
