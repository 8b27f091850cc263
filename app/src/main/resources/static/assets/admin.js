/*
 * The admin dashboard: today's and the last 30 days' figures with charts drawn as SVG (one element per
 * day, carrying its value), top products, vendor performance, overdue credit, leads, failed outbound
 * messages, invoices with the monthly sales book to download, projections and dead letters. Each panel loads on its own, so one failing read leaves the
 * others standing.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const SVG = 'http://www.w3.org/2000/svg';
  const POLL_MS = 1000;
  const MAX_POLLS = 300;

  if (!K.requireRole('ADMIN')) return;
  K.header(K.t('admin.title'), [[K.t('admin.auditorView'), '/auditor.html'], [K.t('simulator.name'), '/simulator.html']]);
  document.getElementById('dashboard').classList.remove('hidden');

  // ---- small helpers ----

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    for (let i = 2; i < arguments.length; i++) {
      const child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function box(id) { return document.getElementById(id); }

  /** Runs a panel's load; a failure shows in that panel only. */
  async function load(id, work) {
    const target = box(id);
    target.setAttribute('aria-busy', 'true');
    try {
      await work(target);
      target.dataset.load = 'loaded';
    } catch (e) {
      target.dataset.load = 'error';
      target.replaceChildren(el('p', { class: 'panel-error' }, K.t('admin.couldNotLoad', K.errorText(e))));
    } finally {
      target.removeAttribute('aria-busy');
    }
  }

  function table(headers, rows, empty) {
    if (!rows.length) return el('p', { class: 'muted empty' }, empty);
    return el('table', {},
      el('thead', {}, el('tr', {}, headers.map(function (h) {
        return el('th', { class: h[1] || null, scope: 'col' }, h[0]);
      }))),
      el('tbody', {}, rows));
  }

  function projectionHeaders() {
    return [[K.t('admin.projection')], [K.t('admin.state')], [K.t('admin.positionHead'), 'num wide'], [K.t('admin.lag'), 'num'],
      [K.t('admin.lastReplay'), 'wide'], ['']];
  }

  function projectionHeaders() {
    return [[K.t('admin.projection')], [K.t('admin.state')], [K.t('admin.positionHead'), 'num wide'], [K.t('admin.lag'), 'num'],
      [K.t('admin.lastReplay'), 'wide'], ['']];
  }

  function projectionHeaders() {
    return [[K.t('admin.projection')], [K.t('admin.state')], [K.t('admin.positionHead'), 'num wide'], [K.t('admin.lag'), 'num'],
      [K.t('admin.lastReplay'), 'wide'], ['']];
  }

  function projectionHeaders() {
    return [[K.t('admin.projection')], [K.t('admin.state')], [K.t('admin.positionHead'), 'num wide'], [K.t('admin.lag'), 'num'],
      [K.t('admin.lastReplay'), 'wide'], ['']];
  }

  function cell(content, cls) { return el('td', { class: cls || null }, content); }

  function shortDay(day) {
    return new Date(day + 'T00:00:00').toLocaleDateString(K.fmt.locale(), { day: 'numeric', month: 'short' });
  }

  function duration(seconds) {
    if (seconds == null) return '—';
    const s = Math.round(Number(seconds));
    if (s < 60) return K.t('time.seconds', s);
    const m = Math.floor(s / 60);
    if (m < 60) return K.t('time.minutes', m) + (s % 60 ? ' ' + K.t('time.seconds', s % 60) : '');
    return K.t('time.hours', Math.floor(m / 60)) + (m % 60 ? ' ' + K.t('time.minutes', m % 60) : '');
  }

  function percent(rate) {
    return rate == null ? '—' : (Number(rate) * 100).toFixed(1).replace(/\.0$/, '') + ' %';
  }

  function count(n) { return Number(n).toLocaleString('en-IN'); }

  function clip(text, max) {
    const s = String(text || '');
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  }

  // ---- figures and charts ----

  function figures(id, f) {
    const items = [
      ['orders', K.t('vendor.orders'), count(f.orders)],
      ['standingOrders', K.t('admin.standing'), count(f.standingOrders)],
      ['confirmed', K.t('statusName.CONFIRMED'), count(f.confirmed)],
      ['delivered', K.t('statusName.DELIVERED'), count(f.delivered)],
      ['revenue', K.t('admin.revenue'), K.fmt.npr(f.revenue)],
      ['averageOrderValue', K.t('admin.averageOrder'), K.fmt.npr(f.averageOrderValue)],
      ['distinctBuyers', K.t('admin.buyers'), count(f.distinctBuyers)],
      ['distinctVendors', K.t('admin.vendors'), count(f.distinctVendors)]
    ];
    box(id).replaceChildren.apply(box(id), items.map(function (i) {
      return el('div', { class: 'tile', dataset: { figure: i[0], value: String(f[i[0]]) } },
        el('span', { class: 'tile-label' }, i[1]), el('span', { class: 'tile-value' }, i[2]));
    }));
  }

  /**
   * Draws one value per day: bars, or a line with a point per day. Every bar or point carries
   * data-day and data-value (the API's figure), and a tooltip.
   */
  function chart(id, days, field, kind, format, today) {
    const W = 320, H = 170, LEFT = 6, RIGHT = 6, TOP = 16, BOTTOM = 20;
    const values = days.map(function (d) { return Number(d[field]); });
    const max = Math.max.apply(null, values.concat([0]));
    const scale = max > 0 ? max : 1;
    const step = (W - LEFT - RIGHT) / days.length;
    const base = H - BOTTOM;
    const y = function (v) { return TOP + (base - TOP) * (1 - v / scale); };
    const x = function (i) { return LEFT + step * i + step / 2; };

    const root = svg('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'chart-svg', role: 'img', preserveAspectRatio: 'xMidYMid meet',
      'aria-label': box(id).previousElementSibling.textContent + ', ' + K.t('admin.chartLabel', days.length, format(max)),
      'data-field': field, 'data-max': String(max)
    });
    root.appendChild(svg('line', { class: 'axis', x1: LEFT, x2: W - RIGHT, y1: base, y2: base }));
    root.appendChild(svg('line', { class: 'grid-line', x1: LEFT, x2: W - RIGHT, y1: TOP, y2: TOP }));
    root.appendChild(svg('text', { class: 'max-label', x: LEFT, y: TOP - 4 }, K.t('admin.max', format(max))));

    if (kind === 'bars') {
      days.forEach(function (d, i) {
        const v = values[i];
        root.appendChild(svg('rect', {
          class: 'bar' + (d.day === today ? ' today' : ''), x: (LEFT + step * i + step * 0.15).toFixed(2),
          y: y(v).toFixed(2), width: (step * 0.7).toFixed(2), height: (base - y(v)).toFixed(2),
          'data-day': d.day, 'data-value': String(d[field])
        }, svg('title', {}, shortDay(d.day) + ': ' + format(d[field]))));
      });
    } else {
      root.appendChild(svg('polyline', {
        class: 'line', points: values.map(function (v, i) { return x(i).toFixed(2) + ',' + y(v).toFixed(2); }).join(' ')
      }));
      days.forEach(function (d, i) {
        root.appendChild(svg('circle', {
          class: 'point' + (d.day === today ? ' today' : ''), cx: x(i).toFixed(2), cy: y(values[i]).toFixed(2),
          r: d.day === today ? 3.5 : 2.2, 'data-day': d.day, 'data-value': String(d[field])
        }, svg('title', {}, shortDay(d.day) + ': ' + format(d[field]))));
      });
    }
    [0, Math.floor((days.length - 1) / 2), days.length - 1].forEach(function (i, n) {
      if (!days[i]) return;
      root.appendChild(svg('text', {
        class: 'day-label', x: x(i).toFixed(2), y: H - 5, 'text-anchor': n === 0 ? 'start' : n === 2 ? 'end' : 'middle'
      }, shortDay(days[i].day)));
    });

    const last = days.find(function (d) { return d.day === today; });
    box(id).replaceChildren(root, el('p', { class: 'chart-today', dataset: { day: today, value: last ? String(last[field]) : '' } },
      K.t('admin.todayColon') + ' ', el('strong', {}, last ? format(last[field]) : '—')));
  }

  async function loadAnalytics() {
    await load('today-figures', async function () {
      const d = await K.api('GET', '/v1/analytics/dashboard');
      box('today-day').textContent = K.fmt.bsAd(d.today.day);
      box('month-range').textContent = K.fmt.bsAd(d.last30Days.from) + ' – ' + K.fmt.bsAd(d.last30Days.to);
      figures('today-figures', d.today);
      figures('month-figures', d.last30Days);
      chart('chart-orders', d.days, 'orders', 'bars', count, d.today.day);
      chart('chart-revenue', d.days, 'revenue', 'bars', K.fmt.npr, d.today.day);
      chart('chart-aov', d.days, 'averageOrderValue', 'line', K.fmt.npr, d.today.day);
    });
  }

  // ---- products and vendors ----

  async function loadProducts() {
    await load('top-products', async function (target) {
      const report = await K.api('GET', '/v1/analytics/products?limit=10');
      target.replaceChildren(table([['#'], [K.t('catalog.product')], [K.t('credit.quantity'), 'num'], [K.t('admin.revenue'), 'num']],
        report.top.map(function (p, i) {
          return el('tr', { dataset: { sku: p.sku, quantity: String(p.quantity), revenue: String(p.revenue) } },
            cell(String(i + 1)), cell([p.name, el('br'), el('span', { class: 'muted' }, p.sku)]),
            cell(K.fmt.qty(p.quantity), 'num'), cell(K.fmt.npr(p.revenue), 'num'));
        }), K.t('admin.noProducts')));
    });
  }

  async function loadVendors() {
    await load('vendors', async function (target) {
      const report = await K.api('GET', '/v1/analytics/vendors');
      target.replaceChildren(table([[K.t('buyer.vendor')], [K.t('vendor.orders'), 'num'], [K.t('statusName.CONFIRMED'), 'num wide'],
        [K.t('admin.rejectedExpired'), 'num wide'], [K.t('admin.confirmationRate'), 'num'], [K.t('admin.timeToConfirm'), 'num'], [K.t('admin.revenue'), 'num']],
      report.vendors.map(function (v) {
        return el('tr', {
          dataset: {
            vendorId: v.vendorId, orders: String(v.orders),
            confirmationRate: v.confirmationRate == null ? '' : String(v.confirmationRate),
            secondsToConfirm: v.averageSecondsToConfirm == null ? '' : String(v.averageSecondsToConfirm)
          }
        },
        cell(v.name || v.vendorId), cell(count(v.orders), 'num'), cell(count(v.confirmed), 'num wide'),
        cell(count(v.rejected) + ' / ' + count(v.expired), 'num wide'),
        cell(percent(v.confirmationRate), 'num rate'), cell(duration(v.averageSecondsToConfirm), 'num'),
        cell(K.fmt.npr(v.revenue), 'num'));
      }), K.t('admin.noVendors')));
    });
  }

  // ---- credit and leads ----

  async function loadOverdue() {
    await load('overdue', async function (target) {
      const buyers = await K.api('GET', '/v1/admin/credit/overdue');
      target.replaceChildren(table([[K.t('order.buyer')], [K.t('credit.overdue'), 'num'], [K.t('vendor.orders'), 'num'], [K.t('admin.oldestDue')],
        [K.t('admin.outstandingLimit'), 'num wide']],
      buyers.map(function (b) {
        return el('tr', { dataset: { buyerId: b.buyerId, overdue: String(b.overdue) } },
          cell([b.businessName || b.buyerId, el('br'), el('span', { class: 'muted' }, (b.phone || '') + (b.paymentTerms ? ' · ' + b.paymentTerms : ''))]),
          cell(K.fmt.npr(b.overdue), 'num bad'), cell(count(b.overdueOrders), 'num'), cell(K.fmt.bsAd(b.oldestDueDate)),
          cell(K.fmt.npr(b.outstanding) + ' / ' + K.fmt.npr(b.creditLimit), 'num wide'));
      }), K.t('admin.noOverdue')));
    });
  }

  /** What each vendor is owed, by age past the due date, with days sales outstanding and what reminders collected. */
  async function loadReceivables() {
    await load('receivables', async function (target) {
      const r = await K.api('GET', '/v1/admin/receivables');
      target.replaceChildren(table([[K.t('buyer.vendor')], [K.t('admin.outstanding'), 'num'], [K.t('admin.notYetDue'), 'num'],
        [K.t('admin.overdueDays', '0–30'), 'num'], [K.t('admin.overdueDays', '31–60'), 'num'], [K.t('admin.overdueDays', '61–90'), 'num'],
        [K.t('admin.overdueDays', '90+'), 'num'], [K.t('admin.dso'), 'num'], [K.t('admin.reminderCollected'), 'num wide']],
      r.vendors.map(function (v) {
        const o = v.overdue;
        return el('tr', { dataset: { vendorId: v.vendorId, outstanding: String(v.outstanding), dso: v.dso === null ? '' : String(v.dso) } },
          cell(v.vendorName), cell(K.fmt.npr(v.outstanding), 'num outstanding'), cell(K.fmt.npr(v.notYetDue), 'num'),
          cell(K.fmt.npr(o.days0to30), 'num' + (Number(o.days0to30) > 0 ? ' bad' : '')),
          cell(K.fmt.npr(o.days31to60), 'num' + (Number(o.days31to60) > 0 ? ' bad' : '')),
          cell(K.fmt.npr(o.days61to90), 'num' + (Number(o.days61to90) > 0 ? ' bad' : '')),
          cell(K.fmt.npr(o.over90), 'num' + (Number(o.over90) > 0 ? ' bad' : '')),
          cell(v.dso === null ? '—' : K.t('admin.days', v.dso), 'num dso'),
          cell(K.t('admin.collected', K.fmt.npr(v.reminders.collected), v.reminders.followedByPayment, v.reminders.sent), 'num wide'));
      }), K.t('admin.noReceivables')));
    });
  }

  /**
   * Money paid but not matched to an order, per buyer; an admin applies it to what the buyer owes, or records
   * its refund (with how it was paid back).
   */
  async function loadHeld() {
    await load('held', async function (target) {
      const held = await K.api('GET', '/v1/admin/payments/unapplied');
      target.replaceChildren(table([[K.t('order.buyer')], [K.t('admin.held'), 'num'], [K.t('admin.since')], [K.t('admin.heldAction')]],
        held.map(function (h) {
          const note = el('input', { class: 'refund-note', required: true, maxlength: '500', placeholder: K.t('admin.refundNote'),
            'aria-label': K.t('admin.refundNote') });
          const button = el('button', { type: 'button', class: 'secondary refund', dataset: { buyerId: h.buyerId } }, K.t('admin.refund'));
          button.addEventListener('click', function () { refund(h, note, button); });
          const apply = el('button', { type: 'button', class: 'secondary apply-held', dataset: { buyerId: h.buyerId } },
            K.t('admin.applyHeld'));
          apply.addEventListener('click', function () { applyHeld(h, apply); });
          return el('tr', { dataset: { buyerId: h.buyerId, held: String(h.balance) } },
            cell([h.buyerName || h.buyerId, el('br'), el('span', { class: 'muted' }, h.phone || '')]),
            cell(K.fmt.npr(h.balance), 'num'), cell(K.fmt.time(h.updatedAt)), cell([apply, ' ', note, ' ', button]));
        }), K.t('admin.noHeld')));
    });
  }

  async function refund(h, note, button) {
    if (!note.value.trim()) { note.focus(); K.notice(K.t('admin.refundNote'), 'error'); return; }
    button.disabled = true;
    try {
      await K.api('POST', '/v1/buyers/' + encodeURIComponent(h.buyerId) + '/refunds',
        { amount: h.balance, note: note.value.trim() }, { headers: { 'Idempotency-Key': 'refund-' + h.buyerId + '-' + h.updatedAt } });
      K.notice(K.t('admin.refunded', K.fmt.npr(h.balance), h.buyerName || h.buyerId), 'ok');
      await loadHeld();
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  async function applyHeld(h, button) {
    button.disabled = true;
    try {
      const result = await K.api('POST', '/v1/buyers/' + encodeURIComponent(h.buyerId) + '/held/apply', {},
        { headers: { 'Idempotency-Key': 'apply-' + h.buyerId + '-' + h.updatedAt } });
      K.notice(Number(result.applied) > 0 ? K.t('admin.heldApplied', K.fmt.npr(result.applied), h.buyerName || h.buyerId)
        : K.t('admin.nothingOwed', h.buyerName || h.buyerId), Number(result.applied) > 0 ? 'ok' : 'error');
      await loadHeld();
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  async function loadLeads() {
    await load('leads', async function (target) {
      const leads = await K.api('GET', '/v1/whatsapp/leads?limit=50');
      target.replaceChildren(table([[K.t('admin.phone')], [K.t('admin.firstMessage')], [K.t('admin.messages'), 'num'], [K.t('admin.lastSeen'), 'wide']],
        leads.map(function (l) {
          return el('tr', { dataset: { phone: l.phone } },
            cell([l.phone, l.profile_name ? el('br') : null, l.profile_name ? el('span', { class: 'muted' }, l.profile_name) : null]),
            cell([clip(l.first_message, 120), l.message_count > 1 ? el('br') : null,
              l.message_count > 1 ? el('span', { class: 'muted' }, K.t('admin.last', clip(l.last_message, 80))) : null]),
            cell(count(l.message_count), 'num'), cell(K.fmt.time(l.last_seen_at), 'wide'));
        }), K.t('admin.noLeads')));
    });
  }

  // ---- failed outbound messages ----

  const retried = {};

  function outboundStatus(row, status) {
    row.dataset.status = status;
    row.querySelector('.msg-status').replaceChildren(K.fmt.status(status));
  }

  async function retry(message, row, button) {
    button.disabled = true;
    try {
      await K.api('POST', '/v1/admin/outbound/' + message.id + '/retry');
      K.notice(K.t('admin.requeued', message.id), 'ok');
      outboundStatus(row, 'PENDING');
      retried[message.id] = row;
      watchRetried();
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  let watching = false;
  /** Follows messages sent again until each is no longer pending (sent, or failed once more). */
  async function watchRetried() {
    if (watching) return;
    watching = true;
    try {
      for (let i = 0; i < MAX_POLLS && Object.keys(retried).length; i++) {
        await new Promise(function (resolve) { setTimeout(resolve, POLL_MS); });
        const page = await K.api('GET', '/v1/admin/outbound?size=100');
        page.items.forEach(function (m) {
          const row = retried[m.id];
          if (!row) return;
          outboundStatus(row, m.status);
          if (m.status !== 'PENDING') {
            delete retried[m.id];
            const button = row.querySelector('button.retry');
            if (m.status === 'FAILED') {
              button.disabled = false;
              row.querySelector('.msg-error').textContent = clip(m.lastError, 160);
            }
          }
        });
      }
    } catch (e) {
      K.notice(K.errorText(e), 'error');
    } finally {
      watching = false;
    }
  }

  async function loadOutbound() {
    await load('outbound', async function (target) {
      const page = await K.api('GET', '/v1/admin/outbound?status=FAILED&size=50');
      target.replaceChildren(
        el('p', { class: 'muted' }, page.total ? K.t('admin.failedCount', count(page.total)) + (page.total > page.items.length ? ', ' + K.t('admin.newestShown', page.items.length) : '') : ''),
        table([['#'], [K.t('admin.to')], [K.t('admin.message'), 'wide'], [K.t('admin.error')], [K.t('admin.attempts'), 'num wide'], [K.t('buyer.status')], ['']],
          page.items.map(function (m) {
            const button = el('button', { type: 'button', class: 'retry', dataset: { id: String(m.id) } }, K.t('admin.retry'));
            const row = el('tr', { dataset: { id: String(m.id), phone: m.phone, status: m.status } },
              cell(String(m.id)), cell([m.phone, el('br'), el('span', { class: 'muted' }, (m.kind || '').replace(/_/g, ' ').toLowerCase())]),
              cell(clip(m.body, 100), 'wide body'), el('td', { class: 'msg-error' }, clip(m.lastError, 160)),
              cell(String(m.attempts), 'num wide'), el('td', { class: 'msg-status' }, K.fmt.status(m.status)), cell(button));
            button.addEventListener('click', function () { retry(m, row, button); });
            return row;
          }), K.t('admin.noFailed')));
    });
  }

  // ---- projections ----

  function projectionState(p) {
    if (p.error) return 'error';
    if (!p.running) return 'stopped';
    if (p.replaying) return 'replaying';
    return p.lag === 0 ? 'caught-up' : 'behind';
  }

  function projectionRows(list) {
    return list.map(function (p) {
      const state = projectionState(p);
      const replay = p.replay || null;
      const replayDone = replay && !p.replaying && p.lag === 0;
      const button = el('button', { type: 'button', class: 'replay secondary', dataset: { name: p.name }, disabled: p.replaying }, K.t('admin.replay'));
      button.addEventListener('click', function () { replayProjection(p.name, button); });
      return el('tr', {
        dataset: {
          name: p.name, state: state, lag: String(p.lag), position: String(p.position),
          replayStarted: replay ? String(replay.startedAt) : '', replayState: replay ? (replayDone ? 'done' : 'running') : ''
        }
      },
      cell(K.processorName(p.name)),
      cell(el('span', { class: 'status state-' + state }, K.t('projection.' + state))),
      cell(count(p.position) + ' / ' + count(p.head), 'num wide'), cell(count(p.lag), 'num'),
      cell(replay ? [K.fmt.time(replay.startedAt), el('br'), el('span', { class: 'muted' },
        (replayDone ? K.t('admin.done') : K.t('admin.running')) + ', ' + K.t('admin.eventsPerSecond', count(replay.eventsPerSecond)))] : '—', 'wide'),
      cell(button));
    });
  }

  let followingProjections = false;
  async function loadProjections(follow) {
    await load('projections', async function (target) {
      const list = await K.api('GET', '/v1/admin/projections');
      target.replaceChildren(table(projectionHeaders(), projectionRows(list), K.t('admin.noProjection')));
      const busy = list.some(function (p) { return p.replaying || p.lag > 0; });
      if (follow && busy && !followingProjections) followProjections();
    });
  }

  /** Refreshes the projections every second while one replays or lags behind. */
  async function followProjections() {
    followingProjections = true;
    try {
      for (let i = 0; i < MAX_POLLS; i++) {
        await new Promise(function (resolve) { setTimeout(resolve, POLL_MS); });
        const list = await K.api('GET', '/v1/admin/projections');
        box('projections').replaceChildren(table(projectionHeaders(), projectionRows(list), K.t('admin.noProjection')));
        if (!list.some(function (p) { return p.replaying || p.lag > 0; })) break;
      }
    } catch (e) {
      K.notice(K.errorText(e), 'error');
    } finally {
      followingProjections = false;
    }
  }

  async function replayProjection(name, button) {
    button.disabled = true;
    try {
      await K.api('POST', '/v1/admin/projections/' + encodeURIComponent(name) + '/replay');
      K.notice(K.t('admin.replayStarted', K.processorName(name)), 'ok');
      await loadProjections(false);
      if (!followingProjections) followProjections();
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  // ---- dead letters ----

  async function loadDeadLetters() {
    await load('dead-letters', async function (target) {
      const letters = await K.api('GET', '/v1/admin/dead-letters');
      const groups = {};
      letters.forEach(function (l) { (groups[l.processingGroup] = groups[l.processingGroup] || []).push(l); });
      const rows = [];
      Object.keys(groups).sort().forEach(function (group) {
        const button = el('button', { type: 'button', class: 'retry-group', dataset: { group: group } }, K.t('admin.retry'));
        button.addEventListener('click', function () { retryDeadLetters(group, button); });
        rows.push(el('tr', { class: 'group-row', dataset: { group: group, count: String(groups[group].length) } },
          el('th', { scope: 'rowgroup', colspan: '2' }, K.processorName(group) + ' · ' + K.t('admin.deadLettered', groups[group].length)), cell(button)));
        groups[group].forEach(function (l) {
          rows.push(el('tr', { class: 'letter', dataset: { group: group, eventId: l.eventId } },
            cell([K.eventName(l.eventType), el('br'), el('span', { class: 'muted' }, l.aggregateId || '')]),
            cell(clip(l.causeMessage, 160)), cell(K.fmt.time(l.enqueuedAt))));
        });
      });
      target.replaceChildren(table([[K.t('admin.event')], [K.t('admin.cause')], [K.t('admin.since')]], rows, K.t('admin.noDeadLetter')));
    });
  }

  async function retryDeadLetters(group, button) {
    button.disabled = true;
    try {
      const result = await K.api('POST', '/v1/admin/dead-letters/' + encodeURIComponent(group) + '/retry');
      K.notice(K.processorName(group) + ': ' + K.t('admin.retried', result.sequencesProcessed, result.stillDeadLettered),
        result.stillDeadLettered ? 'info' : 'ok');
    } catch (e) {
      K.notice(K.errorText(e), 'error');
    }
    await loadDeadLetters();
  }

  // ---- invoices and the books ----

  async function loadInvoices() {
    await load('invoices', async function (target) {
      const page = await K.api('GET', '/v1/invoices?size=50');
      const names = {};
      try {
        (await K.api('GET', '/v1/analytics/vendors')).vendors.forEach(function (v) { names[v.vendorId] = v.name; });
      } catch (e) { /* the ids stand in for the names */ }
      const month = box('book-month');
      if (!month.value && page.items.length) month.value = page.items[0].issuedOnBs.slice(0, 7);
      const vendors = box('book-vendor');
      const known = new Set(Array.from(vendors.options).map(function (o) { return o.value; }));
      page.items.forEach(function (i) {
        if (!known.has(i.vendorId)) {
          known.add(i.vendorId);
          vendors.appendChild(el('option', { value: i.vendorId }, names[i.vendorId] || i.vendorId));
        }
      });
      target.replaceChildren(table([[K.t('invoice.number')], [K.t('invoice.dateBsAd')], [K.t('buyer.vendor')], [K.t('order.buyer')], [K.t('invoice.vat'), 'num'], [K.t('invoice.total'), 'num'],
        [K.t('invoice.kind')], [K.t('invoice.taxOffice')]], page.items.map(function (i) {
        return el('tr', { dataset: { invoiceId: i.invoiceId, number: i.number } },
          cell(i.number), cell([K.fmt.bsText(i.issuedOnBs), el('br'), el('span', { class: 'muted' }, K.fmt.adDay(i.issuedOn))]),
          cell(names[i.vendorId] || i.vendorId), cell([i.buyerName, i.buyerPan ? el('span', { class: 'muted' }, ' ' + K.t('invoice.panOf', i.buyerPan)) : null]),
          cell(K.fmt.npr(i.vatAmount), 'num'), cell(K.fmt.npr(i.totalAmount), 'num'),
          cell(i.kind === 'CREDIT_NOTE' ? K.t('invoice.creditNoteBadge') : K.t('invoice.invoiceBadge')),
          cell(taxOfficeCell(i)));
      }), K.t('admin.noInvoice')));
      await loadTaxOfficeQueue();
    });
  }

  /** The report's state, CBMS's last answer on hover; one not accepted can be sent now (after a fix). */
  function taxOfficeCell(i) {
    if (!i.taxOfficeState) return '—';
    const state = el('span', { class: 'tax-office state-' + i.taxOfficeState.toLowerCase(), title: i.taxOfficeDetail || null },
      K.has('taxOffice.' + i.taxOfficeState) ? K.t('taxOffice.' + i.taxOfficeState) : i.taxOfficeState.toLowerCase());
    if (i.taxOfficeState !== 'REFUSED' && i.taxOfficeState !== 'RETRYING') return state;
    const button = el('button', { type: 'button', class: 'secondary send-now', dataset: { invoiceId: i.invoiceId } }, K.t('admin.sendNow'));
    button.addEventListener('click', async function () {
      button.disabled = true;
      try {
        await K.api('POST', '/v1/admin/tax-office/reports/' + encodeURIComponent(i.invoiceId) + '/send-now');
        K.notice(K.t('admin.sentNow', i.number), 'ok');
      } catch (e) {
        button.disabled = false;
        K.notice(K.errorText(e), 'error');
      }
    });
    return [state, i.taxOfficeDetail ? el('div', { class: 'muted' }, clip(i.taxOfficeDetail, 80)) : null, button];
  }

  /** How the reports to the tax office stand, where this Khaacho reports or has reports waiting. */
  async function loadTaxOfficeQueue() {
    const line = box('tax-office-queue');
    try {
      const q = await K.api('GET', '/v1/admin/tax-office');
      const waiting = q.counts.QUEUED + q.counts.RETRYING + q.counts.REFUSED;
      line.hidden = !q.enabled && !waiting;
      line.dataset.waiting = String(waiting);
      line.textContent = K.t('admin.taxOfficeQueue', waiting, q.counts.REFUSED, q.counts.ACCEPTED)
        + (q.oldestWaitingSince ? ' · ' + K.t('admin.waitingSince', K.fmt.time(q.oldestWaitingSince)) : '');
    } catch (e) {
      line.hidden = false;
      line.textContent = K.errorText(e);
    }
  }

  /** Downloads a file the API answers (it needs the token, so it is fetched, then saved from memory). */
  async function download(path, fallbackName) {
    const file = await K.fetchFile(path, '*/*', fallbackName);
    const link = el('a', { href: URL.createObjectURL(file.blob), download: file.name });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  box('sales-book').addEventListener('submit', async function (event) {
    event.preventDefault();
    const format = event.submitter && event.submitter.dataset.format || 'csv';
    const vendor = box('book-vendor').value;
    const month = box('book-month').value.trim();
    try {
      await download('/v1/invoices/books/sales?vendorId=' + encodeURIComponent(vendor) + '&month=' + encodeURIComponent(month)
        + '&format=' + format, 'sales-book-' + month + '.' + format);
      K.notice(K.t('admin.salesBookDownloaded', month), 'ok');
    } catch (e) {
      K.notice(K.errorText(e), 'error');
    }
  });

  // ---- all together ----

  async function loadAll() {
    const refresh = box('refresh');
    refresh.disabled = true;
    await Promise.all([loadAnalytics(), loadProducts(), loadVendors(), loadOverdue(), loadReceivables(), loadHeld(), loadLeads(), loadOutbound(),
      loadProjections(true), loadDeadLetters(), loadInvoices()]);
    refresh.disabled = false;
    box('updated-at').textContent = K.t('admin.asOf', new Date().toLocaleTimeString(K.fmt.locale()));
    box('dashboard').dataset.loaded = 'true';
  }

  box('refresh').addEventListener('click', loadAll);
  loadAll();
})();
