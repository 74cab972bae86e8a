import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Cite from '../../../src/components/guide/Cite.astro';
import Term from '../../../src/components/guide/Term.astro';
import Disagreement from '../../../src/components/guide/Disagreement.astro';
import Rating from '../../../src/components/compare/Rating.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Options = Parameters<AstroContainer['renderToString']>[1];
type Component = Parameters<AstroContainer['renderToString']>[0];

/** Renders a component to HTML without the dev-only source annotations Vite adds. */
async function render(component: Component, options: Options): Promise<string> {
  const html = await container.renderToString(component, options);
  return html.replace(/\s+data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('guide components', () => {
  test('a citation shows the number of each source in the page reference list and links to it', async () => {
    const html = await render(Cite, {
      props: { ids: 'dev-guide anddata' },
      locals: { citations: ['anddata', 'swayam', 'dev-guide'] },
    });
    expect(html).toContain('href="#ref-dev-guide"');
    expect(html).toMatch(/href="#ref-dev-guide"><span class="sr-only">source <\/span>3<\/a>/);
    expect(html).toMatch(/href="#ref-anddata"><span class="sr-only">source <\/span>1<\/a>/);
  });

  test('a term links to its glossary entry', async () => {
    const html = await render(Term, { props: { id: 'lora' }, slots: { default: 'LoRA' } });
    expect(html).toContain('<a href="/glossary/#lora" class="term">LoRA</a>');
  });

  test('a disagreement note is a labelled aside that names the topic', async () => {
    const html = await render(Disagreement, {
      props: { topic: 'deployment time' },
      slots: { default: '<p>002 says hours; 004 says weeks.</p>' },
    });
    expect(html).toMatch(/<aside[^>]*aria-label="Sources disagree on deployment time"/);
    expect(html).toContain('Sources disagree on deployment time');
    expect(html).toContain('002 says hours; 004 says weeks.');
  });

  test.each([1, 3, 5])(
    'a rating of %i fills that many pips and says it in words',
    async (value) => {
      const html = await render(Rating, { props: { value } });
      expect(html).toContain(`Rating ${value} out of 5`);
      expect(html).toMatch(new RegExp(`class="pips" data-rating="${value}" aria-hidden="true"`));
    },
  );
});
