import type { StorySummary } from '../api/stories.ts';

/**
 * A story's photo: the uploaded one in the widths the server made of it (lazy in lists), or an
 * older photo address. Always with its alt text; nothing when the story has no photo.
 */
export function StoryPhoto({ story, className, lazy }: { story: StorySummary; className: string; lazy?: boolean }) {
  if (story.photo)
    return (
      <img
        className={className}
        src={story.photo.src}
        srcSet={story.photo.srcset}
        sizes="(min-width: 48em) 40rem, 100vw"
        width={story.photo.width}
        height={story.photo.height}
        alt={story.photo.alt}
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
      />
    );
  if (story.photoUrl)
    return (
      <img className={className} src={story.photoUrl} alt={story.photoAlt ?? ''} loading={lazy ? 'lazy' : undefined} />
    );
  return null;
}
