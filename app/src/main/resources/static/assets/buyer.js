/*
 * The buyer portal: the buyer's orders page by page, one order's items and tracking (live while it is
 * open), the buyer's credit, and ordering a past order's goods again. Deep link: /buyer.html#order=<id>
 * (or ?order=<id>). Everything comes from the API, which shows a buyer only their own orders.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;
  const me = K.requireRole('BUYER');
  if (!me) return;

  const PAGE_SIZE = 10;
  const TERMINAL = ['PAID', 'REJECTED', 'CANCELLED', 'EXPIRED', 'DECLINED', 'DISCARDED'];
  const list = { page: 0, status: '', pages: 1 };
  const open = { id: null, order: null, stopStream: null, generation: 0 };

  K.header('My orders', []);
  document.getElementById('buyer-page').hidden = false;
  const $ = function (id) { return document.getElementById(id); };

  // ---- orders list ----------------------------------------------------------------------------

  async function loadOrders() {
    const box = $('order-list');
    const query = '?page=' + list.page + '&size=' + PAGE_SIZE + (list.status ? '&status=' + list.status : '');
    try {
      const page = await K.api('GET', '/v1/orders' + query);
      list.pages = Math.max(1, Math.ceil(page.total / page.size));
      box.replaceChildren();
      if (!page.items.length) {
        box.appendChild(el('li', { class: 'muted', id: 'no-orders' },
          list.status ? 'No orders in this status.' : 'No orders yet. Send your order on WhatsApp to get started.'));
      }
      page.items.forEach(function (o) {
        box.appendChild(el('li', { class: o.id === open.id ? 'selected' : null, dataset: { orderId: o.id, status: o.status } },
          el('a', { href: '#order=' + encodeURIComponent(o.id) },
            el('span', { class: 'number' }, o.orderNumber, ' ', fmt.status(o.status)),
            el('span', { class: 'amount' }, fmt.npr(o.totalAmount)),
            el('span', { class: 'meta' }, (o.vendorName || 'vendor') + ' · ' + o.itemCount + (o.itemCount === 1 ? ' item' : ' items')),
            el('span', { class: 'meta amount' }, o.overdue ? el('strong', { class: 'refused' }, 'overdue') : fmt.date(o.createdAt)))));
      });
      $('page-info').textContent = page.total + (page.total === 1 ? ' order' : ' orders') +
        ' · page ' + (list.page + 1) + ' of ' + list.pages;
      $('prev-page').disabled = list.page === 0;
      $('next-page').disabled = list.page + 1 >= list.pages;
    } catch (e) {
      box.replaceChildren(el('li', { class: 'refused' }, 'Your orders could not be loaded: ' + K.errorText(e)));
    }
  }

  $('status-filter').addEventListener('change', function (e) { list.status = e.target.value; list.page = 0; loadOrders(); });
  $('prev-page').addEventListener('click', function () { if (list.page > 0) { list.page--; loadOrders(); } });
  $('next-page').addEventListener('click', function () { if (list.page + 1 < list.pages) { list.page++; loadOrders(); } });

  // ---- credit ---------------------------------------------------------------------------------

  function figure(id, label, amount, bad) {
    return el('div', { id: id, dataset: { amount: amount === null || amount === undefined ? '' : String(amount) } },
      el('div', { class: 'muted' }, label), el('div', { class: 'figure' + (bad ? ' bad' : '') }, fmt.npr(amount)));
  }

  async function loadCredit() {
    const box = $('credit-figures');
    let c;
    try {
      c = await K.api('GET', '/v1/buyers/me/credit');
      box.replaceChildren(
        figure('credit-limit', 'Credit limit', c.creditLimit),
        figure('credit-available', 'Available', c.available),
        figure('credit-outstanding', 'Owed (delivered)', c.outstanding),
        figure('credit-reserved', 'Held for open orders', c.reserved),
        figure('credit-overdue', 'Overdue', c.overdue, Number(c.overdue) > 0));
      box.appendChild(el('p', { class: 'muted', id: 'credit-terms' }, 'Payment terms: ' + termsText(c.paymentTerms)));
    } catch (e) {
      box.replaceChildren(el('p', { class: 'muted' }, e.status === 404 ? 'You have no credit account yet.' : 'Credit could not be loaded: ' + K.errorText(e)));
      return;
    }
    try {
      await loadOverdue(Number(c.overdue) > 0);
    } catch (e) {
      $('overdue-orders').replaceChildren(el('p', { class: 'refused' }, 'Overdue orders could not be loaded: ' + K.errorText(e)));
    }
  }

  function termsText(terms) {
    if (terms === 'COD') return 'cash on delivery';
    const days = /^NET(\d+)$/.exec(terms || '');
    return days ? 'pay within ' + days[1] + ' days of delivery' : (terms || '—');
  }

  /** What is overdue: the delivered orders whose due date has passed, with what is left to pay. */
  async function loadOverdue(anyOverdue) {
    const box = $('overdue-orders');
    box.replaceChildren();
    if (!anyOverdue) { box.appendChild(el('p', { class: 'muted', id: 'nothing-overdue' }, 'Nothing is overdue.')); return; }
    const page = await K.api('GET', '/v1/orders?status=DELIVERED&size=100');
    const late = page.items.filter(function (o) { return o.overdue; });
    box.appendChild(el('h3', {}, 'Overdue orders'));
    box.appendChild(el('ul', { id: 'overdue-list' }, late.map(function (o) {
      return el('li', { dataset: { orderId: o.id } }, el('a', { href: '#order=' + encodeURIComponent(o.id) }, o.orderNumber),
        ' · was due ' + fmt.date(o.dueDate) + ' · ' + fmt.npr(Number(o.totalAmount) - Number(o.paidAmount)) + ' to pay');
    })));
  }

  // ---- one order --------------------------------------------------------------------------------

  function wantedOrder() {
    const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
    return hash.get('order') || new URLSearchParams(location.search).get('order');
  }

  function closeOrder() {
    if (open.stopStream) open.stopStream();
    open.stopStream = null; open.id = null; open.order = null; open.generation++;
    const box = $('order-detail');
    box.replaceChildren();
    box.classList.add('hidden');
    markSelected();
  }

  function markSelected() {
    document.querySelectorAll('#order-list li[data-order-id]').forEach(function (li) {
      li.classList.toggle('selected', li.dataset.orderId === open.id);
    });
  }

  async function showOrder(id) {
    closeOrder();
    if (!id) return;
    const generation = open.generation;
    open.id = id;
    markSelected();
    const box = $('order-detail');
    box.classList.remove('hidden');
    box.appendChild(el('p', { class: 'muted' }, 'Loading the order…'));
    let order;
    try {
      order = await K.api('GET', '/v1/orders/' + encodeURIComponent(id));
    } catch (e) {
      if (generation !== open.generation) return;
      open.id = null;
      box.replaceChildren(missing(id, e));
      return;
    }
    if (generation !== open.generation) return;
    open.order = order;
    box.replaceChildren(
      el('div', { class: 'detail-head' },
        el('h2', { id: 'order-title' }, 'Order ', el('span', { id: 'order-number' }, order.orderNumber)),
        el('span', {}, el('span', { id: 'order-status' }, fmt.status(order.status)), ' ',
          el('span', { class: 'live', id: 'live-state' }), ' ',
          el('a', { href: '#', id: 'close-order', onclick: function (e) { e.preventDefault(); history.pushState(null, '', location.pathname); closeOrder(); } }, 'Close'))),
      el('div', { id: 'order-summary' }),
      el('h3', {}, 'Tracking'),
      el('ol', { class: 'timeline', id: 'timeline' }, el('li', { class: 'muted' }, 'Loading…')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'reorder', onclick: function () { openReorder(order); } }, 'Order these again')),
      el('div', { id: 'reorder-panel' }));
    renderSummary(order);
    await loadTracking(id, generation);
    box.scrollIntoView({ block: 'start' });
    if (TERMINAL.indexOf(order.status) < 0) follow(id, generation);
  }

  function missing(id, e) {
    const gone = e instanceof K.ApiError && (e.status === 404 || e.status === 403);
    return el('div', { id: 'order-missing', class: 'refused' },
      el('h2', {}, gone ? 'Order not found' : 'The order could not be loaded'),
      el('p', {}, gone ? 'There is no order "' + id + '" among your orders. It may not exist, or it may belong to another shop.'
        : K.errorText(e)),
      el('a', { href: '#', onclick: function (ev) { ev.preventDefault(); history.pushState(null, '', location.pathname); closeOrder(); } }, 'Back to my orders'));
  }

  function renderSummary(order) {
    const facts = [
      ['Vendor', order.vendorName || order.vendorId],
      ['Placed', order.placedAt ? fmt.time(order.placedAt) : 'not yet (a draft)'],
      ['Terms', termsText(order.paymentTerms)],
      ['Delivery', order.deliveryDate ? fmt.date(order.deliveryDate) : '—'],
      ['Due', order.dueDate ? fmt.date(order.dueDate) + (order.overdue ? ' (overdue)' : '') : '—'],
      ['Address', order.deliveryAddress || '—']
    ];
    if (order.declineReason) facts.push(['Why', order.declineReason]);
    $('order-summary').replaceChildren(
      el('dl', { class: 'facts' }, facts.map(function (f) { return [el('dt', {}, f[0]), el('dd', {}, f[1])]; })),
      el('div', { class: 'table-wrap' }, el('table', { id: 'order-items' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Item'), el('th', { class: 'num' }, 'Qty'), el('th', { class: 'num' }, 'Amount'))),
        el('tbody', {}, order.items.map(function (i) {
          return el('tr', { dataset: { sku: i.sku } },
            el('td', {}, i.name, el('div', { class: 'muted' }, i.sku + ' · ' + fmt.npr(i.unitPrice) + ' / ' + i.unit)),
            el('td', { class: 'num' }, fmt.qty(i.quantity) + ' ' + i.unit), el('td', { class: 'num' }, fmt.npr(i.subtotal)));
        })),
        el('tfoot', {},
          el('tr', {}, el('th', { colspan: 2 }, 'Total'), el('td', { class: 'num', id: 'order-total' }, fmt.npr(order.totalAmount))),
          el('tr', {}, el('th', { colspan: 2 }, 'Paid'), el('td', { class: 'num', id: 'order-paid' }, fmt.npr(order.paidAmount)))))));
    $('order-status').replaceChildren(fmt.status(order.status));
  }

  async function loadTracking(id, generation) {
    let tracking;
    try {
      tracking = await K.api('GET', '/v1/orders/' + encodeURIComponent(id) + '/tracking');
    } catch (e) {
      if (generation === open.generation) $('timeline').replaceChildren(el('li', { class: 'refused' }, K.errorText(e)));
      return;
    }
    if (generation !== open.generation) return;
    const steps = tracking.timeline;
    $('timeline').replaceChildren.apply($('timeline'), steps.map(function (s, n) {
      return el('li', { class: n === steps.length - 1 ? 'current' : null, dataset: { event: s.event, status: s.status || '' } },
        el('div', {}, el('strong', {}, stepName(s)), s.status ? [' ', fmt.status(s.status)] : null),
        s.note ? el('div', {}, s.note) : null,
        el('div', { class: 'when' }, fmt.time(s.occurredAt) + ' · ' + whoDid(s.actor)));
    }));
  }

  function stepName(step) {
    const words = step.event.replace(/^Order/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function whoDid(actor) {
    if (!actor) return '';
    const channel = { WHATSAPP: 'on WhatsApp', PORTAL: 'in the portal', API: 'through the API', SYSTEM: '', DEMO_DATA: 'demo data', CLI: 'by an operator' }[actor.channel] || '';
    let who;
    if (actor.userId && actor.userId === me.userId) who = 'by you';
    else if (actor.role === 'VENDOR') who = 'by the vendor';
    else if (actor.role === 'ADMIN') who = 'by Khaacho staff';
    else who = 'by Khaacho';
    return who + (channel ? ' ' + channel : '');
  }

  /** Follows the order while it is open: each change re-renders it and reloads its tracking. */
  function follow(id, generation) {
    open.stopStream = K.stream('/v1/orders/' + encodeURIComponent(id) + '/stream', function (name, order) {
      if (name !== 'order' || generation !== open.generation || !order || order.id !== id) return;
      const before = open.order;
      open.order = order;
      if (before && before.updatedAt === order.updatedAt && before.status === order.status) return;
      renderSummary(order);
      loadTracking(id, generation);
      loadOrders();
    }, function (state) {
      if (generation === open.generation) $('live-state').textContent = state === 'live' ? '● live' : 'reconnecting…';
    });
  }

  // ---- ordering again ---------------------------------------------------------------------------

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'reorder-' + Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function openReorder(order) {
    const panel = $('reorder-panel');
    // one key per attempt: a retry after a lost answer repeats it, so the order is never placed twice
    let key = newKey();
    const items = order.items.map(function (i) { return { sku: i.sku, quantity: i.quantity }; });
    const result = el('div', { id: 'reorder-result', role: 'status' });
    const place = el('button', { type: 'button', class: 'ok', id: 'reorder-confirm' }, 'Place this order');
    place.addEventListener('click', async function () {
      place.disabled = true;
      result.className = ''; result.textContent = 'Placing…';
      try {
        const placed = await placeOrder({ items: items, deliveryAddress: order.deliveryAddress || undefined }, key);
        key = newKey();
        result.className = 'placed';
        result.replaceChildren(el('p', {}, placed.orders.length === 1 ? 'New order placed:' : 'New orders placed:'),
          el('ul', { id: 'reorder-orders' }, placed.orders.map(function (o) {
            return el('li', { dataset: { orderId: o.orderId } }, el('a', { href: '#order=' + encodeURIComponent(o.orderId) }, o.orderNumber),
              ' · ', fmt.status(o.status), ' · ', fmt.npr(o.totalAmount));
          })));
        K.notice('Order placed', 'ok');
        list.page = 0;
        loadOrders();
        loadCredit();
      } catch (e) {
        if (e instanceof K.ApiError) key = newKey();
        result.className = 'refused';
        result.replaceChildren(el('strong', {}, 'Not placed: '), el('span', { id: 'reorder-error', dataset: { code: e.code || '' } }, K.errorText(e)));
      } finally {
        place.disabled = false;
        result.scrollIntoView({ block: 'nearest' });
      }
    });
    panel.replaceChildren(el('div', { class: 'reorder' },
      el('h3', {}, 'Order the same again'),
      el('p', { class: 'muted' }, 'The same items and quantities at today\'s prices' + (order.deliveryAddress ? ', delivered to ' + order.deliveryAddress : '') + '.'),
      el('ul', {}, order.items.map(function (i) { return el('li', {}, fmt.qty(i.quantity) + ' ' + i.unit + ' ' + i.name); })),
      el('div', { class: 'actions' }, place,
        el('button', { type: 'button', class: 'secondary', id: 'reorder-cancel', onclick: function () { panel.replaceChildren(); } }, 'Never mind')),
      result));
  }

  /** POST /v1/orders with an Idempotency-Key: a retried attempt places nothing twice. */
  function placeOrder(body, key) {
    return K.api('POST', '/v1/orders', body, { headers: { 'Idempotency-Key': key } });
  }

  // ---- start ------------------------------------------------------------------------------------

  // a change of the hash fires both events; the order already open is not opened again
  function route() { const id = wantedOrder(); if (id !== open.id) showOrder(id); }
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  loadCredit();
  loadOrders();
  showOrder(wantedOrder());
})();
