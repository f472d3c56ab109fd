/** Bytes → text for the text formats: UTF-8, byte-order mark removed. */
const utf8 = new TextDecoder('utf-8');

export const decodeText = (bytes: ArrayBuffer | Uint8Array): string => utf8.decode(bytes).replace(/^\uFEFF/, '');
