// `connschema serve` for a test: on 127.0.0.1, a port it picks; it stops when its standard input
// closes (`child.stdin.end()`), and so with the test's process, however that ends.
import { spawn } from "node:child_process";

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
