/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Source ids in the order the current page cites them. A page sets it before rendering
     * its body so that every <Cite> marker can show its number in the page's reference list.
     */
    citations?: string[];
  }
}
