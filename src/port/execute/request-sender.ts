/**
 * Makes the script's requests in order through a transport (none for
 * `--dry-run`), and gives each response to the script's `HttpResponse`.
 *
 * @example
 * const sender = new RequestSender(async () => undefined, false, text);
 * await sender.send(http, 'PostJson3', args, 12, false); // sender.requests has the request
 */
import { createObject } from './chilkat-objects.js';
import type { ExecutedRequest } from '../execute-ir.js';
import { makeRequest } from './requests.js';
import type { ChilkatObject, PlainValue, RunValue } from './values.js';

/**
 * Makes a request for real, or not at all (`--dry-run`: `undefined`).
 *
 * @example
 * const transport: Transport = async () => ({ status: 200, body: '{}' });
 */
export type Transport = (request: ExecutedRequest) => Promise<{ readonly status: number; readonly body: string } | undefined>;

/**
 * A request not made because it is built past a statement that was not translated (a signal).
 *
 * @example
 * throw new RefusedRequest(12);
 */
export class RefusedRequest extends Error {
  constructor(readonly line: number) {
    super('refused');
  }
}

/**
 * The requests of one run.
 *
 * @example
 * new RequestSender(transport, true, text).requests; //=> []
 */
export class RequestSender {
  readonly requests: ExecutedRequest[] = [];
  readonly #transport: Transport;
  readonly #refuseAfterReport: boolean;
  readonly #asText: (value: PlainValue) => string;

  constructor(transport: Transport, refuseAfterReport: boolean, asText: (value: PlainValue) => string) {
    this.#transport = transport;
    this.#refuseAfterReport = refuseAfterReport;
    this.#asText = asText;
  }

  /**
   * Makes one request.
   *
   * @param http - The script's Http object.
   * @param call - The canonical send method.
   * @param args - The arguments' values.
   * @param line - The line of the call.
   * @param reported - Whether a statement before it was not translated (the request is then refused, when asked to).
   * @returns What the call returns: `true` when the response went into the script's `HttpResponse`, else the response.
   */
  async send(http: ChilkatObject, call: string, args: readonly RunValue[], line: number, reported: boolean): Promise<RunValue> {
    const { request, response } = makeRequest(http, call, args, this.#asText);
    if (this.#refuseAfterReport && reported) throw new RefusedRequest(line);
    this.requests.push(request);
    const answer = await this.#transport(request);
    const state = { line, ...(answer === undefined ? {} : { status: answer.status, body: answer.body }) };
    if (response) {
      response.response = state;
      return { kind: 'boolean', value: true };
    }
    const object = createObject('HttpResponse');
    object.response = state;
    return { kind: 'object', object };
  }
}
