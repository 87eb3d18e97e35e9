// Session tokens live in localStorage so a reload keeps the user signed in; listeners let React react to logout.
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  // epoch milliseconds
  expiresAt: number;
}

const STORAGE_KEY = 'branchline.session';

type Listener = () => void;
const listeners = new Set<Listener>();

let cached: SessionTokens | null | undefined;

function readStorage(): SessionTokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SessionTokens>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string') return null;
    return {
      accessToken: parsed.accessToken,
      refreshToken: parsed.refreshToken,
      expiresAt: typeof parsed.expiresAt === 'number' ? parsed.expiresAt : 0,
    };
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSessionTokens(): SessionTokens | null {
  if (cached === undefined) cached = readStorage();
  return cached;
}

export function setSessionTokens(tokens: SessionTokens): void {
  cached = tokens;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  emit();
}

export function clearSessionTokens(): void {
  if (cached === null) return;
  cached = null;
  localStorage.removeItem(STORAGE_KEY);
  emit();
}

export function subscribeSessionTokens(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab logging in or out must be reflected here too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    cached = readStorage();
    emit();
  });
}

interface AuthPayloadTokens {
  accessToken?: string | null;
  refreshToken?: string | null;
  accessTokenExpiresAt?: string | null;
}

// Turns an AuthPayload into stored tokens; false when the payload carried none (e.g. userErrors).
export function storeTokensFromPayload(payload: AuthPayloadTokens): boolean {
  if (!payload.accessToken || !payload.refreshToken) return false;
  const expiresAt = payload.accessTokenExpiresAt ? Date.parse(payload.accessTokenExpiresAt) : Date.now() + 15 * 60_000;
  setSessionTokens({
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: Number.isNaN(expiresAt) ? Date.now() + 15 * 60_000 : expiresAt,
  });
  return true;
}
