import sharp from 'sharp';
import { xml } from './atom.ts';

/**
 * The podcast feed: RSS 2.0 with the iTunes namespace, as podcast apps (Apple Podcasts, Spotify,
 * AntennaPod) read it. Every episode is a published story of kind podcast with an audio file.
 * Built by hand, like the Atom feed; every text goes through `xml()` and a test parses it back.
 */
export interface PodcastEpisode {
  guid: string;
  title: string;
  description: string;
  url: string;
  published: Date;
  audioUrl: string;
  audioLength: number;
  audioType: string;
  durationSeconds: number;
}

export interface PodcastChannel {
  title: string;
  description: string;
  siteUrl: string;
  selfUrl: string;
  imageUrl: string;
  author: string;
  category: string;
  language: string;
  episodes: PodcastEpisode[];
}

/** itunes:duration as HH:MM:SS. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

export function podcastFeed(channel: PodcastChannel): string {
  const lastBuild = channel.episodes.reduce((max, e) => (e.published > max ? e.published : max), new Date(0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" ' +
      'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '  <channel>',
    `    <title>${xml(channel.title)}</title>`,
    `    <link>${xml(channel.siteUrl)}</link>`,
    `    <description>${xml(channel.description)}</description>`,
    `    <language>${xml(channel.language)}</language>`,
    `    <atom:link href="${xml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <lastBuildDate>${(channel.episodes.length ? lastBuild : new Date(0)).toUTCString()}</lastBuildDate>`,
    `    <image><url>${xml(channel.imageUrl)}</url><title>${xml(channel.title)}</title><link>${xml(channel.siteUrl)}</link></image>`,
    `    <itunes:author>${xml(channel.author)}</itunes:author>`,
    `    <itunes:summary>${xml(channel.description)}</itunes:summary>`,
    `    <itunes:image href="${xml(channel.imageUrl)}"/>`,
    `    <itunes:category text="${xml(channel.category)}"/>`,
    '    <itunes:explicit>false</itunes:explicit>',
    '    <itunes:type>episodic</itunes:type>',
  ];
  for (const e of channel.episodes) {
    lines.push(
      '    <item>',
      `      <title>${xml(e.title)}</title>`,
      `      <link>${xml(e.url)}</link>`,
      `      <description>${xml(e.description)}</description>`,
      `      <guid isPermaLink="false">${xml(e.guid)}</guid>`,
      `      <pubDate>${e.published.toUTCString()}</pubDate>`,
      `      <enclosure url="${xml(e.audioUrl)}" length="${e.audioLength}" type="${xml(e.audioType)}"/>`,
      `      <itunes:title>${xml(e.title)}</itunes:title>`,
      `      <itunes:duration>${duration(e.durationSeconds)}</itunes:duration>`,
      '      <itunes:explicit>false</itunes:explicit>',
      '      <itunes:episodeType>full</itunes:episodeType>',
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}

/** Podcast apps ask for square artwork of 1400 to 3000 pixels, JPEG or PNG. */
export const ARTWORK_SIZE = 1400;
let artwork: Promise<Buffer> | undefined;

/**
 * The podcast's artwork (and the picture shared for a story without a photo of its own): drawn
 * from shapes, without text (no fonts needed on the server), once per process.
 */
export function podcastArtwork(): Promise<Buffer> {
  artwork ??= sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${ARTWORK_SIZE}" height="${ARTWORK_SIZE}" viewBox="0 0 140 140">` +
        '<rect width="140" height="140" fill="#00558c"/>' +
        '<rect x="58" y="30" width="24" height="48" rx="12" fill="#ffffff"/>' +
        '<path d="M46 66a24 24 0 0 0 48 0" fill="none" stroke="#ffffff" stroke-width="6"/>' +
        '<rect x="67" y="90" width="6" height="14" fill="#ffffff"/>' +
        '<rect x="52" y="104" width="36" height="6" rx="3" fill="#ffcc00"/>' +
        '</svg>',
    ),
  )
    .png()
    .toBuffer();
  return artwork;
}
