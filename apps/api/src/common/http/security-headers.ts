import type { FastifyHelmetOptions } from '@fastify/helmet';

import { AppConfig } from '../../config/app-config';

// Response headers of every API answer. The API serves JSON only, so its Content-Security-Policy allows
// nothing; the SPA's own policy lives in apps/web (nginx.conf and the preview server).
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS pins browsers to HTTPS for a year: only where the API is really served over HTTPS.
    strictTransportSecurity: config.env === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}
