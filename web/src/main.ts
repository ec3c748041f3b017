/**
 * The dashboard's entry point: draws the shell (header, navigation, language switch, credits), then renders the
 * page named by the location hash, again on every hash change and language switch.
 */
import './styles.css';
import { ApiError } from './api.ts';
import { h } from './dom.ts';
import { initLang, lang, setLang, t } from './i18n.ts';
import { renderCompare } from './pages/compare.ts';
import { renderMethod } from './pages/method.ts';
import { renderOverview } from './pages/overview.ts';
import type { PageContext } from './pages/page.ts';
import { renderProfile } from './pages/profile.ts';
import { href, parseRoute, type Route } from './router.ts';

const main = document.getElementById('content') as HTMLElement;
let renderCount = 0;

function renderShell(route: Route): void {
  const header = document.getElementById('site-header')!;
  const navLink = (label: string, target: string, active: boolean) => h('a', { href: target, 'aria-current': active ? 'page' : null }, label);
  header.replaceChildren(
    h('a', { class: 'skip-link', href: '#content', onclick: (e: Event) => { e.preventDefault(); main.focus(); } }, t('skipToContent')),
    h('div', { class: 'brand' }, h('a', { href: href('overview'), class: 'app-title' }, t('appTitle')), h('span', { class: 'tagline' }, t('tagline'))),
    h(
      'nav',
      { 'aria-label': 'hoved' },
      navLink(t('navOverview'), href('overview'), route.page === 'overview' || route.page === 'profile'),
      navLink(t('navCompare'), href('compare', route.page === 'profile' ? [route.code] : route.page === 'compare' ? route.codes : []), route.page === 'compare'),
      navLink(t('navMethod'), href('method', route.page === 'profile' ? route.code : route.page === 'method' && route.code ? route.code : undefined), route.page === 'method'),
      h('button', { type: 'button', id: 'lang-switch', lang: lang() === 'nb' ? 'en' : 'nb', 'aria-label': t('switchToLabel'), onclick: () => { setLang(lang() === 'nb' ? 'en' : 'nb'); void render(false); } }, t('switchTo')),
    ),
  );
  document.getElementById('credits')!.textContent = t('credits');
}

function showError(err: unknown): void {
  const message = err instanceof ApiError ? `${err.message} (HTTP ${err.status})` : (err as Error)?.message ?? String(err);
  main.replaceChildren(h('h1', {}, t('errorTitle')), h('p', { class: 'status', role: 'alert' }, message), h('p', {}, h('a', { href: href('overview') }, t('navOverview'))));
}

/** Renders the current route; `routeChanged` moves focus to the new page's heading, as a page load would. */
async function render(routeChanged: boolean): Promise<void> {
  const id = ++renderCount;
  const route = parseRoute(location.hash);
  const focusedId = routeChanged ? null : (document.activeElement as HTMLElement | null)?.id || null;
  renderShell(route);
  main.dataset.page = route.page;
  main.removeAttribute('data-ready');
  main.setAttribute('aria-busy', 'true');
  // Only show "loading" when it takes a while: cached pages render in a few milliseconds and would flicker.
  const loading = setTimeout(() => id === renderCount && main.replaceChildren(h('p', { class: 'loading' }, t('loading'))), 150);
  const ctx: PageContext = { root: main, isCurrent: () => id === renderCount };
  try {
    if (route.page === 'overview') await renderOverview(ctx, route.params);
    else if (route.page === 'profile') await renderProfile(ctx, route.code, route.params);
    else if (route.page === 'method') await renderMethod(ctx, route.code, route.params);
    else if (route.page === 'compare') await renderCompare(ctx, route.codes, route.params);
    else main.replaceChildren(h('h1', {}, t('notFound')), h('p', {}, h('a', { href: href('overview') }, t('navOverview'))));
  } catch (err) {
    if (ctx.isCurrent()) showError(err);
  } finally {
    clearTimeout(loading);
  }
  if (!ctx.isCurrent()) return;
  main.removeAttribute('aria-busy');
  main.dataset.ready = 'true';
  const again = focusedId ? document.getElementById(focusedId) : null;
  if (again) again.focus();
  else if (routeChanged) (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: false });
}

function start(): void {
  initLang();
  // Headings receive focus after navigation; they must be focusable without entering the tab order.
  new MutationObserver(() => main.querySelectorAll('h1:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '-1'))).observe(main, { childList: true });
  window.addEventListener('hashchange', () => {
    void render(true);
    window.scrollTo(0, 0);
  });
  // Print every chart's table alternative too: a closed <details> would print as one line.
  window.addEventListener('beforeprint', () => document.querySelectorAll('details.table-alt:not([data-print-open="false"])').forEach((d) => d.setAttribute('open', '')));
  void render(false);
}

start();
