// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { notePreview, renderNoteHtml } from '../../../../renderer/annotations/markdown';

function render(markdown: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = renderNoteHtml(markdown);
  return div;
}

/** Every way the rendered note could run script or load something. */
function dangers(el: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of Array.from(el.querySelectorAll('*'))) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'STYLE', 'FORM', 'INPUT', 'VIDEO', 'AUDIO', 'LINK', 'META', 'MATH'].includes(node.nodeName.toUpperCase())) {
      found.push(`<${node.nodeName.toLowerCase()}>`);
    }
    for (const attr of Array.from(node.attributes)) {
      if (attr.name.startsWith('on') || attr.name === 'style' || attr.name === 'src' || attr.name === 'srcset') found.push(`${attr.name}=`);
      if ((attr.name === 'href' || attr.name === 'xlink:href' || attr.name === 'action') && !/^(https?:|mailto:)/i.test(attr.value)) {
        found.push(`${attr.name}=${attr.value}`);
      }
    }
  }
  return found;
}

describe('note Markdown rendering', () => {
  it.each([
    ['raw img with onerror', '<img src=x onerror=alert(1)>'],
    ['javascript: link', '[x](javascript:alert(1))'],
    ['javascript: link with entity-encoded colon', '[x](javascript&#58;alert(1))'],
    ['upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))'],
    ['javascript: link with a leading space and tab', '[x]( \tjavascript:alert(1))'],
    ['vbscript: link', '[x](vbscript:msgbox(1))'],
    ['data: html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['file: link', '[x](file:///etc/passwd)'],
    ['Markdown image', '![alt](https://example.com/track.png)'],
    ['image with javascript src', '![a](javascript:alert(1))'],
    ['raw script tag', '<script>alert(1)</script>'],
    ['raw svg with onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
    ['raw iframe', '<iframe src="https://evil.example"></iframe>'],
    ['raw anchor with javascript', '<a href="javascript:alert(1)">click</a>'],
    ['autolink javascript', '<javascript:alert(1)>'],
    ['reference-style javascript link', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['html inside a link label', '[<img src=x onerror=alert(1)>](https://ok.example)'],
    ['style attribute smuggling', '<p style="background:url(javascript:alert(1))">x</p>'],
  ])('renders a note with %s inert', (_label, input) => {
    expect(dangers(render(input))).toEqual([]);
  });

  it('shows raw HTML as text instead of dropping it, so the writer sees what they typed', () => {
    expect(render('<img src=x onerror=alert(1)>').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['https link', '[site](https://example.com/a?b=1)', 'https://example.com/a?b=1'],
    ['http link', '[site](http://example.com)', 'http://example.com'],
    ['mailto link', '[mail](mailto:me@example.com)', 'mailto:me@example.com'],
    ['bare URL (linkified)', 'see https://example.org/x', 'https://example.org/x'],
  ])('keeps a %s and opens it outside the app', (_label, input, href) => {
    const a = render(input).querySelector('a')!;
    expect(a.getAttribute('href')).toBe(href);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders emphasis, lists and code', () => {
    const el = render('**bold** and _it_\n\n- one\n- two\n\n`code`');
    expect(el.querySelector('strong')!.textContent).toBe('bold');
    expect(el.querySelector('em')!.textContent).toBe('it');
    expect(el.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('code')!.textContent).toBe('code');
  });

  it('keeps a javascript: link as plain text without an href', () => {
    const el = render('[x](javascript:alert(1))');
    expect(el.querySelector('a[href]')).toBeNull();
    expect(el.textContent).toContain('x');
  });
});

describe('note preview', () => {
  it.each([
    ['**Key** point with [a link](https://x.example)', 'Key point with a link'],
    ['# Heading\n\nbody', 'Heading body'],
    ['', ''],
  ])('shows %j as plain text %j', (input, expected) => {
    expect(notePreview(input)).toBe(expected);
  });

  it('shortens long notes with an ellipsis', () => {
    expect(notePreview('word '.repeat(100), 20)).toHaveLength(20);
  });
});
