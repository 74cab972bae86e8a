/**
 * JSON that is safe inside an HTML <script> element: the characters that could end the element
 * or start a comment or markup are written as JSON unicode escapes, which JSON.parse restores.
 */
export function serializeJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
