import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { StsError } from './sts-error.ts';

/** What an STS result holds: text, numbers, times (ISO 8601 in UTC, no milliseconds) and nested members. */
export type XmlValue = string | number | Date | undefined | { [member: string]: XmlValue };

export const stsNamespace = 'https://sts.amazonaws.com/doc/2011-06-15/';

/**
 * Sends `<ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata>…`, the shape
 * of every STS answer (AWS STS API Reference, the "Examples" section of each action).
 */
export function sendStsResult(
  res: ServerResponse,
  action: string,
  result: Record<string, XmlValue>,
): void {
  const requestId = randomUUID();
  const body =
    `<${action}Response xmlns="${stsNamespace}">\n` +
    element(`${action}Result`, result, 1) +
    element('ResponseMetadata', { RequestId: requestId }, 1) +
    `</${action}Response>\n`;
  send(res, 200, body, requestId);
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`, as STS answers a failure. */
export function sendStsError(res: ServerResponse, error: StsError): void {
  const requestId = randomUUID();
  const body =
    `<ErrorResponse xmlns="${stsNamespace}">\n` +
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
