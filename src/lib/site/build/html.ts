/**
 * The one way build-time code reads HTML: node-html-parser, which decodes entities in text and
 * attribute values, so no module keeps its own entity table or tag-matching regular expression.
 * Used at build time only (integrations, the flowchart component); islands never parse HTML.
 */
import { HTMLElement, parse } from 'node-html-parser';

export { HTMLElement };

/** A document or fragment. Script and style bodies are kept as raw text, never as markup. */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

/** Text with entities decoded and white space collapsed. */
export function textOf(node: HTMLElement): string {
  return node.text.replace(/\s+/g, ' ').trim();
}

/** An element's own child elements, optionally only those named `tag` ("ul"). */
export function childElements(node: HTMLElement, tag?: string): HTMLElement[] {
  return node.childNodes.filter(
    (child): child is HTMLElement =>
      child instanceof HTMLElement && (!tag || child.tagName === tag.toUpperCase()),
  );
}
