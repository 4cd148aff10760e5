// Sitrep map: markers by event type, a timeline whose brush filters the map, filters, an evidence panel,
// the view in the URL hash, and export of the current selection. Works offline: every library is vendored.
(function () {
  'use strict';
  const COLORS = {
    'Battles': '#d7301f', 'Explosions/Remote violence': '#fc8d59', 'Violence against civilians': '#7b3294',
    'Protests': '#1a9850', 'Riots': '#66bd63', 'Strategic developments': '#3182bd'
  };
  const state = readHash();
  let events = [];

  const map = L.map('map', { worldCopyJump: true, maxZoom: 12, minZoom: 2 }).setView([state.lat ?? 30, state.lon ?? 30], state.z ?? 3);
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(clusters);

  fetch('vendor/world-atlas/countries-50m.json').then(r => r.json()).then(world => {
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: '#8a9aa6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false
    }).addTo(map).bringToBack();
  });

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    div.innerHTML = Object.entries(COLORS).map(([t, c]) => `<div><i style="background:${c}"></i>${t}</div>`).join('');
    return div;
  };
  legend.addTo(map);

  const $ = id => document.getElementById(id);
  $('type').value = state.type ?? '';
  $('actor').value = state.actor ?? '';
  $('q').value = state.q ?? '';
  for (const id of ['type', 'actor', 'q']) $(id).addEventListener('change', () => { state[id] = $(id).value || undefined; reload(); });
  $('incidents').checked = state.incidents === '1';
  $('incidents').addEventListener('change', () => { state.incidents = $('incidents').checked ? '1' : undefined; reload(); });
  $('filters').addEventListener('submit', e => e.preventDefault());
  $('clear').addEventListener('click', () => {
    for (const id of ['type', 'actor', 'q']) { $(id).value = ''; state[id] = undefined; }
    state.from = state.to = undefined;
    reload();
  });
  $('close-panel').addEventListener('click', () => { $('panel').hidden = true; state.event = state.incident = undefined; writeHash(); });
  map.on('moveend', () => { const c = map.getCenter(); state.lat = +c.lat.toFixed(3); state.lon = +c.lng.toFixed(3); state.z = map.getZoom(); writeHash(); });

  function params(includeDates) {
    const p = new URLSearchParams();
    for (const k of ['type', 'actor', 'q']) if (state[k]) p.set(k, state[k]);
    if (includeDates && state.from) p.set('from', state.from);
    if (includeDates && state.to) p.set('to', state.to);
    return p;
  }

  async function reload() {
    writeHash();
    const p = params(true);
    p.set('limit', '5000');
    // incidents: one marker per cluster, its reports merged
    const kind = state.incidents === '1' ? 'incidents' : 'events';
    const res = await fetch(`api/${kind}?` + p);
    if (!res.ok) { $('count').textContent = 'error: ' + (await res.json()).detail; return; }
    events = (await res.json())[kind];
    clusters.clearLayers();
    const markers = [];
    for (const item of events) {
      const e = item.event, loc = e.location;
      if (!loc) continue;
      const m = L.circleMarker([loc.lat, loc.lon], { radius: 7, color: '#222', weight: 1, fillColor: COLORS[e.event_type] ?? '#999', fillOpacity: 0.9 });
      m.eventId = item.id;
      m.on('add', () => m.getElement()?.setAttribute('data-event', item.id));
      m.bindTooltip(`${e.sub_event_type} — ${loc.name}${e.date ? ', ' + e.date : ''}${e.reports > 1 ? ` (${e.reports} reports)` : ''}`);
      m.on('click', () => kind === 'incidents' ? openIncident(item) : openEvent(item.id));
      markers.push(m);
    }
    clusters.addLayers(markers);
    document.body.dataset.markers = markers.length;
    $('count').textContent = `${events.length} ${kind}`;
    $('range').textContent = state.from || state.to ? `${state.from ?? '…'} – ${state.to ?? '…'}` : 'all dates';
    const exp = params(true);
    exp.set('format', 'geojson'); exp.set('limit', '5000');
    $('export-geojson').href = `api/${kind}?` + exp;
    $('export-csv').href = 'data:text/csv;charset=utf-8,' + encodeURIComponent(toCsv(events));
    await timeline();
    if (state.event) openEvent(state.event);
    else if (state.incident) { const i = events.find(x => x.id === state.incident); if (i) openIncident(i); }
  }

  function toCsv(items) {
    const cols = ['id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'fatalities', 'evidence'];
    const esc = v => { v = v == null ? '' : String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
    const rows = items.map(({ id, event: e }) => [id, e.date, e.event_type, e.sub_event_type, e.actor1?.name, e.actor2?.name, e.location?.name,
      e.location?.lat, e.location?.lon, e.fatalities, e.evidence?.text].map(esc).join(','));
    return [cols.join(','), ...rows].join('\n');
  }

  let plot = null;
  async function timeline() {
    // the histogram shows every date for the current filters; the brush picks the range the map shows
    const res = await fetch('api/stats?' + params(false));
    const stats = await res.json();
    const perDay = new Map();
    for (const d of stats.by_day) perDay.set(d.date, (perDay.get(d.date) ?? 0) + d.count);
    const days = [...perDay.keys()].sort();
    const xs = days.map(d => Date.parse(d + 'T00:00:00Z') / 1000), ys = days.map(d => perDay.get(d));
    if (xs.length === 1) { xs.unshift(xs[0] - 86400); ys.unshift(0); xs.push(xs[xs.length - 1] + 86400); ys.push(0); }
    const el = $('timeline');
    const opts = {
      width: el.clientWidth || 600, height: 110,
      scales: { x: { time: true } },
      series: [{}, { label: 'events', stroke: '#3182bd', fill: '#3182bd55', paths: uPlot.paths.bars({ size: [0.9, 12] }) }],
      axes: [{}, { size: 35 }],
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: {
        setSelect: [u => {
          if (u.select.width < 3) return;
          const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
          state.from = new Date(a * 1000).toISOString().slice(0, 10);
          state.to = new Date(b * 1000).toISOString().slice(0, 10);
          u.setSelect({ left: 0, width: 0 }, false);
          reload();
        }]
      }
    };
    if (plot) plot.destroy();
    plot = new uPlot(opts, [xs, ys], el);
  }

  const esc = s => String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const actor = a => a ? `${esc(a.name)}${a.country ? ' (' + esc(a.country) + ')' : ''}${a.inter ? ', inter ' + a.inter : ''}` : '—';

  // an incident: the merged fields, each naming the report it came from, and every report's evidence
  function openIncident(item) {
    const e = item.event, from = e.from ?? {};
    state.incident = item.id; state.event = undefined; writeHash();
    const src = f => from[f] ? ` <a href="#" class="from" data-id="${esc(from[f])}" title="the report this comes from">[${esc(from[f])}]</a>` : '';
    const rows = [
      ['Type', `${esc(e.event_type)} / ${esc(e.sub_event_type)}${src('event_type')}`],
      ['Date', (e.date ? `${esc(e.date)} (precision ${e.time_precision})` : `unknown — ${esc(e.date_note)}`) + src('date')],
      ['Actor 1', actor(e.actor1) + src('actor1')], ['Actor 2', actor(e.actor2) + src('actor2')],
      ['Location', (e.location ? `${esc(e.location.name)} (${e.location.lat}, ${e.location.lon}), geo precision ${e.location.geo_precision}` : '—') + src('location')],
      ['Fatalities', (e.fatalities ?? 'not reported') + src('fatalities')], ['Weapon', esc(e.weapon ?? '—') + src('weapon')],
      ['Sources', esc((e.sources ?? []).join('; ') || '—')], ['Reports', `${e.reports}${e.mentions ? ` (and ${e.mentions} ${e.mentions > 1 ? 'stories' : 'story'} mentioning it as context)` : ''}: ${(e.documents ?? []).map(esc).join(', ')}`]
    ];
    const evidence = (e.evidence_all ?? []).map(v => `<li><mark class="evidence">${esc(v.text)}</mark> — <a href="#" data-id="${esc(v.event)}">${esc(v.document)}</a></li>`).join('');
    $('panel-body').innerHTML = `<h2>Incident: ${esc(e.sub_event_type)}</h2>
      <p class="evidence-sentence">${esc(e.evidence?.text)}</p>
      <dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
      <p>Evidence of its reports:</p><ul class="incident-evidence">${evidence}</ul>`;
    for (const a of $('panel-body').querySelectorAll('a[data-id]')) a.addEventListener('click', ev => { ev.preventDefault(); openEvent(a.dataset.id); });
    $('panel').hidden = false;
  }

  async function openEvent(id) {
    const res = await fetch('api/events/' + encodeURIComponent(id));
    if (!res.ok) return;
    const d = await res.json();
    const e = d.event;
    state.event = id; state.incident = undefined; writeHash();
    const rows = [
      ['Type', `${esc(e.event_type)} / ${esc(e.sub_event_type)} (PLOVER ${esc(e.plover)})`],
      ['Date', e.date ? `${esc(e.date)} (precision ${e.time_precision})` : `unknown — ${esc(e.date_note)}`],
      ['Actor 1', actor(e.actor1)], ['Actor 2', actor(e.actor2)],
      ['Location', e.location ? `${esc(e.location.name)} (${e.location.lat}, ${e.location.lon}), geo precision ${e.location.geo_precision}` : '—'],
      ['Fatalities', e.fatalities ?? 'not reported'], ['Weapon', esc(e.weapon ?? '—')], ['Modality', esc(e.modality)],
      ['Sources', esc((e.sources ?? []).join('; ') || '—')], ['Confidence', e.confidence],
      ['Reports', `${1 + d.reports.length} (cluster ${esc(d.cluster_id)})`]
    ];
    const text = d.document.text;
    // evidence sentences in yellow; inside them, the words that support each field are underlined and labelled
    const fields = Object.entries(e.spans ?? {}).map(([field, [start, end]]) => ({ start, end, field }));
    const sentences = (e.evidence_all ?? [e.evidence]).map((s, i) => ({ start: s.start, end: s.end, main: i === 0 })).sort((a, b) => a.start - b.start);
    const inner = (from, to) => {
      let out = '', p = from;
      for (const f of fields.filter(f => f.start >= from && f.end <= to).sort((a, b) => a.start - b.start)) {
        if (f.start < p) continue;
        out += esc(text.slice(p, f.start)) + `<span class="field field-${f.field}" title="${f.field}">${esc(text.slice(f.start, f.end))}</span>`;
        p = f.end;
      }
      return out + esc(text.slice(p, to));
    };
    let html = '', pos = 0;
    for (const s of sentences) {
      if (s.start < pos) continue;
      html += esc(text.slice(pos, s.start)) + `<mark class="evidence${s.main ? ' main' : ''}">${inner(s.start, s.end)}</mark>`;
      pos = s.end;
    }
    html += esc(text.slice(pos));
    const others = d.reports.map(r => `<li><a href="#" data-id="${esc(r.id)}">${esc(r.document)}</a> — ${esc(r.event.sub_event_type)}, ${esc(r.event.date ?? 'undated')}</li>`).join('');
    $('panel-body').innerHTML = `<h2>${esc(e.sub_event_type)}</h2>
      <p class="evidence-sentence">${esc(e.evidence.text)}</p>
      <p class="field-legend">Underlined in the article: ${Object.keys(e.spans ?? {}).map(f => `<span class="field field-${f}">${f}</span>`).join(' ')}</p>
      <dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
      <p><strong>${esc(d.document.title ?? d.document.key)}</strong>${d.document.url ? ` — <a href="${esc(d.document.url)}">source</a>` : ''}${d.document.published ? `, published ${esc(d.document.published)}` : ''}</p>
      ${others ? `<p>Other reports of this event:</p><ul>${others}</ul>` : ''}
      <div class="article">${html}</div>`;
    for (const a of $('panel-body').querySelectorAll('a[data-id]')) a.addEventListener('click', ev => { ev.preventDefault(); openEvent(a.dataset.id); });
    $('panel').hidden = false;
    $('panel-body').querySelector('mark.main')?.scrollIntoView({ block: 'center' });
  }

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    const s = {};
    for (const [k, v] of p) s[k] = ['lat', 'lon', 'z'].includes(k) ? Number(v) : v;
    return s;
  }

  function writeHash() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v !== undefined && v !== '' && !Number.isNaN(v)) p.set(k, v);
    history.replaceState(null, '', '#' + p);
  }

  // a small handle for scripting and tests: reload, open an event, zoom onto a point
  window.sitrep = { reload, openEvent, openIncident, state, get events() { return events; }, zoomTo: (lat, lon) => { map.setView([lat, lon], map.getMaxZoom()); },
    showMarker: id => new Promise(done => {
      const m = clusters.getLayers().find(l => l.eventId === id);
      if (!m) return done(false);
      // zoomToShowLayer answers only once the map has moved: a marker already in view, on a map that need not move, would
      // never answer
      if (clusters.getVisibleParent(m) === m && map.getBounds().contains(m.getLatLng())) return done(true);
      let answered = false;
      const answer = v => { if (!answered) { answered = true; done(v); } };
      clusters.zoomToShowLayer(m, () => answer(true));
      // (and may not answer at all, e.g. after the layer was rebuilt mid-animation: then go there directly, opening the cluster's spider)
      setTimeout(() => {
        if (answered) return;
        if (clusters.getVisibleParent(m) !== m) {
          map.setView(m.getLatLng(), map.getMaxZoom(), { animate: false });
          const parent = clusters.getVisibleParent(m);
          if (parent && parent !== m && parent.spiderfy) parent.spiderfy();
        }
        setTimeout(() => answer(clusters.getVisibleParent(m) === m || !!m.getElement()), 500);
      }, 3000);
    }) };
  reload();
})();
