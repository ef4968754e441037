import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { QueryError } from './query-error.ts';

/**
 * What a Query-protocol result holds: text, numbers, booleans, times (ISO 8601 in UTC, no
 * milliseconds), nested members and lists (each item a `<member>`, as the protocol writes them).
 */
export type XmlValue =
  string | number | boolean | Date | undefined | XmlValue[] | { [member: string]: XmlValue };

/**
 * Sends `<ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata>…`, the shape
 * of every STS and IAM answer (their API References, the "Examples" section of each action). An
 * action with no result members answers without the Result element, as IAM's do.
 */
export function sendQueryResult(
  res: ServerResponse,
  namespace: string,
  action: string,
  result: Record<string, XmlValue>,
): void {
  const requestId = randomUUID();
  const body =
    `<${action}Response xmlns="${namespace}">\n` +
    (Object.keys(result).length > 0 ? element(`${action}Result`, result, 1) : '') +
    element('ResponseMetadata', { RequestId: requestId }, 1) +
    `</${action}Response>\n`;
  send(res, 200, body, requestId);
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`, as STS and IAM answer a failure. */
export function sendQueryError(res: ServerResponse, namespace: string, error: QueryError): void {
  const requestId = randomUUID();
  const body =
    `<ErrorResponse xmlns="${namespace}">\n` +
    element('Error', { Type: error.type, Code: error.code, Message: error.message }, 1) +
    element('RequestId', requestId, 1) +
    `</ErrorResponse>\n`;
  send(res, error.status, body, requestId);
}

function element(name: string, value: XmlValue, depth: number): string {
  if (value === undefined) return '';
  const indent = '  '.repeat(depth);
  if (value instanceof Date)
    return `${indent}<${name}>${value.toISOString().replace(/\.\d{3}Z$/, 'Z')}</${name}>\n`;
  if (Array.isArray(value)) {
    const members = value.map((item) => element('member', item, depth + 1)).join('');
    return `${indent}<${name}>\n${members}${indent}</${name}>\n`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([child, childValue]) => element(child, childValue, depth + 1))
      .join('');
    return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!,
  );

function send(res: ServerResponse, status: number, body: string, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': 'text/xml',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': requestId,
  });
  res.end(body);
}
