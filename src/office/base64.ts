/**
 * Bytes as base64, for Excel.createWorkbook (which takes a whole .xlsx as base64). btoa takes a
 * "binary string"; building it in slices keeps String.fromCharCode's argument list short.
 */
const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}
