import { describe, expect, it } from 'vitest';
import { readClaims } from '../../../../../local/twin/auth/tokens';
import { CognitoError, LocalUserPool } from '../../../../../local/twin/auth/user-pool';

const issuer = { region: 'us-east-1', userPoolId: 'us-east-1_LocalTwin', clientId: 'client' };

// The twin's app client allows SRP, custom and refresh auth; these tests also enable the password flow to sign in tersely.
const WITH_PASSWORD_AUTH = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH'];

function pool(flows: readonly string[] = WITH_PASSWORD_AUTH): LocalUserPool {
  const users = new LocalUserPool(issuer, flows);
  users.addUser('Supervisor@Example.com', 'Right-Pass-1!');
  return users;
}

function passwordAuth(users: LocalUserPool, username: string, password: string): Record<string, unknown> {
  return users.handle('InitiateAuth', { ClientId: 'client', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } });
}

describe('LocalUserPool', () => {
  it('issues Cognito-shaped tokens the AppSync simulator accepts (issuer https://cognito-idp.…)', () => {
    const result = passwordAuth(pool(), 'supervisor@example.com', 'Right-Pass-1!').AuthenticationResult as Record<string, string>;
    const id = readClaims(result.IdToken ?? '');
    expect(id).toMatchObject({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalTwin', token_use: 'id', email: 'supervisor@example.com', aud: 'client' });
    expect(readClaims(result.AccessToken ?? '')).toMatchObject({ token_use: 'access', client_id: 'client', sub: id?.sub });
  });

  it.each([
    ['a wrong password', 'supervisor@example.com', 'wrong'],
    ['an unknown user', 'nobody@example.com', 'Right-Pass-1!'],
  ])('rejects %s with NotAuthorizedException', (_name, username, password) => {
    expect(() => passwordAuth(pool(), username, password)).toThrow(CognitoError);
    expect(() => passwordAuth(pool(), username, password)).toThrow('Incorrect username or password.');
  });

  it('refreshes a session from its refresh token, also after a restart (a new pool with the same user)', () => {
    const first = passwordAuth(pool(), 'supervisor@example.com', 'Right-Pass-1!').AuthenticationResult as Record<string, string>;
    const refreshed = pool().handle('GetTokensFromRefreshToken', { ClientId: 'client', RefreshToken: first.RefreshToken }).AuthenticationResult as Record<string, string>;
    expect(readClaims(refreshed.IdToken ?? '')?.sub).toBe(readClaims(first.IdToken ?? '')?.sub);
  });

  it('answers GetUser with the attributes the Authenticator shows', () => {
    const users = pool();
    const tokens = passwordAuth(users, 'supervisor@example.com', 'Right-Pass-1!').AuthenticationResult as Record<string, string>;
    expect(users.handle('GetUser', { AccessToken: tokens.AccessToken })).toMatchObject({ UserAttributes: expect.arrayContaining([{ Name: 'email', Value: 'supervisor@example.com' }]) });
  });

  it('names an operation it does not implement', () => {
    expect(() => pool().handle('SignUp', {})).toThrow('does not implement SignUp');
  });

  it.each([
    ['USER_PASSWORD_AUTH, which the client does not enable', ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH flow not enabled for this client'],
    ['USER_SRP_AUTH, which the client does not enable', ['ALLOW_USER_PASSWORD_AUTH'], 'USER_SRP_AUTH', 'USER_SRP_AUTH flow not enabled for this client'],
    ['CUSTOM_AUTH, enabled but needing triggers the twin has not', ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH'], 'CUSTOM_AUTH', 'cannot carry out CUSTOM_AUTH'],
    ['an unknown flow', WITH_PASSWORD_AUTH, 'MAGIC_AUTH', "Value 'MAGIC_AUTH' at 'authFlow'"],
  ])('refuses %s with InvalidParameterException', (_name, flows, flow, message) => {
    const attempt = () => pool(flows).handle('InitiateAuth', { ClientId: 'client', AuthFlow: flow, AuthParameters: { USERNAME: 'supervisor@example.com', PASSWORD: 'Right-Pass-1!' } });
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
  });

  it('refuses a refresh when the client does not enable refresh-token auth', () => {
    const first = passwordAuth(pool(), 'supervisor@example.com', 'Right-Pass-1!').AuthenticationResult as Record<string, string>;
    expect(() => pool(['ALLOW_USER_PASSWORD_AUTH']).handle('GetTokensFromRefreshToken', { ClientId: 'client', RefreshToken: first.RefreshToken })).toThrow(
      'REFRESH_TOKEN_AUTH flow not enabled for this client',
    );
  });

  it('says which allowed flows it carries out and which it cannot', () => {
    expect(pool(['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']).flows).toEqual({ offered: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'], notEmulated: ['CUSTOM_AUTH'] });
  });
});
