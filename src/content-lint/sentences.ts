/**
 * Turns an MDX page body into the sentences a reader reads, for the plain-language check.
 * Headings are left out (they are short questions by design); list items and table cells count
 * as sentences of their own even without a full stop.
 */

function plainText(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S[^*_]*)[*_](?=\W|$)/g, '$1$2');
}

/** Blocks: paragraphs (lines joined), list items, table cells. */
function blocks(text: string): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^#{1,6}\s/.test(line) || /^[-|: ]+$/.test(line)) {
      flush();
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      out.push(
        ...line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean),
      );
      continue;
    }
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph.push(item[1]!);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return out;
}

export function sentences(mdxBody: string): string[] {
  return blocks(plainText(mdxBody))
    .flatMap((block) => block.split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => wordCount(s) > 0);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
