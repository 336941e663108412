import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The server half of Cognito's SRP-6a sign-in (USER_SRP_AUTH, Amplify's default flow), with the
 * group, hashing and key derivation Amplify's client uses (@aws-amplify/auth utils/srp): a 3072-bit
 * group, g = 2, SHA-256, and an HKDF key "Caldera Derived Key" that signs the password claim.
 */
const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const G = 2n;

/** Hex as Amplify pads it: even length, and a leading 00 when the top bit is set (positive numbers only). */
function paddedHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

function hashHex(hex: string): string {
  return createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
}

function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const K = BigInt(`0x${hashHex(paddedHex(N) + paddedHex(G))}`);

/** The password verifier v = g^x for a user, where x = H(salt | H(pool | user | ":" | password)). */
export function verifier(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const x = BigInt(`0x${hashHex(paddedHex(BigInt(`0x${saltHex}`)) + hashText(`${poolName}${userId}:${password}`))}`);
  return modPow(G, x, N);
}

/** The server's ephemeral pair for one sign-in: secret b and public B = k·v + g^b. */
export function serverEphemeral(v: bigint): { b: bigint; B: bigint } {
  const b = BigInt(`0x${randomBytes(128).toString('hex')}`);
  return { b, B: (K * v + modPow(G, b, N)) % N };
}

/** The 16-byte key both sides derive; the client proves the password by signing with it. */
export function sessionKey(A: bigint, B: bigint, b: bigint, v: bigint): Buffer {
  if (A % N === 0n) throw new Error('SRP_A mod N is 0');
  const u = BigInt(`0x${hashHex(paddedHex(A) + paddedHex(B))}`);
  const S = modPow(A * modPow(v, u, N), b, N);
  const prk = createHmac('sha256', Buffer.from(paddedHex(u), 'hex')).update(Buffer.from(paddedHex(S), 'hex')).digest();
  return createHmac('sha256', prk).update(Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])])).digest().subarray(0, 16);
}

/** The PASSWORD_CLAIM_SIGNATURE a client holding the right password sends. */
export function claimSignature(key: Buffer, poolName: string, userId: string, secretBlock: string, timestamp: string): string {
  return createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(poolName + userId, 'utf8'), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp, 'utf8')]))
    .digest('base64');
}
