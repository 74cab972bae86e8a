/** Building nodes for the cost calculator without markup, so no figure or name is ever parsed. */

/** An element with text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** An SVG element with attributes and text. */
export function svg(tag: string, attrs: Record<string, string | number>, text = ''): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.textContent = text;
  return node;
}

/** Sets a node's text only when it differs, so screen readers hear no repeat of unchanged text. */
export function setText(root: ParentNode, selector: string, text: string): void {
  const node = root.querySelector(selector);
  if (node && node.textContent !== text) node.textContent = text;
}
