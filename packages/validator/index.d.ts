/**
 * connschema's Rust validator in WebAssembly: the same verdicts and messages as the
 * `connschema` command (`validate --format json`) and the services.
 *
 * ```ts
 * import { init, validate } from "@connschema/validator";
 *
 * await init();
 * const report = validate("aws.events.CreateConnection", "request", '{"Name": "my conn"}');
 * for (const error of report.errors) console.log(`${error.path}: ${error.message}`);
 * ```
 */

/** What rule a violation breaks (docs/contracts.md §5). */
export type Code =
  | "syntax"
  | "type"
  | "required"
  | "unknown_field"
  | "length"
  | "pattern"
  | "format"
  | "enum"
  | "range"
  | "items"
  | "rule";

/** One broken rule. `message` never quotes a secret's value. */
export interface Violation {
  /** JSON Pointer (RFC 6901) with wire names; a missing or unknown member's own place. */
  path: string;
  code: Code;
  /** One line for a person, naming the rule's bound. */
  message: string;
}

/** One document's report: the CLI's `validate --format json` report. */
export interface Report {
  valid: boolean;
  /** Every violation (up to `maxViolations`), in document order. */
  errors: Violation[];
  /** How many more were found past `maxViolations`; absent when none. */
  omitted?: number;
}

export interface Options {
  /** The most violations reported (default: all); past them the verdict and `omitted` go on. */
  maxViolations?: number;
}

/**
 * Loads the WebAssembly module; call once before the rest (a no-op once loaded). In a browser,
 * `source` may give the module's URL, bytes or a compiled `WebAssembly.Module`; by default it is
 * the file beside the package's script, which bundlers such as Vite copy as an asset.
 */
export function init(source?: URL | string | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

/**
 * Validates one document (JSON text) as `message` of `operationId`.
 * @throws Error for an unknown operation or message, naming the nearest valid names.
 */
export function validate(operationId: string, message: string, text: string, options?: Options): Report;

/** Every operation id, as `connschema list` prints them. */
export function operations(): string[];

/**
 * The messages of one operation, as `connschema list <op>` prints them.
 * @throws Error for an unknown operation.
 */
export function messages(operationId: string): string[];

/**
 * The JSON Schema of one message: its file under `schemas/` (`connschema schema`).
 * @throws Error for an unknown operation or message.
 */
export function schema(operationId: string, message: string): Record<string, unknown>;
