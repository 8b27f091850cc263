/*
 * The buyer portal: the buyer's orders page by page, one order's items and tracking (live while it is
 * open), the buyer's credit, ordering a past order's goods again, and the invoices and credit notes the
 * buyer's vendors issued (their lines and totals, their PDF in English or Nepali). Deep link:
 * /buyer.html#order=<id> (or ?order=<id>). Everything comes from the API, which shows a buyer only their
 * own orders and invoices. Without a connection the page opens from the service worker's cache and shows
 * the orders list and credit as last read, with their age (offline.js).
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

  K.header(K.t('buyer.myOrders'), [[K.t('vendor.orders'), '#orders'], [K.t('buyer.credit'), '#credit'], [K.t('invoice.invoices'), '#invoices']]);
  document.getElementById('buyer-page').hidden = false;
  K.offline.install();
  K.offline.banner();
  const $ = function (id) { return document.getElementById(id); };

  // ---- orders list ----------------------------------------------------------------------------

  async function loadOrders() {
    const box = $('order-list');
    const query = '?page=' + list.page + '&size=' + PAGE_SIZE + (list.status ? '&status=' + list.status : '');
    try {
      const read = await K.offline.read('orders.' + list.status + '.' + list.page, '/v1/orders' + query);
      const page = read.data;
      list.pages = Math.max(1, Math.ceil(page.total / page.size));
      box.replaceChildren();
      if (!page.items.length) {
        box.appendChild(el('li', { class: 'muted', id: 'no-orders' },
          list.status ? K.t('buyer.noOrdersInStatus') : K.t('buyer.noOrders')));
      }
      page.items.forEach(function (o) {
        box.appendChild(el('li', { class: o.id === open.id ? 'selected' : null, dataset: { orderId: o.id, status: o.status } },
          el('a', { href: '#order=' + encodeURIComponent(o.id) },
            el('span', { class: 'number' }, o.orderNumber, ' ', fmt.status(o.status)),
            el('span', { class: 'amount' }, fmt.npr(o.totalAmount)),
            el('span', { class: 'meta' }, (o.vendorName || K.t('role.VENDOR')) + ' · ' + K.t(o.itemCount === 1 ? 'buyer.item' : 'buyer.items', o.itemCount)),
            el('span', { class: 'meta amount' }, o.overdue ? el('strong', { class: 'refused' }, K.t('order.overdue')) : fmt.date(o.createdAt)))));
      });
      $('page-info').textContent = K.t(page.total === 1 ? 'buyer.order' : 'buyer.orders', page.total) +
        ' · ' + K.t('common.pageOf', list.page + 1, list.pages) +
        (read.readAt ? ' · ' + K.t('offline.readAgo', K.offline.ago(read.readAt)) : '');
      $('prev-page').disabled = list.page === 0;
      $('next-page').disabled = list.page + 1 >= list.pages;
    } catch (e) {
      box.replaceChildren(el('li', { class: 'refused' }, K.t('buyer.ordersFailed', K.errorText(e))));
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
      c = (await K.offline.read('credit', '/v1/buyers/me/credit')).data;
      box.replaceChildren(
        figure('credit-limit', K.t('credit.limit'), c.creditLimit),
        figure('credit-available', K.t('catalog.available'), c.available),
        figure('credit-outstanding', K.t('credit.owed'), c.outstanding),
        figure('credit-reserved', K.t('credit.held'), c.reserved),
        figure('credit-overdue', K.t('credit.overdue'), c.overdue, Number(c.overdue) > 0));
      box.appendChild(el('p', { class: 'muted', id: 'credit-terms' }, K.t('credit.terms', K.fmt.terms(c.paymentTerms))));
    } catch (e) {
      box.replaceChildren(el('p', { class: 'muted' }, e.status === 404 ? K.t('credit.noAccount') : K.t('credit.failed', K.errorText(e))));
      return;
    }
    loadPay();
    try {
      await loadOverdue(Number(c.overdue) > 0);
    } catch (e) {
      $('overdue-orders').replaceChildren(el('p', { class: 'refused' }, K.t('credit.overdueFailed', K.errorText(e))));
    }
  }

  /** What is overdue: the delivered orders whose due date has passed, with what is left to pay. */
  async function loadOverdue(anyOverdue) {
    const box = $('overdue-orders');
    box.replaceChildren();
    if (!anyOverdue) { box.appendChild(el('p', { class: 'muted', id: 'nothing-overdue' }, K.t('credit.nothingOverdue'))); return; }
    const page = await K.api('GET', '/v1/orders?status=DELIVERED&size=100');
    const late = page.items.filter(function (o) { return o.overdue; });
    box.appendChild(el('h3', {}, K.t('credit.overdueOrders')));
    box.appendChild(el('ul', { id: 'overdue-list' }, late.map(function (o) {
      return el('li', { dataset: { orderId: o.id } }, el('a', { href: '#order=' + encodeURIComponent(o.id) }, o.orderNumber),
        ' · ' + K.t('credit.wasDue', fmt.bsAd(o.dueDate)) + ' · ' + K.t('credit.toPay', fmt.npr(Number(o.totalAmount) - Number(o.paidAmount))));
    })));
  }

  // ---- paying with a wallet ---------------------------------------------------------------------

  /** What is owed and a button per wallet this Khaacho takes; the amount can be changed (any amount is taken). */
  async function loadPay() {
    const box = $('pay');
    let options;
    try {
      options = await K.api('GET', '/v1/payments/options');
    } catch (e) {
      box.replaceChildren(el('p', { class: 'refused' }, K.errorText(e)));
      return;
    }
    const result = $('payment-result') || el('div', { id: 'payment-result', 'aria-live': 'polite' });
    if (!options.gateways.length) { box.replaceChildren(result); return; }
    const owed = Number(options.owed);
    const amount = el('input', { id: 'pay-amount', type: 'number', min: '10', step: '0.01', required: true,
      value: owed > 0 ? owed.toFixed(2) : '', 'aria-label': K.t('pay.amount') });
    const buttons = options.gateways.map(function (g) {
      const b = el('button', { type: 'button', class: 'pay-with', dataset: { gateway: g } }, K.t('pay.with', fmt.gateway(g)));
      b.addEventListener('click', function () { startPayment(g, amount.value, b); });
      return b;
    });
    box.replaceChildren(el('h3', {}, K.t('pay.title')),
      el('p', { id: 'pay-owed', dataset: { owed: String(owed) } }, owed > 0 ? K.t('pay.owe', fmt.npr(owed)) : K.t('pay.nothingOwed')),
      el('div', { class: 'inline-form' }, el('label', {}, K.t('pay.amount') + ' ', amount), buttons),
      result);
  }

  async function startPayment(gateway, value, button) {
    const amount = Number(value);
    if (!(amount > 0)) { K.notice(K.t('pay.amountNeeded'), 'error'); return; }
    button.disabled = true;
    try {
      const opened = await K.api('POST', '/v1/payments/checkout', { gateway: gateway, amount: amount.toFixed(2) });
      K.notice(K.t('pay.opening', fmt.gateway(gateway)), 'info');
      location.href = opened.redirectUrl;
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  function wantedPayment() {
    return new URLSearchParams(location.hash.replace(/^#/, '')).get('payment');
  }

  /** Back from a wallet: how the payment stands, asked again for a while until the gateway has said. */
  async function showPayment(linkId) {
    if (!linkId) return;
    const box = $('payment-result') || el('div', { id: 'payment-result', 'aria-live': 'polite' });
    if (!box.isConnected) $('pay').appendChild(box);
    for (let i = 0; i < 20; i++) {
      let link;
      try {
        link = await K.api('GET', '/v1/payments/links/' + encodeURIComponent(linkId));
      } catch (e) {
        box.replaceChildren(el('p', { class: 'refused' }, K.errorText(e)));
        return;
      }
      const name = fmt.gateway(link.gateway);
      box.dataset.state = link.state;
      if (link.state === 'COMPLETED') {
        box.replaceChildren(el('p', { class: 'ok', id: 'payment-received' }, K.t('pay.received', fmt.npr(link.paidAmount), name)));
        loadCredit();
        loadOrders();
        return;
      }
      if (link.state === 'FAILED') {
        box.replaceChildren(el('p', { class: 'refused', id: 'payment-failed' }, K.t('pay.failed', name)));
        return;
      }
      box.replaceChildren(el('p', { class: 'muted', id: 'payment-waiting' }, K.t('pay.waiting', name)));
      await new Promise(function (resolve) { setTimeout(resolve, 1500); });
    }
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
    box.appendChild(el('p', { class: 'muted' }, K.t('buyer.loadingOrder')));
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
        el('h2', { id: 'order-title' }, K.t('order.order') + ' ', el('span', { id: 'order-number' }, order.orderNumber)),
        el('span', {}, el('span', { id: 'order-status' }, fmt.status(order.status)), ' ',
          el('span', { class: 'live', id: 'live-state' }), ' ',
          el('a', { href: '#', id: 'close-order', onclick: function (e) { e.preventDefault(); history.pushState(null, '', location.pathname); closeOrder(); } }, K.t('common.close')))),
      el('div', { id: 'order-summary' }),
      el('h3', {}, K.t('buyer.tracking')),
      el('ol', { class: 'timeline', id: 'timeline' }, el('li', { class: 'muted' }, K.t('common.loading'))),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'reorder', onclick: function () { openReorder(order); } }, K.t('buyer.orderAgain'))),
      el('div', { id: 'reorder-panel' }));
    renderSummary(order);
    await loadTracking(id, generation);
    box.scrollIntoView({ block: 'start' });
    if (TERMINAL.indexOf(order.status) < 0) follow(id, generation);
  }

  function missing(id, e) {
    const gone = e instanceof K.ApiError && (e.status === 404 || e.status === 403);
    return el('div', { id: 'order-missing', class: 'refused' },
      el('h2', {}, gone ? K.t('buyer.notFound') : K.t('buyer.loadFailed')),
      el('p', {}, gone ? K.t('buyer.notAmong', id) : K.errorText(e)),
      el('a', { href: '#', onclick: function (ev) { ev.preventDefault(); history.pushState(null, '', location.pathname); closeOrder(); } }, K.t('buyer.back')));
  }

  function renderSummary(order) {
    const facts = [
      [K.t('buyer.vendor'), order.vendorName || order.vendorId],
      [K.t('statusName.PLACED'), order.placedAt ? fmt.time(order.placedAt) : K.t('buyer.notYetPlaced')],
      [K.t('order.terms'), K.fmt.terms(order.paymentTerms)],
      [K.t('buyer.delivery'), order.deliveryDate ? fmt.bsAd(order.deliveryDate) : '—'],
      [K.t('buyer.due'), order.dueDate ? fmt.bsAd(order.dueDate) + (order.overdue ? ' (' + K.t('order.overdue') + ')' : '') : '—'],
      [K.t('buyer.address'), order.deliveryAddress || '—']
    ];
    if (order.declineReason) facts.push([K.t('buyer.why'), order.declineReason]);
    $('order-summary').replaceChildren(
      el('dl', { class: 'facts' }, facts.map(function (f) { return [el('dt', {}, f[0]), el('dd', {}, f[1])]; })),
      el('div', { class: 'table-wrap' }, el('table', { id: 'order-items' },
        el('thead', {}, el('tr', {}, el('th', {}, K.t('lines.item')), el('th', { class: 'num' }, K.t('lines.qty')), el('th', { class: 'num' }, K.t('lines.amount')))),
        el('tbody', {}, order.items.map(function (i) {
          return el('tr', { dataset: { sku: i.sku } },
            el('td', {}, i.name, el('div', { class: 'muted' }, i.sku + ' · ' + fmt.npr(i.unitPrice) + ' / ' + i.unit)),
            el('td', { class: 'num' }, fmt.qty(i.quantity) + ' ' + i.unit), el('td', { class: 'num' }, fmt.npr(i.subtotal)));
        })),
        el('tfoot', {},
          el('tr', {}, el('th', { colspan: 2 }, K.t('invoice.total')), el('td', { class: 'num', id: 'order-total' }, fmt.npr(order.totalAmount))),
          el('tr', {}, el('th', { colspan: 2 }, K.t('order.paid')), el('td', { class: 'num', id: 'order-paid' }, fmt.npr(order.paidAmount)))))));
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
    if (K.has('step.' + step.event)) return K.t('step.' + step.event);
    const words = step.event.replace(/^Order/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function whoDid(actor) {
    if (!actor) return '';
    const channel = { WHATSAPP: K.t('by.whatsapp'), PORTAL: K.t('by.portal'), API: K.t('by.api'), SYSTEM: '', DEMO_DATA: K.t('by.demo'), CLI: K.t('by.operator') }[actor.channel] || '';
    let who;
    if (actor.userId && actor.userId === me.userId) who = K.t('by.you');
    else if (actor.role === 'VENDOR') who = K.t('by.vendor');
    else if (actor.role === 'ADMIN') who = K.t('by.staff');
    else who = K.t('by.khaacho');
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
      if (generation === open.generation) $('live-state').textContent = state === 'live' ? '● ' + K.t('stream.live') : K.t('stream.reconnecting');
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
    const place = el('button', { type: 'button', class: 'ok', id: 'reorder-confirm' }, K.t('reorder.place'));
    place.addEventListener('click', async function () {
      place.disabled = true;
      result.className = ''; result.textContent = K.t('reorder.placing');
      try {
        const placed = await placeOrder({ items: items, deliveryAddress: order.deliveryAddress || undefined }, key);
        key = newKey();
        result.className = 'placed';
        result.replaceChildren(el('p', {}, placed.orders.length === 1 ? K.t('reorder.placedOne') : K.t('reorder.placedMany')),
          el('ul', { id: 'reorder-orders' }, placed.orders.map(function (o) {
            return el('li', { dataset: { orderId: o.orderId } }, el('a', { href: '#order=' + encodeURIComponent(o.orderId) }, o.orderNumber),
              ' · ', fmt.status(o.status), ' · ', fmt.npr(o.totalAmount));
          })));
        K.notice(K.t('reorder.notice'), 'ok');
        list.page = 0;
        loadOrders();
        loadCredit();
      } catch (e) {
        if (e instanceof K.ApiError) key = newKey();
        result.className = 'refused';
        result.replaceChildren(el('strong', {}, K.t('reorder.notPlaced') + ' '), el('span', { id: 'reorder-error', dataset: { code: e.code || '' } }, K.errorText(e)));
      } finally {
        place.disabled = false;
        result.scrollIntoView({ block: 'nearest' });
      }
    });
    panel.replaceChildren(el('div', { class: 'reorder' },
      el('h3', {}, K.t('reorder.title')),
      el('p', { class: 'muted' }, order.deliveryAddress ? K.t('reorder.sameTo', order.deliveryAddress) : K.t('reorder.same')),
      reorderLines(order),
      el('div', { class: 'actions' }, place,
        el('button', { type: 'button', class: 'secondary', id: 'reorder-cancel', onclick: function () { panel.replaceChildren(); } }, K.t('reorder.never'))),
      result));
  }

  /**
   * The lines to order again at today's prices, each line whose price changed since marked with what it was,
   * a product no longer sold marked so; the total at today's prices under them.
   */
  /** The buyer's own price for a quantity: the step of its price list that quantity falls in, or the catalog price. */
  function priceFor(product, quantity) {
    let price = Number(product.price);
    (product.yourPrices || []).forEach(function (step) { if (Number(step.from) <= quantity) price = Number(step.price); });
    return price;
  }

  function reorderLines(order) {
    const listEl = el('ul', { id: 'reorder-lines' }, order.items.map(function (i) {
      return el('li', { dataset: { sku: i.sku } }, fmt.qty(i.quantity) + ' ' + i.unit + ' ' + i.name);
    }));
    const total = el('p', { id: 'reorder-total', class: 'muted' });
    Promise.all(order.items.map(function (i) {
      return K.api('GET', '/v1/products/' + encodeURIComponent(i.productId)).then(function (p) { return p; }, function () { return null; });
    })).then(function (today) {
      let sum = 0;
      order.items.forEach(function (i, n) {
        const li = listEl.children[n];
        const p = today[n];
        if (!p || p.status !== 'ACTIVE') {
          li.classList.add('gone');
          li.appendChild(el('span', { class: 'change' }, ' · ' + K.t('reorder.gone')));
          return;
        }
        const now = priceFor(p, Number(i.quantity));
        sum += now * Number(i.quantity);
        li.appendChild(el('span', {}, ' · ' + fmt.npr(now)));
        if (now !== Number(i.unitPrice)) {
          li.classList.add('changed');
          li.appendChild(el('span', { class: 'change' }, ' ' + K.t('reorder.was', fmt.npr(i.unitPrice))));
        }
      });
      total.textContent = K.t('reorder.total', fmt.npr(sum));
    });
    return el('div', {}, listEl, total);
  }

  /** POST /v1/orders with an Idempotency-Key: a retried attempt places nothing twice. */
  function placeOrder(body, key) {
    return K.api('POST', '/v1/orders', body, { headers: { 'Idempotency-Key': key } });
  }

  // ---- invoices ---------------------------------------------------------------------------------

  const INVOICES_PAGE = 10;
  const invoices = { page: 0, kind: '', pages: 1, open: null };

  const rupees = K.fmt.rupees;
  const issuedOn = K.invoice.issuedOn;
  const kindBadge = K.invoice.kindBadge;
  const invoicePath = K.invoice.path;
  const fetchPdf = K.invoice.pdf;

  /**
   * The PDF in one language in a tab of its own: the tab opens at the tap (a browser lets a page open
   * one only then) and shows the PDF once it came; where no tab may open, the PDF is downloaded.
   */
  async function printInvoice(s, lang, button) {
    const label = lang === 'ne' ? 'PDF (नेपाली)' : 'PDF (English)';
    const tab = window.open('', '_blank');
    if (tab) tab.document.title = s.number + ' · ' + label;
    button.disabled = true;
    try {
      const file = await fetchPdf(s.invoiceId, lang);
      const url = URL.createObjectURL(file.blob);
      if (tab && !tab.closed) {
        tab.location.href = url;
      } else {
        const link = el('a', { href: url, download: file.name, class: 'hidden' });
        document.body.appendChild(link);
        link.click();
        link.remove();
      }
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      document.querySelectorAll('#invoice-rows tr[data-invoice-id="' + CSS.escape(s.invoiceId) + '"] .prints').forEach(function (cell) {
        const n = Number(cell.dataset.prints || 0) + 1;
        cell.dataset.prints = String(n);
        cell.textContent = String(n);
      });
      K.notice(s.number + ': ' + K.t('invoice.pdfReady', label), 'ok');
    } catch (e) {
      if (tab) tab.close();
      K.notice(s.number + ': ' + K.errorText(e), 'error');
    } finally {
      button.disabled = false;
    }
  }

  function pdfButtons(s) {
    const en = el('button', { type: 'button', class: 'secondary small pdf-en', 'aria-label': K.t('invoice.pdfOf', 'PDF (English)', s.number) }, 'PDF (English)');
    const ne = el('button', { type: 'button', class: 'secondary small pdf-ne', lang: 'ne', 'aria-label': K.t('invoice.pdfOf', 'PDF (नेपाली)', s.number) }, 'PDF (नेपाली)');
    en.addEventListener('click', function () { printInvoice(s, 'en', en); });
    ne.addEventListener('click', function () { printInvoice(s, 'ne', ne); });
    return el('span', { class: 'pdf-buttons' }, en, ne);
  }

  let invoicesRequest = 0;
  async function loadInvoices() {
    const mine = ++invoicesRequest;
    const params = new URLSearchParams({ page: invoices.page, size: INVOICES_PAGE });
    if (invoices.kind) params.set('kind', invoices.kind);
    let page;
    try {
      page = await K.api('GET', '/v1/invoices?' + params);
    } catch (e) {
      if (mine !== invoicesRequest) return;
      $('invoice-rows').replaceChildren(el('tr', {}, el('td', { colspan: 11, class: 'refused' }, K.t('buyer.invoicesFailed', K.errorText(e)))));
      return;
    }
    if (mine !== invoicesRequest) return;
    invoices.pages = Math.max(1, Math.ceil(page.total / page.size));
    const numbers = new Map(page.items.map(function (s) { return [s.invoiceId, s.number]; }));
    const rows = $('invoice-rows');
    rows.replaceChildren.apply(rows, page.items.map(function (s) { return invoiceRow(s, numbers); }));
    $('no-invoices').classList.toggle('hidden', page.items.length > 0);
    $('invoices-info').textContent = K.t(page.total === 1 ? 'invoice.document' : 'invoice.documents', page.total) +
      ' · ' + K.t('common.pageOf', invoices.page + 1, invoices.pages);
    $('invoices-prev').disabled = invoices.page === 0;
    $('invoices-next').disabled = invoices.page + 1 >= invoices.pages;
  }

  function invoiceRow(s, numbers) {
    const credited = s.creditedInvoiceId ? numbers.get(s.creditedInvoiceId) : null;
    return el('tr', { class: 'invoice-row' + (s.invoiceId === invoices.open ? ' selected' : ''), dataset: { invoiceId: s.invoiceId, kind: s.kind } },
      el('td', { 'data-label': K.t('invoice.number') },
        el('button', { type: 'button', class: 'link open-invoice number', 'aria-label': K.t('invoice.open', s.number),
          onclick: function () { openInvoice(s.invoiceId); } }, s.number)),
      el('td', { 'data-label': K.t('invoice.date'), class: 'issued' }, issuedOn(s)),
      el('td', { 'data-label': K.t('invoice.order'), class: 'order' }, s.orderNumber || '—'),
      el('td', { 'data-label': K.t('invoice.yourPan'), class: 'pan' }, s.buyerPan || '—'),
      el('td', { 'data-label': K.t('invoice.taxable'), class: 'num taxable' }, rupees(s.taxableAmount)),
      el('td', { 'data-label': K.t('invoice.exempt'), class: 'num exempt' }, rupees(s.exemptAmount)),
      el('td', { 'data-label': K.t('invoice.vat'), class: 'num vat' }, rupees(s.vatAmount)),
      el('td', { 'data-label': K.t('invoice.total'), class: 'num total' }, rupees(s.totalAmount)),
      el('td', { 'data-label': K.t('invoice.kind'), class: 'kind' }, el('span', {}, kindBadge(s.kind),
        s.kind === 'CREDIT_NOTE' && credited ? el('span', { class: 'muted credited' }, K.t('invoice.creditFor', credited)) : null)),
      el('td', { 'data-label': K.t('invoice.printed'), class: 'num prints', dataset: { prints: String(s.prints || 0) } }, String(s.prints || 0)),
      el('td', { class: 'tools' }, pdfButtons(s)));
  }

  async function openInvoice(id) {
    invoices.open = id;
    const box = $('invoice-view');
    box.dataset.invoiceId = id;
    box.replaceChildren(el('p', { class: 'muted' }, K.t('common.loading')));
    box.classList.remove('hidden');
    document.querySelectorAll('#invoice-rows .invoice-row').forEach(function (r) { r.classList.toggle('selected', r.dataset.invoiceId === id); });
    let detail;
    try {
      detail = await K.api('GET', invoicePath(id));
    } catch (e) {
      if (invoices.open === id) box.replaceChildren(el('p', { class: 'refused' }, K.t('buyer.invoiceFailed', K.errorText(e))));
      return;
    }
    if (invoices.open !== id) return;
    showInvoice(detail);
    box.scrollIntoView({ block: 'nearest' });
  }

  function closeInvoice() {
    invoices.open = null;
    const box = $('invoice-view');
    box.classList.add('hidden');
    box.replaceChildren();
    delete box.dataset.invoiceId;
    document.querySelectorAll('#invoice-rows .invoice-row.selected').forEach(function (r) { r.classList.remove('selected'); });
  }

  /** The terms as the document holds them (COD, or NET15 with the due date once known), in words. */
  function invoiceTerms(terms) {
    const m = /^(\S+)(?: (\d{4}-\d{2}-\d{2}))?$/.exec(terms || '');
    if (!m) return terms || '—';
    return K.fmt.terms(m[1]) + (m[2] ? ', ' + K.t('order.due', K.fmt.bsAd(m[2])) : '');
  }

  function partyText(p) {
    if (!p) return '—';
    return [p.name, p.address, p.pan ? K.t('invoice.panOf', p.pan) : null].filter(Boolean).join(' · ');
  }

  function showInvoice(detail) {
    const s = detail.summary;
    const d = detail.document;
    const title = d.kind === 'CREDIT_NOTE' ? K.t('invoice.creditNote') : (d.taxInvoice ? K.t('invoice.taxInvoice') : K.t('invoice.invoice'));
    const facts = [
      [K.t('invoice.date'), issuedOn(s)],
      [K.t('invoice.order'), s.orderNumber || '—'],
      [K.t('invoice.seller'), partyText(d.seller)],
      [K.t('order.buyer'), partyText(d.buyer)],
      [K.t('invoice.paymentTerms'), invoiceTerms(d.paymentTerms)]
    ];
    if (d.creditedInvoiceNumber) facts.push([K.t('invoice.creditsInvoice'), d.creditedInvoiceNumber]);
    if (d.reason) facts.push([K.t('order.reason'), d.reason]);
    const t = d.totals || {};
    const total = function (label, amount, cls) {
      return el('tr', { class: cls }, el('th', { colspan: 4 }, label), el('td', { class: 'num' }, rupees(amount)));
    };
    const box = $('invoice-view');
    box.dataset.kind = s.kind;
    box.replaceChildren(
      el('div', { class: 'detail-head' },
        el('h3', { id: 'invoice-title' }, title, ' ', el('span', { class: 'invoice-number' }, s.number), ' ', kindBadge(s.kind)),
        el('button', { type: 'button', class: 'secondary', id: 'close-invoice', onclick: closeInvoice }, K.t('common.close'))),
      el('dl', { class: 'facts' }, facts.map(function (f) { return [el('dt', {}, f[0]), el('dd', {}, f[1])]; })),
      el('div', { class: 'table-wrap' }, el('table', { class: 'invoice-lines', id: 'invoice-lines' },
        el('thead', {}, el('tr', {}, el('th', {}, K.t('lines.item')), el('th', { class: 'num' }, K.t('lines.qty')), el('th', { class: 'num' }, K.t('lines.rate')),
          el('th', {}, K.t('invoice.vat')), el('th', { class: 'num' }, K.t('lines.amount')))),
        el('tbody', {}, (d.lines || []).map(function (line) {
          return el('tr', { class: 'invoice-line', dataset: { sku: line.sku } },
            el('td', {}, line.name, line.nameNe ? el('div', { class: 'muted', lang: 'ne' }, line.nameNe) : null,
              el('div', { class: 'muted' }, line.sku)),
            el('td', { class: 'num qty' }, fmt.qty(line.quantity) + ' ' + (line.unit || '')),
            el('td', { class: 'num rate' }, rupees(line.rate)),
            el('td', { class: 'vat-class' }, line.vatClass === 'EXEMPT' ? K.t('invoice.exemptLine') : K.t('invoice.vat13')),
            el('td', { class: 'num amount' }, rupees(line.amount)));
        })),
        el('tfoot', {},
          total(K.t('invoice.taxable'), t.taxable, 'taxable'), total(K.t('invoice.exempt'), t.exempt, 'exempt'),
          total(K.t('invoice.vatTotal'), t.vat, 'vat'), total(K.t('invoice.total'), t.total, 'total')))),
      el('div', { class: 'actions' }, pdfButtons(s)));
  }

  $('invoice-kind').addEventListener('change', function (e) { invoices.kind = e.target.value; invoices.page = 0; loadInvoices(); });
  $('invoices-prev').addEventListener('click', function () { if (invoices.page > 0) { invoices.page--; loadInvoices(); } });
  $('invoices-next').addEventListener('click', function () { if (invoices.page + 1 < invoices.pages) { invoices.page++; loadInvoices(); } });

  // ---- start ------------------------------------------------------------------------------------

  // a change of the hash fires both events; the order already open is not opened again
  function route() {
    const id = wantedOrder();
    if (id !== open.id) showOrder(id);
    const payment = wantedPayment();
    if (payment && payment !== shownPayment) { shownPayment = payment; showPayment(payment); }
  }
  let shownPayment = null;
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  loadCredit();
  loadOrders();
  loadInvoices();
  route();
})();
