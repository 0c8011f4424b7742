import type { Article, Block } from '../../main/contract';
import { formatDate, formatReadingTime, isoDate } from '../ui/format';

/**
 * The title and the meta line: site · byline · date · N min read. `titleBlock` is the
 * article's own opening heading when it repeats the title: it is then rendered as the
 * title, keeping the block attributes the annotations layer maps offsets with.
 */
export function ArticleHeader({ article, titleBlock }: { article: Article; titleBlock: Block | null }) {
  const date = formatDate(article.published, 'long');
  const parts = [
    article.site && <span key="site" className="meta-site">{article.site}</span>,
    article.byline && <span key="byline">{article.byline}</span>,
    date && (
      <time key="date" dateTime={isoDate(article.published)}>
        {date}
      </time>
    ),
    <span key="time">{formatReadingTime(article.readingMinutes)}</span>,
  ].filter(Boolean);
  return (
    <header className="article-header">
      {titleBlock ? (
        <h1 className="article-title block block-heading" data-block-start={titleBlock.start} data-block-kind={titleBlock.kind}>
          {titleBlock.text}
        </h1>
      ) : (
        <h1 className="article-title">{article.title}</h1>
      )}
      <p className="article-meta">
        {parts.map((part, i) => (
          <span key={i} className="meta-part">
            {part}
          </span>
        ))}
      </p>
    </header>
  );
}
