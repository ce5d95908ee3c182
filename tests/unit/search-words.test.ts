import { describe, expect, test } from 'vitest';
import { collectWords, compoundJoiner, compoundList, indexedText, lettersOf, showJoined, vocabularyOf } from '../../src/lib/search-words.ts';

const page = (body: string) => `<html><body><nav>On call menu</nav><main><div class="prose" data-pagefind-body>${body}</div><aside>on call</aside></main></body></html>`;

describe('the ladder’s words, as the index sees them', () => {
  test('the text of the indexed element only, words inside inline tags kept whole', () => {
    const html = page('<h2 id="o">On-call <a class="copy-link" href="#o" aria-label="Copy"></a></h2><div><p>Be on<em>-</em>call &amp; keep <strong>self</strong>-study.</p></div><script>var on = "call"</script>');
    expect(indexedText(html)).toBe('On-call Be on-call & keep self-study.');
    expect(indexedText('<main>No marker</main>')).toBe('');
  });

  test('count words of four letters or more, and each hyphenated word by its letters with its written forms', () => {
    const words = new Map<string, number>();
    const compounds = new Map<string, Map<string, number>>();
    collectWords('On-call rota: be on-call, X-ray the team’s self-study. End-to-end on-call.', words, compounds);
    expect(compoundList(compounds)).toEqual({ endtoend: 'end-to-end', oncall: 'on-call', selfstudy: 'self-study', xray: 'x-ray' });
    const vocabulary = vocabularyOf(words);
    expect(vocabulary.words.slice(0, 2)).toEqual(['call', 'on-call']);
    expect(vocabulary.counts.slice(0, 2)).toEqual([3, 3]);
    expect(vocabulary.words).toContain('study');
    expect(vocabulary.words).toContain('team');
    expect(vocabulary.words).toContain('rota');
    expect(vocabulary.words).not.toContain('the');
    expect(vocabulary.words).not.toContain('on');
  });

  test('join a compound the ladder writes with a hyphen where the text writes it with spaces, in the indexed text only', () => {
    const join = compoundJoiner({ oncall: 'on-call', endtoend: 'end-to-end' });
    const joined = join(page('<p id="on-call">Being On\ncall, end to end. Not on calls, nor non call, nor on-call.</p>'));
    expect(joined).toContain('<p id="on-call">Being On\u00AD\u00ADcall, end\u00AD\u00ADto\u00AD\u00ADend. Not on calls, nor non call, nor on-call.</p>');
    expect(joined).toContain('<nav>On call menu</nav>');
    expect(joined).toContain('<aside>on call</aside>');
    expect(showJoined('On\u00AD\u00ADcall')).toBe('On call');
    expect(compoundJoiner({})(page('on call'))).toBe(page('on call'));
  });

  test('a word’s letters as Pagefind indexes them', () => {
    expect(lettersOf('On-call,')).toBe('oncall');
    expect(lettersOf('Café-crème')).toBe('cafecreme');
  });
});
