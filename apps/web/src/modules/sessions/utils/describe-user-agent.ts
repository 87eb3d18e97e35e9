// Turns a raw user-agent string into "Chrome 142 · Linux"; order matters, Edge and Opera also say "Chrome".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chrome|Chromium|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* .*Safari\//, 'Safari'],
  [/^node/, 'Node.js'],
  [/curl\/(\d+)/, 'curl'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

export interface DescribedUserAgent {
  browser: string | null;
  system: string | null;
}

export function describeUserAgent(userAgent: string | null | undefined): DescribedUserAgent {
  if (!userAgent) return { browser: null, system: null };
  // Headless Chrome names itself first; check it before plain Chrome.
  const headless = /HeadlessChrome\/(\d+)/.exec(userAgent);
  let browser: string | null = headless ? `Headless Chrome ${headless[1]}` : null;
  if (!browser) {
    for (const [pattern, name] of BROWSERS) {
      const match = pattern.exec(userAgent);
      if (match) {
        browser = match[1] ? `${name} ${match[1]}` : name;
        break;
      }
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { browser, system };
}
