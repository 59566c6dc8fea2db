// marsad web UI: search, article view with spans highlighted, events table, stories.
// Plain browser JavaScript, no build step. Everything shown is escaped before it is inserted.
'use strict';

const $ = (selector) => document.querySelector(selector);
const cameo = { en: {}, ar: {} };

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => (
    { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function query(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) params.set(name, value);
  return params;
}

// CAMEO code with its English and Arabic names (the nearest named parent for Arabic).
function cameoLabel(code) {
  if (!code) return '';
  const en = cameo.en[code]?.en || cameo.en[code.slice(0, 3)]?.en || cameo.en[code.slice(0, 2)]?.en || '';
  const ar = cameo.ar[code] || cameo.ar[code.slice(0, 3)] || cameo.ar[code.slice(0, 2)] || '';
  return `<span class="code">${escapeHtml(code)}</span> ${escapeHtml(ar)} <span class="en">${escapeHtml(en)}</span>`;
}

function actorLabel(actor) {
  const code = actor?.actor || '';
  const text = actor?.text || '';
  if (!code && !text) return '—';
  return `${escapeHtml(text)} <span class="code">${escapeHtml(code)}</span>`;
}

function showTab(name) {
  for (const button of document.querySelectorAll('nav button')) {
    button.classList.toggle('active', button.dataset.tab === name);
  }
  for (const tab of ['search', 'events', 'stories']) $(`#tab-${tab}`).hidden = tab !== name;
  $('#article').hidden = true;
  if (name === 'events' && !$('#events tbody').children.length) loadEvents();
  if (name === 'stories' && !$('#stories').children.length) loadStories();
}

function articleLink(id, text) {
  return `<a data-article="${Number(id)}">${escapeHtml(text || '(بلا عنوان)')}</a>`;
}

async function search(event) {
  event?.preventDefault();
  const params = query($('#search-form'));
  $('#search-status').textContent = '…';
  try {
    const body = await getJson(`/api/search?${params}`);
    $('#search-status').textContent = `${body.hits.length} نتيجة`;
    $('#results').innerHTML = body.hits.map((hit) => `<li>
      ${articleLink(hit.store_id, hit.title || hit.id)}
      <span class="muted">${escapeHtml(hit.outlet)} · ${escapeHtml(hit.published)}</span>
      <div>${escapeHtml(hit.snippet).replace(/\u0002/g, '<mark>').replace(/\u0003/g, '</mark>')}</div>
    </li>`).join('');
  } catch (error) {
    $('#search-status').innerHTML = `<span class="error">${escapeHtml(error.message)}</span>`;
    $('#results').innerHTML = '';
  }
}

async function loadEvents(event) {
  event?.preventDefault();
  const params = query($('#events-form'));
  params.set('limit', '200');
  try {
    const body = await getJson(`/api/events?${params}`);
    $('#events tbody').innerHTML = body.events.map((e) => `<tr>
      <td>${escapeHtml(e.date)}</td><td>${actorLabel(e.source)}</td><td>${cameoLabel(e.code)}</td>
      <td>${actorLabel(e.target)}</td><td>${e.num_articles}</td><td>${e.num_sources}</td>
      <td>${articleLink(e.article_id, e.outlet || e.article)}</td></tr>`).join('')
      || '<tr><td colspan="7" class="muted">لا أحداث</td></tr>';
  } catch (error) {
    $('#events tbody').innerHTML = `<tr><td colspan="7" class="error">${escapeHtml(error.message)}</td></tr>`;
  }
}

async function loadStories() {
  try {
    const body = await getJson('/api/stories');
    $('#stories').innerHTML = body.stories.map((s) => `<li>
      <strong>${escapeHtml(s.title)}</strong>
      <span class="muted">${escapeHtml(s.first_seen)} → ${escapeHtml(s.last_seen)} ·
        ${s.num_articles} مقالات من ${s.num_outlets} منافذ</span>
      <ul>${s.articles.map((a) => `<li>${articleLink(a.store_id, a.title || a.id)}
        <span class="muted">${escapeHtml(a.outlet)} · ${escapeHtml(a.published)}</span></li>`).join('')}</ul>
    </li>`).join('') || '<li class="muted">لا قصص بعد</li>';
  } catch (error) {
    $('#stories').innerHTML = `<li class="error">${escapeHtml(error.message)}</li>`;
  }
}

// Renders text with byte-offset spans ([start, end) into its UTF-8 bytes) wrapped in
// <span class="…">. Spans may nest; overlapping spans are cut at each other's borders.
function highlight(text, spans) {
  const bytes = new TextEncoder().encode(text);
  const cuts = new Set([0, bytes.length]);
  for (const s of spans) {
    if (s.start < s.end && s.end <= bytes.length) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const decoder = new TextDecoder();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const classes = spans.filter((s) => s.start <= from && to <= s.end && s.start < s.end)
      .map((s) => s.cls);
    const piece = escapeHtml(decoder.decode(bytes.slice(from, to)));
    html += classes.length ? `<span class="${classes.join(' ')}">${piece}</span>` : piece;
  }
  return html;
}

async function showArticle(id) {
  try {
    const body = await getJson(`/api/articles/${Number(id)}`);
    const a = body.analysis || {};
    $('#article-title').textContent = body.title || a.id || '';
    $('#article-meta').innerHTML = [escapeHtml(body.outlet), escapeHtml(body.published),
      body.url ? `<a href="${escapeHtml(body.url)}" target="_blank" rel="noopener noreferrer">الرابط</a>` : '',
      body.duplicates?.length ? `${body.duplicates.length} نسخ مكررة` : ''].filter(Boolean).join(' · ');
    const spans = [];
    for (const e of a.events || []) {
      spans.push({ ...e.sentence, cls: 'evsent' });
      spans.push({ ...e.cue, cls: 'cue' });
    }
    for (const q of a.quotes || []) spans.push({ start: q.start, end: q.end, cls: 'quote' });
    for (const e of a.entities || []) {
      const type = ['PER', 'ORG', 'LOC', 'MISC'].includes(e.type) ? e.type : 'MISC';
      spans.push({ start: e.start, end: e.end, cls: `ent ${type}` });
    }
    $('#article-text').innerHTML = highlight(body.text, spans);
    $('#article-events tbody').innerHTML = (a.events || []).map((e) => `<tr>
      <td>${actorLabel(e.source)}</td><td>${cameoLabel(e.code)}</td><td>${actorLabel(e.target)}</td>
      <td>${escapeHtml(e.polarity)} / ${escapeHtml(e.modality)}</td><td>${escapeHtml(e.date)}</td></tr>`).join('')
      || '<tr><td colspan="5" class="muted">لا أحداث</td></tr>';
    $('#article-entities').innerHTML = (a.entities || []).map((e) =>
      `<li>${escapeHtml(e.text)} <span class="code">${escapeHtml(e.type)} ${escapeHtml(e.actor)}</span></li>`).join('');
    $('#article-quotes').innerHTML = (a.quotes || []).map((q) =>
      `<li><strong>${escapeHtml(q.speaker?.text)}</strong> (${escapeHtml(q.cue)}): «${escapeHtml(q.text)}»</li>`).join('');
    for (const tab of ['search', 'events', 'stories']) $(`#tab-${tab}`).hidden = true;
    $('#article').hidden = false;
    window.scrollTo(0, 0);
  } catch (error) {
    alert(error.message);
  }
}

async function init() {
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-article]');
    if (link) { event.preventDefault(); showArticle(link.dataset.article); }
    const tab = event.target.closest('nav button');
    if (tab) showTab(tab.dataset.tab);
  });
  $('#back').addEventListener('click', () => {
    const active = document.querySelector('nav button.active')?.dataset.tab || 'search';
    showTab(active);
  });
  $('#search-form').addEventListener('submit', search);
  $('#events-form').addEventListener('submit', loadEvents);
  try {
    const [en, ar] = await Promise.all([getJson('/api/cameo'), getJson('cameo-ar.json')]);
    cameo.en = en; cameo.ar = ar;
  } catch (error) { /* names are a nicety */ }
  try {
    const s = await getJson('/api/stats');
    $('#stats').textContent = `${s.articles} مقالة · ${s.events} حدثاً · ${s.corpus_events} حدثاً موحداً · ` +
      `${s.stories} قصة · ${s.duplicate_groups} مجموعة مكررات · ${s.quotes} اقتباساً`;
  } catch (error) {
    $('#stats').textContent = error.message;
  }
  search();
}

init();
