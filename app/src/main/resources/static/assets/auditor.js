/*
 * The auditor view: find an order by number or id, read its event history (who did what, when,
 * through which channel), rebuild the order as it stood at any instant, and download its events as
 * JSON lines or CSV. Deep link: /auditor.html#order=<id>. Open to auditors and admins.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;
  const me = K.requireRole('AUDITOR', 'ADMIN');
  if (!me) return;

  K.header(K.t('audit.title'), [[K.t('audit.find'), '/auditor.html']]);
  document.getElementById('auditor-page').hidden = false;
  const $ = function (id) { return document.getElementById(id); };
  const CHANNELS = { API: 'API', WHATSAPP: 'WhatsApp', PORTAL: K.t('channel.portal'), SYSTEM: K.t('channel.system'), DEMO_DATA: K.t('by.demo'), CLI: K.t('channel.cli') };
  const current = { id: null, order: null, events: [], generation: 0 };

  // ---- finding an order ---------------------------------------------------------------------------

  $('search-form').addEventListener('submit', async function (e) {
    e.preventDefault();
    const q = $('search-q').value.trim();
    const box = $('search-results');
    box.replaceChildren(el('li', { class: 'muted' }, K.t('audit.searching')));
    try {
      const matches = await K.api('GET', '/v1/audit/orders?q=' + encodeURIComponent(q));
      box.replaceChildren();
      if (!matches.length) {
        box.appendChild(el('li', { id: 'no-match', class: 'refused' }, K.t('audit.noMatch', q)));
        return;
      }
      matches.forEach(function (m) {
        box.appendChild(el('li', { dataset: { orderId: m.orderId } },
          el('a', { href: '#order=' + encodeURIComponent(m.orderId) }, m.orderNumber), ' ', fmt.status(m.status),
          el('span', { class: 'muted' }, ' · ' + (m.buyerName || m.buyerId) + ' → ' + (m.vendorName || m.vendorId) +
            ' · ' + fmt.npr(m.totalAmount) + ' · ' + fmt.time(m.createdAt))));
      });
      if (matches.length === 1) go(matches[0].orderId);
    } catch (err) {
      box.replaceChildren(el('li', { class: 'refused' }, K.errorText(err)));
    }
  });

  function go(id) {
    if (wantedOrder() === id) showOrder(id); else location.hash = 'order=' + encodeURIComponent(id);
  }

  function wantedOrder() {
    const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
    return hash.get('order') || new URLSearchParams(location.search).get('order');
  }

  // ---- one order's history -------------------------------------------------------------------------

  async function showOrder(id) {
    const generation = ++current.generation;
    current.id = id; current.order = null; current.events = [];
    const section = $('audit-order');
    if (!id) { section.classList.add('hidden'); return; }
    section.classList.remove('hidden');
    $('order-head').replaceChildren(el('p', { class: 'muted' }, K.t('audit.loading', id)));
    $('events').replaceChildren(); $('related-events').replaceChildren(); $('state').replaceChildren();
    $('related-count').textContent = '0';
    const path = '/v1/audit/orders/' + encodeURIComponent(id);
    const [trail, order] = await Promise.allSettled([K.api('GET', path + '/events'), K.api('GET', '/v1/orders/' + encodeURIComponent(id))]);
    if (generation !== current.generation) return;
    if (trail.status === 'rejected') {
      const e = trail.reason;
      $('order-head').replaceChildren(el('div', { id: 'audit-missing', class: 'refused' },
        el('h2', {}, e.status === 404 ? K.t('audit.noSuchOrder') : K.t('audit.historyFailed')),
        el('p', {}, e.status === 404 ? K.t('audit.noId', id) : K.errorText(e))));
      return;
    }
    current.order = order.status === 'fulfilled' ? order.value : null;
    current.events = trail.value.events;
    renderHead(id, current.order);
    renderEvents($('events'), trail.value.events, true);
    renderEvents($('related-events'), trail.value.relatedEvents, false);
    $('related-count').textContent = String(trail.value.relatedEvents.length);
    await showState(null);
  }

  function renderHead(id, order) {
    const number = order ? order.orderNumber : id;
    $('order-head').replaceChildren(
      el('div', { class: 'head' },
        el('h1', {}, K.t('order.order') + ' ', el('span', { id: 'audit-number' }, number)),
        order ? el('span', {}, K.t('audit.now') + ' ', el('span', { id: 'status-now' }, fmt.status(order.status))) : null),
      el('dl', { class: 'facts' },
        el('dt', {}, K.t('audit.orderId')), el('dd', { id: 'audit-order-id' }, id),
        order ? [el('dt', {}, K.t('order.buyer')), el('dd', {}, (order.buyerName || '') + ' (' + order.buyerId + ')'),
          el('dt', {}, K.t('buyer.vendor')), el('dd', {}, (order.vendorName || '') + ' (' + order.vendorId + ')'),
          el('dt', {}, K.t('invoice.total')), el('dd', {}, fmt.npr(order.totalAmount) + ' · ' + K.t('audit.paid', fmt.npr(order.paidAmount)))] : null),
      el('div', { class: 'exports' },
        el('button', { type: 'button', class: 'secondary', id: 'export-jsonl', onclick: function () { download(id, 'jsonl'); } }, K.t('audit.downloadJsonl')),
        el('button', { type: 'button', class: 'secondary', id: 'export-csv', onclick: function () { download(id, 'csv'); } }, K.t('audit.downloadCsv')),
        el('span', { id: 'export-result' })));
  }

  function renderEvents(list, events, own) {
    list.replaceChildren.apply(list, events.map(function (e) {
      const item = el('li', {
        dataset: { seq: String(e.sequenceNumber), type: e.type, timestamp: e.timestamp, aggregate: e.aggregateId },
        title: own ? K.t('audit.showAfter') : null
      },
        el('div', {}, el('span', { class: 'type' }, K.eventName(e.type)), own ? ' #' + e.sequenceNumber : ' · ' + e.aggregateId),
        el('div', { class: 'when' }, el('time', { datetime: e.timestamp, title: e.timestamp }, longTime(e.timestamp))),
        el('div', { class: 'who' }, who(e.actor), ' ', el('span', { class: 'channel', dataset: { channel: (e.actor && e.actor.channel) || '' } },
          CHANNELS[e.actor && e.actor.channel] || (e.actor && e.actor.channel) || K.t('audit.unknownChannel'))),
        el('details', {}, el('summary', {}, K.t('audit.details')),
          el('pre', {}, JSON.stringify({ payload: e.payload, eventId: e.eventId, correlationId: e.correlationId, causationId: e.causationId }, null, 2))));
      if (own) {
        item.addEventListener('click', function (ev) {
          if (ev.target.closest('details')) return;
          showState(e.timestamp);
        });
      }
      return item;
    }));
  }

  /** Who caused an event, by name where the order names them, with the role and on whose behalf. */
  function who(actor) {
    if (!actor || !actor.userId) return K.t('audit.unknown');
    const o = current.order;
    let name = actor.userId;
    if (actor.userId === 'system' || actor.role === 'SYSTEM') name = K.t('audit.khaachoSystem');
    else if (o && actor.userId === o.buyerId) name = (o.buyerName || K.t('role.BUYER')) + ' (' + K.t('role.BUYER') + ')';
    else if (o && actor.userId === o.vendorId) name = (o.vendorName || K.t('role.VENDOR')) + ' (' + K.t('role.VENDOR') + ')';
    else if (actor.role) name = (K.has('role.' + actor.role) ? K.t('role.' + actor.role) : actor.role.toLowerCase()) + ' ' + actor.userId;
    if (actor.onBehalfOf) {
      const behalf = o && actor.onBehalfOf === o.buyerId ? K.t('access.buyer') : o && actor.onBehalfOf === o.vendorId ? K.t('audit.theVendor') : actor.onBehalfOf;
      name += ', ' + K.t('audit.reactingTo', behalf);
    }
    return name;
  }

  // ---- the order at an instant ---------------------------------------------------------------------

  $('as-of-form').addEventListener('submit', function (e) {
    e.preventDefault();
    const value = $('as-of').value;
    if (!value) return;
    const at = new Date(value);
    if (isNaN(at.getTime())) { K.notice(K.t('audit.notDate'), 'error'); return; }
    showState(at.toISOString());
  });
  $('state-now').addEventListener('click', function () { showState(null); });

  /** Rebuilds the order at the instant (ISO-8601, or null for now) and marks the events it includes. */
  async function showState(asOf) {
    const id = current.id;
    const generation = current.generation;
    const box = $('state');
    box.replaceChildren(el('p', { class: 'muted' }, K.t('audit.rebuilding')));
    let state;
    try {
      state = await K.api('GET', '/v1/audit/orders/' + encodeURIComponent(id) + '/state' + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''));
    } catch (e) {
      if (generation !== current.generation) return;
      box.replaceChildren(el('p', { class: 'refused', id: 'state-error' }, K.errorText(e)));
      markEvents(-1, null);
      return;
    }
    if (generation !== current.generation) return;
    $('as-of').value = localInput(asOf || state.asOf);
    const facts = [
      [K.t('buyer.status'), fmt.status(state.status)],
      [K.t('audit.asOf'), longTime(state.asOf)],
      [K.t('audit.lastEvent'), '#' + state.lastSequence + ' · ' + longTime(state.lastEventAt)],
      [K.t('invoice.total'), fmt.npr(state.totalAmount)],
      [K.t('order.paid'), fmt.npr(state.paidAmount)],
      [K.t('order.terms'), fmt.terms(state.paymentTerms)],
      [K.t('buyer.delivery'), state.deliveryDate ? fmt.bsAd(state.deliveryDate) : '—'],
      [K.t('buyer.due'), state.dueDate ? fmt.bsAd(state.dueDate) + (state.overdue ? ' (' + K.t('order.overdue') + ')' : '') : '—']
    ];
    if (state.vendorRespondBy) facts.push([K.t('audit.answerBy'), longTime(state.vendorRespondBy)]);
    if (state.reason) facts.push([K.t('order.reason'), state.reason]);
    if (state.deliveryAddress) facts.push([K.t('buyer.address'), state.deliveryAddress]);
    box.replaceChildren(
      el('div', { id: 'state-of', dataset: { status: state.status, lastSequence: String(state.lastSequence), asOf: state.asOf } },
        el('dl', { class: 'facts' }, facts.map(function (f, n) {
          return [el('dt', {}, f[0]), el('dd', n === 0 ? { id: 'state-status' } : {}, f[1])];
        })),
        el('div', { class: 'table-wrap' }, el('table', { id: 'state-lines' },
          el('thead', {}, el('tr', {}, el('th', {}, K.t('lines.item')), el('th', { class: 'num' }, K.t('lines.qty')), el('th', { class: 'num' }, K.t('lines.price')))),
          el('tbody', {}, state.lines.map(function (l) {
            return el('tr', {}, el('td', {}, l.name || l.sku, el('div', { class: 'muted' }, l.sku || '')),
              el('td', { class: 'num' }, fmt.qty(l.quantity) + ' ' + (l.unit || '')), el('td', { class: 'num' }, fmt.npr(l.unitPrice)));
          }))))));
    markEvents(state.lastSequence, asOf);
  }

  function markEvents(lastSequence, asOf) {
    document.querySelectorAll('#events li').forEach(function (li) {
      const seq = Number(li.dataset.seq);
      li.classList.toggle('included', seq <= lastSequence);
      li.classList.toggle('later', seq > lastSequence);
      li.classList.toggle('chosen', seq === lastSequence && asOf !== null);
    });
  }

  /** An instant as the datetime-local input shows it: the browser's local time, to the millisecond. */
  function localInput(iso) {
    const d = new Date(iso);
    const p = function (n, w) { return String(n).padStart(w || 2, '0'); };
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' +
      p(d.getMinutes()) + ':' + p(d.getSeconds()) + '.' + p(d.getMilliseconds(), 3);
  }

  function longTime(iso) {
    return fmt.preciseTime(iso);
  }

  // ---- export --------------------------------------------------------------------------------------

  /** Downloads the order's events: fetched with the bearer token (a plain link cannot carry it). */
  async function download(id, format) {
    const result = $('export-result');
    result.replaceChildren(el('span', { class: 'muted' }, K.t('audit.preparing')));
    try {
      const file = await K.fetchFile('/v1/audit/orders/' + encodeURIComponent(id) + '/export?format=' + format, '*/*',
        id + '-events.' + format);
      const old = $('export-link');
      if (old && old.href.startsWith('blob:')) URL.revokeObjectURL(old.href);
      const link = el('a', { id: 'export-link', href: URL.createObjectURL(file.blob), download: file.name, dataset: { format: format } }, file.name);
      result.replaceChildren(link, el('span', { class: 'muted' }, ' · ' + Math.max(1, Math.round(file.blob.size / 1024)) + ' KB'));
      link.click();
    } catch (e) {
      result.replaceChildren(el('span', { class: 'refused' }, K.t('audit.exportFailed', K.errorText(e))));
    }
  }

  // ---- start ---------------------------------------------------------------------------------------

  function route() { const id = wantedOrder(); if (id !== current.id) showOrder(id); }
  window.addEventListener('hashchange', route);
  route();
})();
