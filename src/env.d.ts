/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Source ids in the order the current page cites them. A page sets it before rendering
     * its body so that every <Cite> marker can show its number in the page's reference list.
     */
    citations?: string[];
    /**
     * Source id → status, for cited sources a reader should know are deprecated or withdrawn;
     * <Cite> shows the status beside the number.
     */
    flaggedSources?: Record<string, string>;
  }
}
