import { parseTrustedProxies } from './trusted-proxies';

describe('parseTrustedProxies', () => {
  it('accepts IPv4 and IPv6 addresses and CIDR ranges, comma-separated with spaces', () => {
    expect(parseTrustedProxies('127.0.0.1, 10.0.0.0/8,::1, fd00::/8')).toEqual({
      entries: ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'],
    });
  });

  it('treats an empty value as no trusted proxy', () => {
    expect(parseTrustedProxies('')).toEqual({ entries: [] });
    expect(parseTrustedProxies(' , ')).toEqual({ entries: [] });
  });

  it('names the first entry that is not an IP or a CIDR range', () => {
    expect(parseTrustedProxies('127.0.0.1,localhost')).toEqual({ invalid: 'localhost' });
    expect(parseTrustedProxies('10.0.0.0/33')).toEqual({ invalid: '10.0.0.0/33' });
    expect(parseTrustedProxies('::1/129')).toEqual({ invalid: '::1/129' });
    expect(parseTrustedProxies('10.0.0.0/8/1')).toEqual({ invalid: '10.0.0.0/8/1' });
    expect(parseTrustedProxies('10.0.0.0/')).toEqual({ invalid: '10.0.0.0/' });
    expect(parseTrustedProxies('*')).toEqual({ invalid: '*' });
  });
});
