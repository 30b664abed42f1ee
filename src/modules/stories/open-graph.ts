import { xml } from './atom.ts';

/**
 * The Open Graph tags of a story's page (https://ogp.me), written into the HTML by the server:
 * the crawlers of social media and chat apps read the HTML as it comes and run no script.
 */
export interface OpenGraphStory {
  title: string;
  description: string;
  url: string;
  image: { url: string; alt: string; width?: number; height?: number };
  publishedAt: Date;
  siteName: string;
}

export function openGraphTags(story: OpenGraphStory): string {
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${xml(value)}" />`;
  const tags = [
    `<title>${xml(`${story.title} | ${story.siteName}`)}</title>`,
    meta('name', 'description', story.description),
    `<link rel="canonical" href="${xml(story.url)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', story.siteName),
    meta('property', 'og:locale', 'nl_NL'),
    meta('property', 'og:title', story.title),
    meta('property', 'og:description', story.description),
    meta('property', 'og:url', story.url),
    meta('property', 'og:image', story.image.url),
    meta('property', 'og:image:alt', story.image.alt),
    ...(story.image.width && story.image.height
      ? [
          meta('property', 'og:image:width', String(story.image.width)),
          meta('property', 'og:image:height', String(story.image.height)),
        ]
      : []),
    meta('property', 'article:published_time', story.publishedAt.toISOString()),
    meta('name', 'twitter:card', 'summary_large_image'),
  ];
  return tags.join('\n    ');
}
