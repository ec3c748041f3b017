/**
 * Find a municipality or own region by name or code: an accessible combobox whose suggestions are links (so they
 * work with keyboard, mouse and screen readers alike). Enter picks the first suggestion.
 */
import type { RegionInfo } from '../api-types.ts';
import { h } from '../dom.ts';
import { searchKey } from '../format.ts';

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  noMatch: string;
  regions: RegionInfo[];
  /** Link target of a suggestion. */
  hrefOf: (region: RegionInfo) => string;
  /** Called instead of following the link (e.g. to add a region to a comparison); default follows the link. */
  onPick?: (region: RegionInfo) => void;
  kindLabel: (region: RegionInfo) => string;
  maxSuggestions?: number;
}

/** Regions whose name or code matches the query: exact code first, then names starting with it, then containing it. */
export function matchRegions(regions: RegionInfo[], query: string, limit = 8): RegionInfo[] {
  const q = searchKey(query.trim());
  if (!q) return [];
  const scored: { r: RegionInfo; score: number }[] = [];
  for (const r of regions) {
    const name = searchKey(r.name);
    const score = r.code === query.trim() ? 0 : name.startsWith(q) ? 1 : name.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 2 : name.includes(q) || r.code.startsWith(q) ? 3 : -1;
    if (score >= 0) scored.push({ r, score });
  }
  scored.sort((a, b) => a.score - b.score || a.r.name.localeCompare(b.r.name, 'nb'));
  return scored.slice(0, limit).map((s) => s.r);
}

/** Renders the search box. */
export function searchBox({ id, label, placeholder, noMatch, regions, hrefOf, onPick, kindLabel, maxSuggestions = 8 }: SearchBoxOptions): HTMLElement {
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  let matches: RegionInfo[] = [];

  const pick = (region: RegionInfo, e?: Event) => {
    if (!onPick) return; // let the link navigate
    e?.preventDefault();
    onPick(region);
    input.value = '';
    update();
  };
  const update = () => {
    matches = matchRegions(regions, input.value, maxSuggestions);
    const items = matches.map((r, i) =>
      h('li', { role: 'option', id: `${listId}-${i}` }, h('a', { href: hrefOf(r), 'data-code': r.code, onclick: (e: Event) => pick(r, e) }, `${r.name} `, h('span', { class: 'muted' }, `${kindLabel(r)} ${r.kind === 'municipality' ? r.code : ''}`.trim()))),
    );
    if (input.value.trim() && matches.length === 0) items.push(h('li', { class: 'muted' }, noMatch));
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && matches[0]) {
      e.preventDefault();
      if (onPick) pick(matches[0]);
      else location.hash = hrefOf(matches[0]).slice(1);
    } else if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      (list.querySelector('a') as HTMLElement | null)?.focus();
    } else if (e.key === 'Escape') {
      input.value = '';
      update();
    }
  });
  list.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) links[i + 1].focus();
    else if (e.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
    else if (e.key === 'Escape') input.focus();
    else return;
    e.preventDefault();
  });
  return h('div', { class: 'search', role: 'search' }, h('label', { for: id }, label), input, list);
}
