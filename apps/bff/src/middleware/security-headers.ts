import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers for the console: a Content-Security-Policy that runs only our own scripts
 * yet lets Monaco work (its workers start from blob: URLs and it sets inline styles), no
 * framing, no referrer leaks, and hono's other defaults (nosniff, HSTS, COOP, ...).
 *
 * @example
 * ```ts
 * app.use(securityHeaders())
 * ```
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'same-origin',
    crossOriginEmbedderPolicy: false,
    // A handler's own stricter policy (raw blobs) wins over this one.
    overwrite: false,
  });
}
