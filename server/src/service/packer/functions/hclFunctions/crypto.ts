/** HCL2 hashing, encryption and UUID functions. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const crypto = hclCategory('crypto');
const uuid = hclCategory('uuid');
const str = param('str', 'string');

export const cryptoFunctions: readonly FunctionSignature[] = [
  crypto(
    'bcrypt',
    [str, rest('cost', 'number')],
    'string',
    'Hashes a string with Blowfish bcrypt, using a fresh salt each call and an optional cost (10 by default).',
  ),
  crypto('md5', [str], 'string', 'Computes the MD5 digest of a string, as hexadecimal.'),
  crypto(
    'rsadecrypt',
    [param('ciphertext', 'string'), param('privatekey', 'string')],
    'string',
    'Decrypts base64 RSA ciphertext with a PEM-encoded private key.',
  ),
  crypto('sha1', [str], 'string', 'Computes the SHA-1 digest of a string, as hexadecimal.'),
  crypto('sha256', [str], 'string', 'Computes the SHA-256 digest of a string, as hexadecimal.'),
  crypto('sha512', [str], 'string', 'Computes the SHA-512 digest of a string, as hexadecimal.'),
  uuid('uuidv4', [], 'string', 'Generates a new random UUID on every call.'),
  uuid(
    'uuidv5',
    [param('namespace', 'string'), param('name', 'string')],
    'string',
    'Derives a stable name-based UUID from a namespace ("dns", "url", "oid", "x500" or a UUID) and a name.',
  ),
];
