import { randomUUID } from 'node:crypto';

/** Who a token is for. */
export interface TokenSubject {
  readonly sub: string;
  readonly email: string;
}

/** Where tokens come from: the issuer must look like Cognito's, which the AppSync simulator checks. */
export interface TokenIssuer {
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

const LIFETIME_SECONDS = 60 * 60;

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

/**
 * An unsigned JWT ("alg": "none"). Nothing local verifies signatures (local auth is not a security
 * boundary); Amplify and the AppSync simulator only decode the claims.
 */
function unsignedJwt(claims: object): string {
  return `${encode({ alg: 'none', typ: 'JWT', kid: 'local-twin' })}.${encode(claims)}.`;
}

/** Reads the claims of a token this pool issued; undefined when it is not one. */
export function readClaims(token: string): Record<string, unknown> | undefined {
  const [, payload] = token.split('.');
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Cognito's AuthenticationResult: id and access tokens with Cognito's claims, and a refresh token. */
export function authenticationResult(subject: TokenSubject, issuer: TokenIssuer, refreshToken?: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const iss = `https://cognito-idp.${issuer.region}.amazonaws.com/${issuer.userPoolId}`;
  const originJti = randomUUID();
  const common = { sub: subject.sub, iss, origin_jti: originJti, event_id: randomUUID(), auth_time: now, iat: now, exp: now + LIFETIME_SECONDS };
  const idToken = unsignedJwt({
    ...common,
    aud: issuer.clientId,
    token_use: 'id',
    email: subject.email,
    email_verified: true,
    'cognito:username': subject.sub,
    jti: randomUUID(),
  });
  const accessToken = unsignedJwt({
    ...common,
    client_id: issuer.clientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    username: subject.sub,
    jti: randomUUID(),
  });
  return {
    IdToken: idToken,
    AccessToken: accessToken,
    // Stateless, so a signed-in dashboard stays signed in across twin restarts.
    RefreshToken: refreshToken ?? `local-twin.${encode({ sub: subject.sub, email: subject.email, n: randomUUID() })}`,
    ExpiresIn: LIFETIME_SECONDS,
    TokenType: 'Bearer',
  };
}

/** The subject a refresh token stands for, or undefined when it is not one of ours. */
export function refreshTokenSubject(token: string): TokenSubject | undefined {
  if (!token.startsWith('local-twin.')) return undefined;
  const claims = readClaims(`x.${token.slice('local-twin.'.length)}`);
  return typeof claims?.sub === 'string' && typeof claims.email === 'string' ? { sub: claims.sub, email: claims.email } : undefined;
}

/** A ready-signed-in dashboard user's tokens, for tests and tools that skip the sign-in handshake. */
export function localIdToken(subject: TokenSubject, issuer: TokenIssuer): string {
  return String(authenticationResult(subject, issuer).IdToken);
}
