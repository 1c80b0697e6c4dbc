const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/**
 * Plain text of a summary written in Markdown or HTML: tags dropped, links and images by their text, emphasis
 * and code marks removed, the common entities decoded, whitespace collapsed.
 */
export function plainText(text: string): string {
  return (
    text
      .replace(/<[^>]*>/g, " ")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|\*|`)(\S(?:.*?\S)?)\1/g, "$2")
      // Underscores mark emphasis only at word edges: file_name_here is a name.
      .replace(/(^|\W)(__|_)(\S(?:.*?\S)?)\2(?!\w)/g, "$1$3")
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
      .replace(/\s+/g, " ")
      .trim()
  );
}
