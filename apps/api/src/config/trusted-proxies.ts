import { isIP } from 'node:net';

// TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For the API believes, as comma-separated IPs
// or CIDR ranges. Empty means none: the client IP is the socket address, whatever headers say.
// Returns the entries, or the first one that is not an IP or CIDR.
export function parseTrustedProxies(value: string): { entries: string[] } | { invalid: string } {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const invalid = entries.find((entry) => !isIpOrCidr(entry));
  return invalid === undefined ? { entries } : { invalid };
}

function isIpOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}
