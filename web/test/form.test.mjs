// The EventBridge form in Debian's Chromium (playwright-core, headless), against a real
// `connschema serve` behind the page's own preview server, both on 127.0.0.1 on ports they
// choose: a bad name gets the message the connschema command gives for the same document, the
// fixed name submits and the success response shows, the same name again gets the server's
// conflict on the name's field; the screenshot goes to target/web/form.png.
//
// usage: CONNSCHEMA_BIN=<connschema command> node --test test/*.test.mjs

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { cliReport, startServe } from "./serve.mjs";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const screenshots = join(web, "../target/web");
const binary = process.env.CONNSCHEMA_BIN;
const operation = "aws.events.CreateConnection";

let server;
let page;
let context;
let site;
let profile;
const pageErrors = [];

const cli = (document) => cliReport(binary, operation, "request", document);

before(async () => {
  assert.ok(binary, "CONNSCHEMA_BIN names the connschema command");
  server = await startServe(binary);
  process.env.CONNSCHEMA_SERVE = server.url;
  await build({ root: web, logLevel: "warn" });
  site = await preview({ root: web, logLevel: "warn", preview: { port: 0, strictPort: false } });
  profile = mkdtempSync(join(tmpdir(), "connschema-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 960, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

after(async () => {
  await context?.close();
  await site?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  server?.child.stdin.end();
});

test("the EventBridge form: the CLI's message, a fix, a success, the server's conflict on its field", async () => {
  const address = site.resolvedUrls.local[0];
  await page.goto(`${address}#/${operation}`);
  const name = page.locator("#request_Name");
  await name.waitFor();
  await page.locator("#request_AuthorizationType").selectOption("BASIC");
  await page.locator("#request_AuthParameters_BasicAuthParameters_Username").fill("svc-orders");
  await page.locator("#request_AuthParameters_BasicAuthParameters_Password").fill("s3cret-pa55");
  await name.fill("bad name!");

  const typed = {
    Name: "bad name!",
    AuthorizationType: "BASIC",
    AuthParameters: { BasicAuthParameters: { Username: "svc-orders", Password: "s3cret-pa55" } },
  };
  const expected = cli(typed);
  assert.equal(expected.valid, false);
  const nameError = expected.errors.find((error) => error.path === "/Name");
  assert.ok(nameError, JSON.stringify(expected));
  const shown = page.locator("#request_Name__error");
  await shown.waitFor();
  assert.equal((await shown.innerText()).trim(), nameError.message);
  assert.equal(await page.getByText("s3cret-pa55").count(), 0, "the page shows the password");
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, "form.png"), fullPage: true });

  const fixed = `orders-api-${process.pid}`;
  await name.fill(fixed);
  await shown.waitFor({ state: "detached" });
  assert.equal(cli({ ...typed, Name: fixed }).valid, true);
  await page.getByRole("button", { name: "Create" }).click();
  const status = page.getByTestId("status");
  await status.waitFor();
  assert.equal(await status.innerText(), "200");
  const response = JSON.parse(await page.getByTestId("response").innerText());
  assert.match(response.ConnectionArn, new RegExp(`^arn:aws:events:us-east-1:123456789012:connection/${fixed}/`));
  assert.equal(response.ConnectionState, "AUTHORIZED");
  await page.screenshot({ path: join(screenshots, "form-created.png"), fullPage: true });

  // The same name again: the server's ResourceAlreadyExistsException, on the name's field.
  await page.getByRole("button", { name: "Create" }).click();
  await status.filter({ hasText: /^400$/ }).waitFor();
  const conflict = (await shown.innerText()).trim();
  assert.match(conflict, /^ResourceAlreadyExistsException: /);
  assert.equal(await page.getByText("s3cret-pa55").count(), 0, "the page shows the password");
});

test("every operation's page renders its forms, with no error in the page", async () => {
  const address = site.resolvedUrls.local[0];
  const index = JSON.parse(readFileSync(join(web, "../schemas/index.json"), "utf8"));
  for (const op of index.operations) {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${address}#/${op.id}`);
    await page.getByRole("heading", { name: op.id }).waitFor();
    await page.locator("form").last().waitFor();
    assert.equal(await page.locator("form").count(), op.messages.params ? 2 : 1, op.id);
    // Submitting an empty form shows what is missing, at the members themselves, and sends nothing.
    await page.getByRole("button", { name: "Create" }).click();
    await page.locator(".error-detail").first().waitFor();
    assert.equal(await page.getByTestId("status").count(), 0, op.id);
    await page.close();
  }
  assert.deepEqual(pageErrors, []);
});
