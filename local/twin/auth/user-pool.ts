import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { claimSignature, serverEphemeral, sessionKey, verifier } from './srp';
import { authenticationResult, readClaims, refreshTokenSubject, type TokenIssuer } from './tokens';

/** A dashboard user of the local pool. */
export interface LocalUser {
  /** Cognito's internal user name (a UUID, the `sub`), which SRP signs with when users sign in by email. */
  readonly sub: string;
  readonly email: string;
  readonly password: string;
}

/** An error Cognito would return: its `__type` and message. */
export class CognitoError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
    this.name = type;
  }
}

interface PendingSrp {
  readonly user: LocalUser;
  readonly A: bigint;
  readonly b: bigint;
  readonly B: bigint;
  readonly v: bigint;
  readonly expires: number;
}

type Body = Record<string, unknown>;

const WRONG_CREDENTIALS = 'Incorrect username or password.';

function text(body: Body, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new CognitoError('InvalidParameterException', `Missing required parameter ${key}`);
  return value;
}

function record(body: Body, key: string): Body {
  const value = body[key];
  return typeof value === 'object' && value !== null ? (value as Body) : {};
}

/** A deterministic UUID-shaped sub per email, so tokens stay valid across restarts. */
function subFor(email: string): string {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** InitiateAuth's flows and the app client setting (ExplicitAuthFlows) each needs. */
const FLOW_SETTING: Readonly<Record<string, string>> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
};

/** The flows this pool can carry out; CUSTOM_AUTH needs Lambda triggers and USER_AUTH passwordless factors, which it has not. */
const IMPLEMENTED_FLOWS: ReadonlySet<string> = new Set(['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']);

/**
 * The part of the Cognito user pool API that Amplify's sign-in, session refresh, user attributes and
 * sign-out use, for users created locally. Not a security boundary: tokens are unsigned. Only the
 * flows the app client allows (its ExplicitAuthFlows) are taken, as in Cognito.
 */
export class LocalUserPool {
  private readonly users = new Map<string, LocalUser>();
  private readonly pending = new Map<string, PendingSrp>();
  private readonly allowed: ReadonlySet<string>;

  constructor(readonly issuer: TokenIssuer, explicitAuthFlows: readonly string[]) {
    this.allowed = new Set(explicitAuthFlows);
  }

  /** The InitiateAuth flows the client allows and this pool carries out, and those it allows but cannot do. */
  get flows(): { offered: string[]; notEmulated: string[] } {
    const allowed = Object.keys(FLOW_SETTING).filter((flow) => flow !== 'REFRESH_TOKEN' && this.allowed.has(FLOW_SETTING[flow] ?? ''));
    return { offered: allowed.filter((flow) => IMPLEMENTED_FLOWS.has(flow)), notEmulated: allowed.filter((flow) => !IMPLEMENTED_FLOWS.has(flow)) };
  }

  /** Refuses a flow the app client does not enable (Cognito's wording), or one it enables that the local pool cannot carry out. */
  private checkFlow(flow: string): void {
    const setting = FLOW_SETTING[flow];
    if (setting === undefined) throw new CognitoError('InvalidParameterException', `1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set`);
    if (!this.allowed.has(setting)) throw new CognitoError('InvalidParameterException', `${flow} flow not enabled for this client`);
    if (!IMPLEMENTED_FLOWS.has(flow)) throw new CognitoError('InvalidParameterException', `The local user pool cannot carry out ${flow} (the app client allows it; the twin emulates ${this.flows.offered.join(', ')})`);
  }

  /** The pool name SRP mixes in: the part of the pool id after the region. */
  get poolName(): string {
    return this.issuer.userPoolId.split('_')[1] ?? '';
  }

  /** Adds (or replaces) a user who signs in with email and password. */
  addUser(email: string, password: string): LocalUser {
    const user = { sub: subFor(email), email: email.toLowerCase(), password };
    this.users.set(user.email, user);
    return user;
  }

  private find(name: string): LocalUser {
    const lower = name.toLowerCase();
    const user = this.users.get(lower) ?? [...this.users.values()].find((u) => u.sub === lower);
    if (!user) throw new CognitoError('NotAuthorizedException', WRONG_CREDENTIALS);
    return user;
  }

  /** Answers one Cognito API call (`X-Amz-Target: AWSCognitoIdentityProviderService.<operation>`). */
  handle(operation: string, body: Body): Body {
    if (typeof body.ClientId === 'string' && body.ClientId !== this.issuer.clientId) {
      throw new CognitoError('ResourceNotFoundException', `User pool client ${body.ClientId} does not exist.`);
    }
    switch (operation) {
      case 'InitiateAuth':
        text(body, 'ClientId');
        return this.initiateAuth(body);
      case 'RespondToAuthChallenge':
        text(body, 'ClientId');
        this.checkFlow('USER_SRP_AUTH');
        return this.respondToAuthChallenge(body);
      case 'GetTokensFromRefreshToken':
        text(body, 'ClientId');
        this.checkFlow('REFRESH_TOKEN_AUTH');
        return this.refresh(text(body, 'RefreshToken'));
      case 'GetUser': {
        const claims = readClaims(text(body, 'AccessToken'));
        const user = typeof claims?.sub === 'string' ? this.find(claims.sub) : undefined;
        if (!user) throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
        return {
          Username: user.sub,
          UserAttributes: [
            { Name: 'sub', Value: user.sub },
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
          ],
        };
      }
      case 'GlobalSignOut':
      case 'RevokeToken':
      case 'ForgetDevice':
        return {};
      default:
        throw new CognitoError('InvalidActionException', `The local user pool does not implement ${operation}`);
    }
  }

  private initiateAuth(body: Body): Body {
    const flow = text(body, 'AuthFlow');
    this.checkFlow(flow);
    const params = record(body, 'AuthParameters');
    if (flow === 'USER_SRP_AUTH') {
      const user = this.find(text(params, 'USERNAME'));
      const A = BigInt(`0x${text(params, 'SRP_A')}`);
      // A fresh salt per attempt is fine: the local pool keeps the password and derives the verifier each time.
      const salt = randomBytes(16).toString('hex');
      const v = verifier(this.poolName, user.sub, user.password, salt);
      const { b, B } = serverEphemeral(v);
      const secretBlock = randomBytes(64).toString('base64');
      this.pending.set(secretBlock, { user, A, b, B, v, expires: Date.now() + 5 * 60_000 });
      this.dropExpired();
      return {
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeParameters: { SALT: salt, SRP_B: B.toString(16), SECRET_BLOCK: secretBlock, USER_ID_FOR_SRP: user.sub, USERNAME: user.sub },
        Session: randomBytes(32).toString('base64url'),
      };
    }
    if (flow === 'USER_PASSWORD_AUTH') {
      const user = this.find(text(params, 'USERNAME'));
      if (user.password !== text(params, 'PASSWORD')) throw new CognitoError('NotAuthorizedException', WRONG_CREDENTIALS);
      return { AuthenticationResult: authenticationResult(user, this.issuer), ChallengeParameters: {} };
    }
    return this.refresh(text(params, 'REFRESH_TOKEN'));
  }

  private respondToAuthChallenge(body: Body): Body {
    if (body.ChallengeName !== 'PASSWORD_VERIFIER') {
      throw new CognitoError('InvalidParameterException', `The local user pool does not support challenge ${String(body.ChallengeName)}`);
    }
    const responses = record(body, 'ChallengeResponses');
    const secretBlock = text(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
    const pending = this.pending.get(secretBlock);
    this.pending.delete(secretBlock);
    if (!pending || pending.expires < Date.now()) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const key = sessionKey(pending.A, pending.B, pending.b, pending.v);
    const expected = Buffer.from(claimSignature(key, this.poolName, pending.user.sub, secretBlock, text(responses, 'TIMESTAMP')));
    const given = Buffer.from(text(responses, 'PASSWORD_CLAIM_SIGNATURE'));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new CognitoError('NotAuthorizedException', WRONG_CREDENTIALS);
    return { AuthenticationResult: authenticationResult(pending.user, this.issuer), ChallengeParameters: {} };
  }

  private refresh(token: string): Body {
    const subject = refreshTokenSubject(token);
    if (!subject || !this.users.has(subject.email)) throw new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');
    return { AuthenticationResult: authenticationResult(subject, this.issuer, token), ChallengeParameters: {} };
  }

  private dropExpired(): void {
    const now = Date.now();
    for (const [block, pending] of this.pending) if (pending.expires < now) this.pending.delete(block);
  }
}
