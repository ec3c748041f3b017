/** A tiny element builder, so pages read as structure rather than createElement calls. */

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element: `h('a', { href: '#/', class: 'x' }, 'text')`. Attributes starting with `on` become listeners;
 * `false`/`null`/`undefined` attributes and children are skipped, so conditionals read naturally.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (strings become text nodes; nested arrays are flattened). */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A table with a caption, header row and body rows; numbers right-aligned via the `num` class. */
export function dataTable(caption: string, columns: string[], rows: Child[][], numeric: boolean[] = []): HTMLTableElement {
  return h(
    'table',
    { class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((c, i) => h('th', { scope: 'col', class: numeric[i] ? 'num' : null }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: numeric[i] ? 'num' : null }, c)))))),
  );
}

/**
 * A collapsed "show as table" block holding a chart's numbers. It is opened for print unless `printOpen` is false
 * (the overview's 357-row table would fill eight pages; it prints only when the reader opened it).
 */
export function tableAlternative(summary: string, table: HTMLTableElement, { printOpen = true }: { printOpen?: boolean } = {}): HTMLDetailsElement {
  return h('details', { class: 'table-alt', 'data-print-open': printOpen ? null : 'false' }, h('summary', {}, summary), table);
}

/** A labelled `<select>`; `onChange` receives the chosen value. */
export function labelledSelect(
  id: string,
  label: string,
  options: { value: string; label: string }[],
  selected: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = h('select', { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) }, options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.label)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}
