import type { Article } from "../model/article.ts";
import { isoDateTime } from "../model/dates.ts";
import type { SiteConfig } from "../model/site-config.ts";
import { homePath, monthPath, termPath, yearPath, type Urls } from "../model/urls.ts";
import type { Entity } from "../model/entity.ts";
import { attackUrl } from "../model/attack.ts";
import { cveOrgUrl } from "../model/cve.ts";

/** schema.org NewsArticle for an article page, every URL absolute; `imageUrl` is the published lead image. */
export function newsArticleJsonLd(
  article: Article,
  site: SiteConfig,
  urls: Urls,
  logoPath: string,
  imageUrl?: string,
): Record<string, unknown> {
  const url = urls.absolute(article.path);
  const thing = (type: string) => (e: Entity) => ({
    "@type": type,
    name: e.name,
    url: urls.absolute(termPath(e.kind, e.slug)),
    ...(e.aliases.length > 0 && e.kind !== "countries" ? { alternateName: e.aliases } : {}),
    ...(e.attack ? { identifier: e.attack, sameAs: attackUrl(e.attack) } : {}),
  });
  // A CVE is a defined term of the CVE Program's list: its ID, this site's page, and its record.
  const cve = (e: Entity) => ({
    "@type": "DefinedTerm",
    name: e.name,
    termCode: e.name,
    url: urls.absolute(termPath(e.kind, e.slug)),
    sameAs: cveOrgUrl(e.name),
    inDefinedTermSet: "https://www.cve.org/",
  });
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.dek ? { description: article.dek } : {}),
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(article.updated ?? article.date),
    inLanguage: site.language,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    ...(article.authors.length > 0 ? { author: article.authors.map((name) => ({ "@type": "Person", name })) } : {}),
    publisher: {
      "@type": "Organization",
      name: site.title,
      url: urls.absolute(homePath()),
      logo: { "@type": "ImageObject", url: urls.absolute(logoPath) },
    },
    ...(imageUrl ? { image: [imageUrl] } : {}),
    about: [
      ...article.agencies.map(thing("GovernmentOrganization")),
      ...article.outlets.map(thing("Organization")),
      ...article.actors.map(thing("Organization")),
      ...article.malware.map(thing("SoftwareApplication")),
      ...article.cves.map(cve),
    ],
    mentions: [...article.countries.map(thing("Country")), ...article.topics.map(thing("Thing"))],
    keywords: article.topics.map((t) => t.name),
  };
}

/** schema.org BreadcrumbList: home, year, month, article. */
export function breadcrumbJsonLd(article: Article, site: SiteConfig, urls: Urls): Record<string, unknown> {
  const { year, month } = article.date;
  const crumbs: [string, string][] = [
    [site.title, homePath()],
    [String(year), yearPath(year)],
    [article.date.setLocale(site.language).toFormat("LLLL yyyy"), monthPath(year, month)],
    [article.title, article.path],
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map(([name, path], i) => ({
      "@type": "ListItem",
      position: i + 1,
      name,
      item: urls.absolute(path),
    })),
  };
}

/** An image path or URL made absolute. */
export function absoluteImage(image: string, urls: Urls): string {
  return /^https?:\/\//.test(image) ? image : urls.absolute(image.startsWith("/") ? image : `/${image}`);
}
