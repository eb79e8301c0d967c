/**
 * Bytes of an exported file → text. Exports come in more than UTF-8: Matomo writes UTF-16LE with
 * a byte-order mark so that Excel opens it (core/DataTable/Renderer/Csv.php, convertToUnicode),
 * and spreadsheet tools add a UTF-8 BOM. The BOM decides; without one, UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return new TextDecoder('utf-8').decode(bytes);
}
