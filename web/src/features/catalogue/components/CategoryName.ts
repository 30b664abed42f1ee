import type { CategoryItem } from '../../../lib/lookups.ts';

export function categoryName(slug: string, categories: CategoryItem[] | undefined, language: string): string {
  const category = categories?.find((c) => c.slug === slug);
  if (!category) return slug;
  return language === 'en' ? category.nameEn : category.nameNl;
}
