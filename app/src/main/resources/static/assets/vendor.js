/*
 * The vendor portal: the live inbox of orders waiting for the vendor's answer (confirm, confirm part,
 * reject), the vendor's orders by status (dispatch, deliver, record a payment), the catalog with stock
 * (list a product, change a price, receive stock), the vendor's invoices and credit notes (open one, print
 * it in English or Nepali, credit some or all of it) and its tax profile. Everything is read from and
 * written to the API.
 *
 * On a weak connection the page works on (offline.js): the inbox, the orders lists and the orders opened
 * are kept with the moment they were read and shown from there, with their age, when the API cannot be
 * reached; an answer, a dispatch or a delivery taken then waits in a queue and is sent, once, when the
 * connection returns, and one the order has outrun meanwhile is shown as a conflict.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;

  const session = K.requireRole('VENDOR');
  if (!session) return;

  const TABS = [
    ['AWAITING_VENDOR', K.t('vendor.tabAwaiting')], ['CONFIRMED', K.t('statusName.CONFIRMED')], ['DISPATCHED', K.t('statusName.DISPATCHED')],
    ['DELIVERED', K.t('statusName.DELIVERED')], ['PAID', K.t('statusName.PAID')], ['REJECTED', K.t('statusName.REJECTED')],
    ['CANCELLED', K.t('statusName.CANCELLED')], ['EXPIRED', K.t('statusName.EXPIRED')], ['', K.t('common.all')]
  ];
  const ENDED_WITH_REASON = ['REJECTED', 'CANCELLED', 'EXPIRED'];
  const ORDERS_PAGE = 10;
  const CATALOG_PAGE = 50;
  const $ = function (id) { return document.getElementById(id); };

  const state = {
    inbox: new Map(),          // order id → its card, kept across stream updates so open forms survive
    answered: new Map(),       // order id → when the vendor answered it here (a late stream update must not bring it back)
    ordersStatus: 'AWAITING_VENDOR',
    ordersPage: 0,
    openOrder: null,           // id of the order shown in the detail panel
    stopOrderStream: null,
    catalogPage: 0,
    catalogQuery: '',
    invoiceKind: '',
    invoicesPage: 0,
    openInvoice: null,         // id of the invoice shown in its detail panel
    openOrderData: null,       // the order shown in the detail panel, as last read
    inboxAt: null,             // when the inbox shown was read (null: from the live stream)
    inboxLive: false
  };
  const KEPT_ORDERS = 30;

  K.header(K.t('vendor.title'), [[K.t('vendor.linkInbox'), '#inbox-section'], [K.t('vendor.orders'), '#orders-section'],
    [K.t('vendor.linkCatalog'), '#catalog-section'], [K.t('prices.title'), '#price-lists-section'],
    [K.t('demand.title'), '#fill-rate-section'], [K.t('invoice.invoices'), '#invoices-section'],
    [K.t('vendor.taxProfile'), '#tax-profile-section']]);
  $('vendor-page').classList.remove('hidden');
  K.offline.install();
  K.offline.banner();
  $('stream-state').textContent = K.t('stream.connecting');
  $('vendor-name').textContent = K.t('vendor.title');

  // ---------- small helpers ----------

  function todayPlus(days) {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = function (n) { return String(n).padStart(2, '0'); };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /** Time left to answer, down to the second, from a deadline on this browser's clock. */
  function timeLeft(deadline) {
    const ms = deadline - Date.now();
    if (ms <= 0) return K.t('time.up');
    const s = Math.floor(ms / 1000), m = Math.floor(s / 60), h = Math.floor(m / 60);
    return K.t('time.left', (h ? K.t('time.hours', h) + ' ' : '') + (h || m % 60 ? K.t('time.minutes', m % 60) + ' ' : '')
      + K.t('time.seconds', s % 60));
  }

  /** Shows an API error inside the form it came from, and as a notice. */
  function showError(box, e) {
    const text = K.errorText(e);
    if (box) { box.textContent = text; box.classList.remove('hidden'); }
    K.notice(text, 'error');
  }

  function clearError(box) {
    if (box) { box.textContent = ''; box.classList.add('hidden'); }
  }

  /** Runs an API call with the button disabled; answers true on success. */
  async function busy(button, errorBox, action) {
    clearError(errorBox);
    if (button) button.disabled = true;
    try {
      await action();
      return true;
    } catch (e) {
      showError(errorBox, e);
      return false;
    } finally {
      if (button) button.disabled = false;
    }
  }

  function linesTable(items, quantityCell) {
    return el('div', { class: 'table-wrap' }, el('table', { class: 'lines' },
      el('thead', {}, el('tr', {}, el('th', {}, K.t('lines.item')), el('th', { class: 'num' }, K.t('lines.qty')),
        el('th', { class: 'num unit-price' }, K.t('lines.price')), el('th', { class: 'num' }, K.t('lines.subtotal')))),
      el('tbody', {}, items.map(function (item) {
        return el('tr', { dataset: { sku: item.sku } },
          el('td', {}, item.name, el('div', { class: 'muted sku' }, item.sku)),
          el('td', { class: 'num' }, quantityCell ? quantityCell(item) : fmt.qty(item.quantity) + ' ' + (item.unit || '')),
          el('td', { class: 'num unit-price' }, fmt.npr(item.unitPrice)),
          el('td', { class: 'num' }, fmt.npr(item.subtotal)));
      }))));
  }

  // ---------- answering an order (inbox card and detail panel) ----------

  /** The vendor's active products, loaded once: what a line read wrong may have meant. */
  let ownProductsLoaded = null;
  function ownProducts() {
    if (!ownProductsLoaded) {
      const params = new URLSearchParams({ vendorId: session.userId, page: 0, size: 100 });
      ownProductsLoaded = K.api('GET', '/v1/products?' + params).then(function (page) { return page.items; },
        function (e) { ownProductsLoaded = null; throw e; });
    }
    return ownProductsLoaded;
  }

  /** The three answers to an order awaiting the vendor; onDone runs after the API accepted one. */
  function answerForms(order, onDone) {
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const panes = el('div', { class: 'answer-pane' });
    const choose = function (form) {
      clearError(error);
      panes.replaceChildren(form);
      const first = form.querySelector('input, textarea');
      if (first) first.focus();
    };
    const send = async function (button, body, done) {
      let result = null;
      const ok = await busy(button, error, async function () { result = await changeStatus(order, body, done); });
      if (ok) { statusNotice(order, done, result); onDone(body.status); }
    };

    const confirmForm = function () {
      const date = el('input', { type: 'date', name: 'deliveryDate', class: 'delivery-date', required: true, min: todayPlus(0), value: todayPlus(1) });
      const submit = el('button', { type: 'submit', class: 'ok confirm-submit' }, K.t('answer.confirmOrder'));
      return el('form', { class: 'answer confirm-form', onsubmit: function (e) {
        e.preventDefault();
        send(submit, { status: 'CONFIRMED', deliveryDate: date.value }, K.t('answer.confirmedFor', fmt.bsAd(date.value)));
      } }, el('label', {}, K.t('order.deliveryDate'), date), submit);
    };

    const partForm = function () {
      const inputs = order.items.map(function (item) {
        return el('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal', class: 'supply-qty',
          value: fmt.qty(item.quantity), 'aria-label': K.t('answer.canSupply', item.name), dataset: { sku: item.sku, ordered: item.quantity } });
      });
      // a line read wrong from the buyer's message: the product it meant (the line is dropped, the words learned)
      const meants = order.items.map(function (item, i) {
        const select = el('select', { class: 'meant', 'aria-label': K.t('answer.meant', item.name), dataset: { sku: item.sku } },
          el('option', { value: '' }, K.t('answer.readRight')));
        select.addEventListener('change', function () {
          inputs[i].disabled = select.value !== '';
          if (select.value !== '') inputs[i].value = '0';
        });
        return select;
      });
      ownProducts().then(function (products) {
        meants.forEach(function (select) {
          products.filter(function (p) { return p.sku !== select.dataset.sku; }).forEach(function (p) {
            select.append(el('option', { value: p.sku }, p.name + ' (' + p.sku + ')'));
          });
        });
      }, function (e) { showError(error, e); });
      const date = el('input', { type: 'date', name: 'deliveryDate', class: 'delivery-date', required: true, min: todayPlus(0), value: todayPlus(1) });
      const submit = el('button', { type: 'submit', class: 'ok partial-submit' }, K.t('answer.confirmQuantities'));
      return el('form', { class: 'answer partial-form', onsubmit: function (e) {
        e.preventDefault();
        const items = [];
        for (let i = 0; i < inputs.length; i++) {
          const input = inputs[i];
          if (meants[i].value !== '') {
            items.push({ sku: input.dataset.sku, quantity: '0', meant: meants[i].value });
            continue;
          }
          if (input.value === '' || Number(input.value) < 0) {
            showError(error, new Error(K.t('answer.quantityNeeded')));
            return;
          }
          if (Number(input.value) !== Number(input.dataset.ordered)) items.push({ sku: input.dataset.sku, quantity: input.value });
        }
        const body = { status: 'CONFIRMED', deliveryDate: date.value };
        if (items.length) body.items = items;
        send(submit, body, items.length ? K.t('answer.partly') : K.t('answer.inFull'));
      } },
      el('p', { class: 'muted' }, K.t('answer.supplyHint')),
      order.items.map(function (item, i) {
        return el('div', { class: 'supply-line' },
          el('label', {}, el('span', {}, item.name + ' (' + K.t('answer.ordered', fmt.qty(item.quantity) + ' ' + (item.unit || '')) + ')'), inputs[i]),
          el('label', { class: 'meant-line muted' }, el('span', {}, K.t('answer.meantLabel')), meants[i]));
      }),
      el('label', {}, K.t('order.deliveryDate'), date), submit);
    };

    const rejectForm = function () {
      const reason = el('textarea', { name: 'reason', class: 'reject-reason', rows: '2', maxlength: '500', required: true, placeholder: K.t('answer.rejectHint') });
      const submit = el('button', { type: 'submit', class: 'danger reject-submit' }, K.t('answer.rejectOrder'));
      return el('form', { class: 'answer reject-form', onsubmit: function (e) {
        e.preventDefault();
        send(submit, { status: 'REJECTED', reason: reason.value }, K.t('status.REJECTED'));
      } }, el('label', {}, K.t('answer.reason'), reason), submit);
    };

    return el('div', { class: 'answers' },
      el('div', { class: 'answer-buttons' },
        el('button', { type: 'button', class: 'ok answer-confirm', onclick: function () { choose(confirmForm()); } }, K.t('answer.confirm')),
        el('button', { type: 'button', class: 'secondary answer-partial', onclick: function () { choose(partForm()); } }, K.t('answer.confirmPart')),
        el('button', { type: 'button', class: 'danger answer-reject', onclick: function () { choose(rejectForm()); } }, K.t('answer.reject'))),
      panes, error);
  }

  /** Sends a status change now, or queues it with its Idempotency-Key when the connection fails. */
  function changeStatus(order, body, label) {
    return K.offline.send({ method: 'PUT', path: '/v1/orders/' + encodeURIComponent(order.id) + '/status', body: body,
      label: label, subject: order.orderNumber, orderId: order.id });
  }

  function statusNotice(order, label, result) {
    if (result && result.queued) K.notice(order.orderNumber + ': ' + K.t('offline.queued', label), 'info');
    else K.notice(order.orderNumber + ': ' + label, 'ok');
  }

  function queuedFor(orderId) {
    return K.offline.pending().find(function (a) { return a.orderId === orderId; }) || null;
  }

  // ---------- what waits to be sent, and what the server refused when it arrived ----------

  function showQueue(list) {
    const box = $('offline-queue');
    box.classList.toggle('hidden', list.length === 0);
    box.replaceChildren(el('h3', {}, K.t('offline.waiting', list.length)), el('ul', {}, list.map(function (a) {
      return el('li', { class: 'queued-action', dataset: { orderId: a.orderId || '' } },
        el('strong', {}, a.subject), ' · ', a.label, ' · ', el('span', { class: 'muted' }, K.t('offline.takenAt', fmt.time(a.takenAt))), ' ',
        el('button', { type: 'button', class: 'secondary small discard', onclick: function () {
          K.offline.discard(a.key);
          if (a.orderId) state.answered.delete(a.orderId);
          showKeptInbox();
          refreshShownOrder();
        } }, K.t('offline.discard')));
    })));
  }

  function showConflicts() {
    const list = K.offline.conflicts();
    const box = $('offline-conflicts');
    box.classList.toggle('hidden', list.length === 0);
    box.replaceChildren.apply(box, list.map(function (c) {
      return el('div', { class: 'conflict', dataset: { orderId: c.action.orderId || '' } },
        el('p', {}, el('strong', {}, c.action.subject), ': ', K.t('offline.notApplied', c.action.label, fmt.time(c.action.takenAt)),
          ' ', c.nowStatus ? K.t('offline.nowStatus', K.t('statusName.' + c.nowStatus)) : ''),
        el('p', { class: 'muted' }, c.refused.message),
        el('button', { type: 'button', class: 'secondary small', onclick: function () { K.offline.dismissConflict(c.action.key); showConflicts(); } },
          K.t('offline.understood')));
    }));
  }

  K.offline.onQueueChange(showQueue);
  K.offline.onResult(function (outcome) {
    const a = outcome.action;
    if (outcome.sent) K.notice(a.subject + ': ' + K.t('offline.sent', a.label), 'ok');
    else { showConflicts(); K.notice(a.subject + ': ' + K.t('offline.notApplied', a.label, fmt.time(a.takenAt)), 'error'); }
    if (a.orderId) state.answered.delete(a.orderId);
    loadOrders();
    if (state.openOrder === a.orderId) refreshOpenOrder(a.orderId);
  });

  // ---------- the live inbox ----------

  function inboxCard(order) {
    const left = el('span', { class: 'time-left' });
    const card = el('article', { class: 'inbox-order', dataset: { orderId: order.orderId } },
      el('header', {},
        el('div', {}, el('strong', { class: 'order-number' }, order.orderNumber),
          el('div', { class: 'buyer' }, order.buyerName || order.buyerId)),
        el('div', { class: 'right' }, el('div', { class: 'total' }, fmt.npr(order.totalAmount)), left)),
      linesTable(order.items),
      order.deliveryAddress ? el('p', { class: 'muted address' }, K.t('order.deliverToAddress', order.deliveryAddress)) : null,
      el('p', { class: 'muted' }, K.t('order.placedAt', fmt.time(order.createdAt))),
      answerForms({ id: order.orderId, orderNumber: order.orderNumber, items: order.items }, function () {
        state.answered.set(order.orderId, Date.now());
        removeFromInbox(order.orderId);
        loadOrders();
      }));
    card._left = left;
    return card;
  }

  function setDeadline(card, order) {
    // seconds left as the server counted them: immune to a wrong clock on this device
    card._deadline = Date.now() + Number(order.secondsLeft) * 1000;
    tick(card);
  }

  function tick(card) {
    const text = timeLeft(card._deadline);
    card._left.textContent = text;
    const ms = card._deadline - Date.now();
    card.classList.toggle('urgent', ms < 15 * 60 * 1000);
    card.classList.toggle('late', ms <= 0);
  }

  function removeFromInbox(id) {
    const card = state.inbox.get(id);
    if (card) { card.remove(); state.inbox.delete(id); }
    inboxCount();
  }

  function inboxCount() {
    const n = state.inbox.size;
    $('inbox-count').textContent = n ? '(' + n + ')' : '';
    $('inbox-empty').classList.toggle('hidden', n > 0);
  }

  /** A whole inbox from the stream: keeps the cards still waiting, adds new ones, drops answered ones. */
  function showInbox(inbox) {
    const now = Date.now();
    state.answered.forEach(function (at, id) { if (now - at > 60000) state.answered.delete(id); });
    const orders = (inbox.orders || []).filter(function (o) { return !state.answered.has(o.orderId) && !queuedFor(o.orderId); });
    const wanted = new Set(orders.map(function (o) { return o.orderId; }));
    Array.from(state.inbox.keys()).forEach(function (id) { if (!wanted.has(id)) removeFromInbox(id); });
    const list = $('inbox');
    orders.forEach(function (order, i) {
      let card = state.inbox.get(order.orderId);
      if (!card) {
        card = inboxCard(order);
        state.inbox.set(order.orderId, card);
      }
      setDeadline(card, order);
      if (list.children[i] !== card) list.insertBefore(card, list.children[i] || null);
    });
    inboxCount();
  }

  /**
   * The inbox as last read on this device, its answer times counted on from then, with its age: what the
   * vendor sees while the stream cannot be reached.
   */
  function showKeptInbox() {
    const last = K.offline.kept('inbox');
    if (!last || state.inboxLive) return;
    const gone = (Date.now() - last.at) / 1000;
    showInbox({ orders: (last.data.orders || []).map(function (o) {
      return Object.assign({}, o, { secondsLeft: Number(o.secondsLeft) - gone });
    }) });
    state.inboxAt = last.at;
    inboxAge();
  }

  function inboxAge() {
    const line = $('inbox-age');
    line.classList.toggle('hidden', state.inboxLive || !state.inboxAt);
    if (!state.inboxLive && state.inboxAt) line.textContent = K.t('offline.inboxAge', K.offline.ago(state.inboxAt));
  }

  function followInbox() {
    let seenInbox = false;
    const badge = $('stream-state');
    showKeptInbox();
    K.stream('/v1/vendors/me/inbox/stream', function (name, data) {
      if (name !== 'inbox' || !data) return;
      K.offline.keep('inbox', data);
      state.inboxLive = true;
      inboxAge();
      const before = new Set(state.inbox.keys());
      showInbox(data);
      const changed = data.orders.length !== before.size || data.orders.some(function (o) { return !before.has(o.orderId); });
      if (changed && seenInbox && state.ordersStatus === 'AWAITING_VENDOR') loadOrders();
      seenInbox = true;
    }, function (s) {
      badge.dataset.state = s === 'live' || K.offline.online() ? s : 'offline';
      badge.textContent = s === 'live' ? K.t('stream.live') : K.offline.online() ? K.t('stream.reconnecting') : K.t('offline.offline');
      if (s === 'live') { K.offline.flush(); return; }
      state.inboxLive = false;
      if (!state.inboxAt) state.inboxAt = (K.offline.kept('inbox') || {}).at || null;
      inboxAge();
    });
    setInterval(function () { state.inbox.forEach(tick); }, 1000);
    setInterval(inboxAge, 30000);
  }

  // ---------- orders by status ----------

  function tabs() {
    const bar = $('status-tabs');
    TABS.forEach(function (t) {
      bar.appendChild(el('button', { type: 'button', role: 'tab', class: 'tab', dataset: { status: t[0] },
        'aria-selected': String(t[0] === state.ordersStatus),
        onclick: function () {
          state.ordersStatus = t[0];
          state.ordersPage = 0;
          bar.querySelectorAll('button').forEach(function (b) {
            b.classList.toggle('active', b.dataset.status === t[0]);
            b.setAttribute('aria-selected', String(b.dataset.status === t[0]));
          });
          loadOrders();
        } }, t[1]));
    });
    bar.querySelector('[data-status="' + state.ordersStatus + '"]').classList.add('active');
    $('orders-prev').addEventListener('click', function () { if (state.ordersPage > 0) { state.ordersPage--; loadOrders(); } });
    $('orders-next').addEventListener('click', function () { state.ordersPage++; loadOrders(); });
    $('orders-refresh').addEventListener('click', function () { loadOrders(); });
  }

  let ordersRequest = 0;
  async function loadOrders() {
    const mine = ++ordersRequest;
    const params = new URLSearchParams({ page: state.ordersPage, size: ORDERS_PAGE });
    if (state.ordersStatus) params.set('status', state.ordersStatus);
    let page;
    let readAt;
    try {
      const read = await K.offline.read('orders.' + state.ordersStatus + '.' + state.ordersPage, '/v1/orders?' + params);
      page = read.data;
      readAt = read.readAt;
    } catch (e) { K.notice(K.errorText(e), 'error'); return; }
    if (mine !== ordersRequest) return;
    const list = $('orders');
    list.replaceChildren.apply(list, page.items.map(orderRow));
    $('orders').dataset.status = state.ordersStatus;
    $('orders-empty').classList.toggle('hidden', page.items.length > 0);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('orders-page').textContent = K.t('common.pageOf', page.page + 1, pages) + ' · ' + K.t('vendor.orderCount', page.total)
      + (readAt ? ' · ' + K.t('offline.readAgo', K.offline.ago(readAt)) : '');
    $('orders-prev').disabled = page.page === 0;
    $('orders-next').disabled = page.page + 1 >= pages;
  }

  function orderRow(o) {
    return el('li', { class: 'order-row' + (o.id === state.openOrder ? ' open' : ''), dataset: { orderId: o.id, status: o.status } },
      el('button', { type: 'button', class: 'link open-order', 'aria-label': K.t('order.open', o.orderNumber),
        onclick: function () { openOrder(o.id); } }, o.orderNumber),
      el('span', { class: 'buyer' }, o.buyerName || o.buyerId),
      el('span', { class: 'num' }, fmt.npr(o.totalAmount)),
      fmt.status(o.status),
      el('span', { class: 'muted' }, o.deliveryDate ? K.t('order.deliverOn', fmt.bsAd(o.deliveryDate)) : fmt.time(o.createdAt)),
      o.overdue ? el('span', { class: 'status status-expired' }, K.t('order.overdue')) : null,
      queuedFor(o.id) ? el('span', { class: 'status status-queued' }, K.t('offline.queuedBadge')) : null);
  }

  /** The orders opened lately, as last read, so one opens without a connection too. */
  function keepOrder(order) {
    const last = K.offline.kept('orders-opened');
    const opened = (last ? last.data : []).filter(function (o) { return o.order.id !== order.id; });
    opened.unshift({ at: Date.now(), order: order });
    K.offline.keep('orders-opened', opened.slice(0, KEPT_ORDERS));
  }

  function keptOrder(id) {
    const last = K.offline.kept('orders-opened');
    return (last ? last.data : []).find(function (o) { return o.order.id === id; }) || null;
  }

  // ---------- one order ----------

  function openOrder(id) {
    if (state.stopOrderStream) state.stopOrderStream();
    state.openOrder = id;
    const panel = $('order-detail');
    panel.dataset.orderId = id;
    panel._key = null;
    panel._updatedAt = null;
    panel.replaceChildren(el('p', { class: 'muted' }, K.t('common.loading')));
    panel.classList.remove('hidden');
    const kept = keptOrder(id);
    if (kept) showOrder(kept.order, kept.at);
    document.querySelectorAll('.order-row').forEach(function (r) { r.classList.toggle('open', r.dataset.orderId === id); });
    // the order now, then after every change (also changes made elsewhere, such as the saga's)
    state.stopOrderStream = K.stream('/v1/orders/' + encodeURIComponent(id) + '/stream', function (name, order) {
      if (name !== 'order' || !order) return;
      keepOrder(order);
      if (state.openOrder === order.id) showOrder(order);
    });
    panel.scrollIntoView({ block: 'nearest' });
  }

  function closeOrder() {
    if (state.stopOrderStream) state.stopOrderStream();
    state.stopOrderStream = null;
    state.openOrder = null;
    $('order-detail').classList.add('hidden');
    document.querySelectorAll('.order-row.open').forEach(function (r) { r.classList.remove('open'); });
  }

  /** The open order shown again, as last read (a queued change came or went). */
  function refreshShownOrder() {
    if (!state.openOrderData) return;
    $('order-detail')._key = null;
    showOrder(state.openOrderData.order, state.openOrderData.readAt);
  }

  /** Shows an order; readAt, when it comes from this device's memory instead of the API. */
  function showOrder(o, readAt) {
    const panel = $('order-detail');
    const queued = queuedFor(o.id);
    // keep what the vendor is typing: a repeat of the same state changes nothing on screen
    const key = [o.status, o.paidAmount, o.totalAmount, o.deliveryDate, o.dueDate, o.overdue, readAt, queued && queued.key].join('|');
    if (panel.dataset.orderId === o.id && (panel._key === key || new Date(o.updatedAt) < panel._updatedAt)) return;
    panel._key = key;
    panel._updatedAt = new Date(o.updatedAt);
    state.openOrderData = { order: o, readAt: readAt || null };
    panel.dataset.status = o.status;
    const balance = Number(o.totalAmount) - Number(o.paidAmount || 0);
    const explained = o.declineReason || ENDED_WITH_REASON.indexOf(o.status) >= 0;
    const reason = el('dd', { class: 'reason' }, o.declineReason || '…');
    if (!o.declineReason && explained) {
      // a rejection's, cancellation's or expiry's reason is the note of that step in the order's history
      K.api('GET', '/v1/orders/' + encodeURIComponent(o.id) + '/tracking').then(function (tracking) {
        const step = tracking.timeline.filter(function (t) { return t.status === o.status && t.note; }).pop();
        reason.textContent = step ? step.note : '—';
      }).catch(function () { reason.textContent = '—'; });
    }
    // an order without actions has none: DOM's replaceChildren would print a null
    panel.replaceChildren.apply(panel, [
      el('div', { class: 'section-head' },
        el('h3', {}, K.t('order.order'), ' ', el('span', { class: 'order-number' }, o.orderNumber), ' ', fmt.status(o.status)),
        el('button', { type: 'button', class: 'secondary small', id: 'close-order', onclick: closeOrder }, K.t('common.close'))),
      readAt ? el('p', { class: 'muted read-ago' }, K.t('offline.readAgo', K.offline.ago(readAt))) : null,
      el('dl', { class: 'facts' },
        el('dt', {}, K.t('order.buyer')), el('dd', { class: 'buyer' }, o.buyerName || o.buyerId),
        el('dt', {}, K.t('order.deliverTo')), el('dd', {}, o.deliveryAddress || '—'),
        el('dt', {}, K.t('order.deliveryDate')), el('dd', {}, fmt.day(o.deliveryDate, 'delivery')),
        el('dt', {}, K.t('order.terms')), el('dd', {}, fmt.terms(o.paymentTerms), o.dueDate ? ' · ' + K.t('order.due', fmt.bsAd(o.dueDate)) : ''),
        el('dt', {}, K.t('invoice.total')), el('dd', { class: 'total' }, fmt.npr(o.totalAmount)),
        el('dt', {}, K.t('order.paid')), el('dd', { class: 'paid' }, fmt.npr(o.paidAmount), ' ', o.paymentStatus ? fmt.status(o.paymentStatus) : ''),
        explained ? el('dt', {}, K.t('order.reason')) : null, explained ? reason : null),
      linesTable(o.items),
      queued ? el('p', { class: 'queued-note' }, K.t('offline.queued', queued.label)) : orderActions(o, balance),
      el('details', { class: 'timeline-box', ontoggle: function (e) { if (e.target.open) loadTimeline(o.id, e.target); } },
        el('summary', {}, K.t('order.history')))
    ].filter(Boolean));
  }

  /** Reads the open order again after a change made here (the stream follows too, but may come later). */
  async function refreshOpenOrder(id) {
    try {
      const order = await K.api('GET', '/v1/orders/' + encodeURIComponent(id));
      if (state.openOrder === order.id) showOrder(order);
    } catch (e) { /* the stream still follows it */ }
  }

  function orderActions(o, balance) {
    const after = function (result) {
      loadOrders();
      if (result && result.queued) refreshShownOrder(); else refreshOpenOrder(o.id);
    };
    if (o.status === 'AWAITING_VENDOR') {
      return answerForms(o, function () {
        state.answered.set(o.id, Date.now());
        removeFromInbox(o.id);
        after({ queued: !!queuedFor(o.id) });
      });
    }
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const move = function (status, label, cls, id) {
      const button = el('button', { type: 'button', class: cls, id: id, onclick: async function () {
        let result = null;
        const ok = await busy(button, error, async function () {
          result = await changeStatus(o, { status: status }, label);
        });
        if (ok) { statusNotice(o, K.t('status.' + status), result); after(result); }
      } }, label);
      return button;
    };
    if (o.status === 'CONFIRMED') return el('div', { class: 'actions' }, move('DISPATCHED', K.t('order.markDispatched'), '', 'dispatch'), error);
    if (o.status === 'DISPATCHED') return el('div', { class: 'actions' }, move('DELIVERED', K.t('order.markDelivered'), 'ok', 'deliver'), error);
    if (o.status === 'DELIVERED' && balance > 0) {
      const amount = el('input', { id: 'payment-amount', type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true, value: balance.toFixed(2) });
      const method = el('select', { id: 'payment-method' },
        el('option', { value: 'CASH' }, K.t('payment.cash')), el('option', { value: 'BANK' }, K.t('payment.bank')), el('option', { value: 'WALLET' }, K.t('payment.wallet')));
      const submit = el('button', { type: 'submit', class: 'ok', id: 'record-payment' }, K.t('payment.record'));
      return el('form', { class: 'inline actions payment-form', onsubmit: async function (e) {
        e.preventDefault();
        const ok = await busy(submit, error, function () {
          return K.api('POST', '/v1/orders/' + encodeURIComponent(o.id) + '/payments', { amount: amount.value, method: method.value });
        });
        if (ok) { K.notice(o.orderNumber + ': ' + K.t('payment.recorded', fmt.npr(amount.value)), 'ok'); after(); }
      } },
      el('label', {}, K.t('payment.amount', fmt.npr(balance)), amount), el('label', {}, K.t('payment.method'), method), submit, error);
    }
    return null;
  }

  async function loadTimeline(id, box) {
    try {
      const tracking = await K.api('GET', '/v1/orders/' + encodeURIComponent(id) + '/tracking');
      const old = box.querySelector('.timeline');
      if (old) old.remove();
      box.appendChild(el('ol', { class: 'timeline' }, tracking.timeline.map(function (step) {
        return el('li', {}, fmt.status(step.status), ' ', el('span', { class: 'muted' }, fmt.time(step.occurredAt)),
          step.note ? el('div', {}, step.note) : null);
      })));
    } catch (e) { K.notice(K.errorText(e), 'error'); }
  }

  // ---------- catalog and stock ----------

  let catalogRequest = 0;
  async function loadCatalog() {
    const mine = ++catalogRequest;
    const params = new URLSearchParams({ vendorId: session.userId, page: state.catalogPage, size: CATALOG_PAGE });
    if (state.catalogQuery) params.set('q', state.catalogQuery);
    let page;
    try {
      page = await K.api('GET', '/v1/products?' + params);
    } catch (e) { K.notice(K.errorText(e), 'error'); return; }
    if (mine !== catalogRequest) return;
    const box = $('catalog');
    box.replaceChildren(page.items.length ? el('table', { class: 'catalog-table' },
      el('thead', {}, el('tr', {}, [K.t('product.sku'), K.t('catalog.product'), K.t('lines.price'), K.t('catalog.onHand'),
        K.t('catalog.reserved'), K.t('catalog.available'), ''].map(function (h, i) {
        return el('th', { class: i >= 2 && i <= 5 ? 'num' : null }, h);
      }))),
      el('tbody', {}, page.items.map(productRow))) : el('p', { class: 'muted' }, K.t('catalog.none')));
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('catalog-page').textContent = K.t('common.pageOf', page.page + 1, pages) + ' · ' + K.t('catalog.productCount', page.total);
    $('catalog-prev').disabled = page.page === 0;
    $('catalog-next').disabled = page.page + 1 >= pages;
  }

  function productRow(p) {
    const stock = p.stock || {};
    const tools = el('td', { class: 'tools' });
    const row = el('tr', { class: 'product' + (p.status !== 'ACTIVE' ? ' delisted' : ''), dataset: { sku: p.sku, productId: p.id } },
      el('td', { 'data-label': K.t('product.sku'), class: 'sku' }, p.sku),
      el('td', { 'data-label': K.t('catalog.product') }, el('span', { class: 'name' }, p.name), p.nameNe ? el('div', { class: 'muted' }, p.nameNe) : null,
        el('div', { class: 'muted' }, [p.unit, p.packSize].filter(Boolean).join(' · '), p.status !== 'ACTIVE' ? ' · ' + K.t('catalog.delisted') : '')),
      el('td', { 'data-label': K.t('lines.price'), class: 'num price' }, fmt.npr(p.price), el('div', { class: 'muted' }, K.t('catalog.per', p.unit))),
      el('td', { 'data-label': K.t('catalog.onHand'), class: 'num on-hand' }, fmt.qty(stock.onHand)),
      el('td', { 'data-label': K.t('catalog.reserved'), class: 'num reserved' }, fmt.qty(stock.reserved)),
      el('td', { 'data-label': K.t('catalog.available'), class: 'num available' }, fmt.qty(stock.available)),
      tools);
    const slot = el('div', { class: 'row-form' });
    tools.append(
      el('button', { type: 'button', class: 'secondary small change-price', onclick: function () { slot.replaceChildren(priceForm(p, slot)); focusIn(slot); } }, K.t('lines.price')),
      el('button', { type: 'button', class: 'secondary small receive-stock', onclick: function () { slot.replaceChildren(receiveForm(p, slot)); focusIn(slot); } }, K.t('catalog.receive')),
      slot);
    return row;
  }

  function focusIn(node) { const i = node.querySelector('input'); if (i) i.focus(); }

  function priceForm(p, slot) {
    const price = el('input', { type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true, class: 'new-price', value: Number(p.price).toFixed(2), 'aria-label': K.t('catalog.newPrice', p.name) });
    const submit = el('button', { type: 'submit', class: 'small save-price' }, K.t('common.save'));
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    return el('form', { class: 'inline', onsubmit: async function (e) {
      e.preventDefault();
      // the API changes a price with the whole listing: send it back as it is, with the new price
      const body = { sku: p.sku, name: p.name, nameNe: p.nameNe, aliases: p.aliases, category: p.category, unit: p.unit,
        packSize: p.packSize, price: price.value, minOrderQuantity: p.minOrderQuantity };
      const ok = await busy(submit, error, function () { return K.api('PUT', '/v1/products/' + encodeURIComponent(p.id), body); });
      if (ok) { K.notice(p.name + ': ' + K.t('catalog.priceNow', fmt.npr(price.value)), 'ok'); loadCatalog(); }
    } }, price, submit, el('button', { type: 'button', class: 'secondary small', onclick: function () { slot.replaceChildren(); } }, K.t('common.cancel')), error);
  }

  function receiveForm(p, slot) {
    const qty = el('input', { type: 'number', min: '0.001', step: 'any', inputmode: 'decimal', required: true, class: 'receive-qty', placeholder: p.unit, 'aria-label': K.t('catalog.receivedQty', p.name) });
    const submit = el('button', { type: 'submit', class: 'small save-receipt' }, K.t('catalog.addToStock'));
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    return el('form', { class: 'inline', onsubmit: async function (e) {
      e.preventDefault();
      const ok = await busy(submit, error, function () {
        return K.api('POST', '/v1/products/' + encodeURIComponent(p.id) + '/stock', { type: 'RECEIVE', quantity: qty.value, reason: 'received' });
      });
      if (ok) { K.notice(p.name + ': ' + K.t('catalog.received', fmt.qty(qty.value) + ' ' + p.unit), 'ok'); loadCatalog(); }
    } }, qty, submit, el('button', { type: 'button', class: 'secondary small', onclick: function () { slot.replaceChildren(); } }, K.t('common.cancel')), error);
  }

  function catalogControls() {
    const form = $('add-product');
    const toggle = $('add-product-toggle');
    toggle.addEventListener('click', function () {
      const open = form.classList.toggle('hidden') === false;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) $('new-sku').focus();
    });
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const body = {};
      new FormData(form).forEach(function (v, k) { v = String(v).trim(); if (v !== '') body[k] = v; });
      const error = form.querySelector('.form-error');
      const ok = await busy($('add-product-submit'), error, function () { return K.api('POST', '/v1/products', body); });
      if (ok) {
        K.notice(K.t('catalog.listed', body.name), 'ok');
        form.reset();
        form.classList.add('hidden');
        toggle.setAttribute('aria-expanded', 'false');
        state.catalogQuery = body.sku;
        $('catalog-q').value = body.sku;
        state.catalogPage = 0;
        loadCatalog();
      }
    });
    $('catalog-filter').addEventListener('submit', function (e) {
      e.preventDefault();
      state.catalogQuery = $('catalog-q').value.trim();
      state.catalogPage = 0;
      loadCatalog();
    });
    $('catalog-prev').addEventListener('click', function () { if (state.catalogPage > 0) { state.catalogPage--; loadCatalog(); } });
    $('catalog-next').addEventListener('click', function () { state.catalogPage++; loadCatalog(); });
  }

  // ---------- invoices and credit notes ----------

  const INVOICE_KINDS = [['', K.t('common.all')], ['INVOICE', K.t('invoice.invoices')], ['CREDIT_NOTE', K.t('invoice.creditNotes')]];
  const INVOICES_PAGE = 20;

  const rupees = K.fmt.rupees;
  const issuedOn = K.invoice.issuedOn;
  const kindBadge = K.invoice.kindBadge;
  const invoicePath = K.invoice.path;
  const fetchPdf = K.invoice.pdf;

  function vatClassText(vatClass) {
    return vatClass === 'EXEMPT' ? K.t('invoice.exemptLine') : K.t('invoice.vat13');
  }

  /** The tax office's answer to the document's report: a short label, none when it was not reported. */
  function taxOfficeBadge(state) {
    if (!state) return el('span', { class: 'muted' }, '—');
    return el('span', { class: 'status tax-office-' + String(state).toLowerCase(), dataset: { state: state } },
      K.has('taxOffice.' + state) ? K.t('taxOffice.' + state) : String(state).toLowerCase());
  }

  /**
   * The invoice's PDF in one language, fetched with the session's token, in a tab of its own. The tab
   * is opened at the click (a browser lets a page open one only then) and shows the PDF once it came;
   * where no tab may open, the PDF is downloaded. Each fetch is a print the API records.
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
      printed(s.invoiceId);
      K.notice(s.number + ': ' + K.t('invoice.pdfReady', label), 'ok');
    } catch (e) {
      if (tab) tab.close();
      K.notice(s.number + ': ' + K.errorText(e), 'error');
    } finally {
      button.disabled = false;
    }
  }


  /** A print the API answered: the count on the page follows it at once (the list catches up on its next reading). */
  function printed(id) {
    document.querySelectorAll('#invoice-rows tr[data-invoice-id="' + CSS.escape(id) + '"] .prints').forEach(function (cell) {
      const n = Number(cell.dataset.prints || 0) + 1;
      cell.dataset.prints = String(n);
      cell.textContent = String(n);
    });
  }

  function pdfButtons(s) {
    const en = el('button', { type: 'button', class: 'secondary small pdf-en', 'aria-label': K.t('invoice.pdfOf', 'PDF (English)', s.number) }, 'PDF (English)');
    const ne = el('button', { type: 'button', class: 'secondary small pdf-ne', lang: 'ne', 'aria-label': K.t('invoice.pdfOf', 'PDF (नेपाली)', s.number) }, 'PDF (नेपाली)');
    en.addEventListener('click', function () { printInvoice(s, 'en', en); });
    ne.addEventListener('click', function () { printInvoice(s, 'ne', ne); });
    return el('span', { class: 'pdf-buttons' }, en, ne);
  }

  function invoiceKindTabs() {
    const bar = $('invoice-kinds');
    INVOICE_KINDS.forEach(function (t) {
      bar.appendChild(el('button', { type: 'button', role: 'tab', class: 'tab' + (t[0] === state.invoiceKind ? ' active' : ''),
        dataset: { kind: t[0] }, 'aria-selected': String(t[0] === state.invoiceKind),
        onclick: function () {
          state.invoiceKind = t[0];
          state.invoicesPage = 0;
          bar.querySelectorAll('button').forEach(function (b) {
            b.classList.toggle('active', b.dataset.kind === t[0]);
            b.setAttribute('aria-selected', String(b.dataset.kind === t[0]));
          });
          loadInvoices();
        } }, t[1]));
    });
    $('invoices-prev').addEventListener('click', function () { if (state.invoicesPage > 0) { state.invoicesPage--; loadInvoices(); } });
    $('invoices-next').addEventListener('click', function () { state.invoicesPage++; loadInvoices(); });
    $('invoices-refresh').addEventListener('click', function () { loadInvoices(); });
  }

  let invoicesRequest = 0;
  async function loadInvoices() {
    const mine = ++invoicesRequest;
    const params = new URLSearchParams({ page: state.invoicesPage, size: INVOICES_PAGE });
    if (state.invoiceKind) params.set('kind', state.invoiceKind);
    let page;
    try {
      page = await K.api('GET', '/v1/invoices?' + params);
    } catch (e) { K.notice(K.t('invoice.invoices') + ': ' + K.errorText(e), 'error'); return; }
    if (mine !== invoicesRequest) return;
    const numbers = new Map(page.items.map(function (s) { return [s.invoiceId, s.number]; }));
    const rows = $('invoice-rows');
    rows.replaceChildren.apply(rows, page.items.map(function (s) { return invoiceRow(s, numbers); }));
    $('invoices').dataset.kind = state.invoiceKind;
    $('invoices-empty').classList.toggle('hidden', page.items.length > 0);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('invoices-page').textContent = K.t('common.pageOf', page.page + 1, pages) + ' · ' + K.t(page.total === 1 ? 'invoice.document' : 'invoice.documents', page.total);
    $('invoices-prev').disabled = page.page === 0;
    $('invoices-next').disabled = page.page + 1 >= pages;
  }

  function invoiceRow(s, numbers) {
    const credited = s.creditedInvoiceId ? numbers.get(s.creditedInvoiceId) : null;
    return el('tr', { class: 'invoice-row' + (s.invoiceId === state.openInvoice ? ' open' : ''), dataset: { invoiceId: s.invoiceId, kind: s.kind } },
      el('td', { 'data-label': K.t('invoice.number') },
        el('button', { type: 'button', class: 'link open-invoice number', 'aria-label': K.t('invoice.open', s.number),
          onclick: function () { openInvoice(s.invoiceId); } }, s.number)),
      el('td', { 'data-label': K.t('invoice.date'), class: 'issued' }, issuedOn(s)),
      el('td', { 'data-label': K.t('invoice.order'), class: 'order' }, s.orderNumber || '—'),
      el('td', { 'data-label': K.t('order.buyer'), class: 'buyer' }, el('span', {}, s.buyerName || s.buyerId,
        el('span', { class: 'muted pan' }, s.buyerPan ? K.t('invoice.panOf', s.buyerPan) : K.t('invoice.noPan')))),
      el('td', { 'data-label': K.t('invoice.taxable'), class: 'num taxable' }, rupees(s.taxableAmount)),
      el('td', { 'data-label': K.t('invoice.exempt'), class: 'num exempt' }, rupees(s.exemptAmount)),
      el('td', { 'data-label': K.t('invoice.vat'), class: 'num vat' }, rupees(s.vatAmount)),
      el('td', { 'data-label': K.t('invoice.total'), class: 'num total' }, rupees(s.totalAmount)),
      el('td', { 'data-label': K.t('invoice.kind'), class: 'kind' }, el('span', {}, kindBadge(s.kind),
        s.kind === 'CREDIT_NOTE' && credited ? el('span', { class: 'muted credited' }, K.t('invoice.creditFor', credited)) : null)),
      el('td', { 'data-label': K.t('invoice.taxOffice'), class: 'tax-office', dataset: { state: s.taxOfficeState || '' } },
        taxOfficeBadge(s.taxOfficeState)),
      el('td', { 'data-label': K.t('invoice.printed'), class: 'num prints', dataset: { prints: String(s.prints || 0) } }, String(s.prints || 0)),
      el('td', { class: 'tools' }, pdfButtons(s)));
  }

  // ---------- one invoice ----------

  async function openInvoice(id) {
    state.openInvoice = id;
    const panel = $('invoice-detail');
    panel.dataset.invoiceId = id;
    panel.replaceChildren(el('p', { class: 'muted' }, K.t('common.loading')));
    panel.classList.remove('hidden');
    document.querySelectorAll('.invoice-row').forEach(function (r) { r.classList.toggle('open', r.dataset.invoiceId === id); });
    let detail;
    try {
      detail = await K.api('GET', invoicePath(id));
    } catch (e) {
      if (state.openInvoice !== id) return;
      panel.replaceChildren(el('p', { class: 'form-error' }, K.errorText(e)));
      return;
    }
    if (state.openInvoice !== id) return;
    showInvoice(detail);
    panel.scrollIntoView({ block: 'nearest' });
  }

  function closeInvoice() {
    state.openInvoice = null;
    const panel = $('invoice-detail');
    panel.classList.add('hidden');
    panel.replaceChildren();
    delete panel.dataset.invoiceId;
    document.querySelectorAll('.invoice-row.open').forEach(function (r) { r.classList.remove('open'); });
  }

  function invoiceTitle(d) {
    if (d.kind === 'CREDIT_NOTE') return K.t('invoice.creditNote');
    return d.taxInvoice ? K.t('invoice.taxInvoice') : K.t('invoice.invoice');
  }

  function showInvoice(detail) {
    const s = detail.summary;
    const d = detail.document;
    const panel = $('invoice-detail');
    panel.dataset.kind = s.kind;
    const facts = [
      [K.t('invoice.date'), issuedOn(s)],
      [K.t('invoice.fiscalYear'), s.fiscalYear],
      [K.t('invoice.order'), s.orderNumber || '—'],
      [K.t('invoice.seller'), partyText(d.seller)],
      [K.t('order.buyer'), partyText(d.buyer)],
      [K.t('invoice.paymentTerms'), invoiceTerms(d.paymentTerms)],
      [K.t('invoice.taxOffice'), taxOfficeBadge(s.taxOfficeState)]
    ];
    if (d.creditedInvoiceNumber) facts.push([K.t('invoice.creditsInvoice'), d.creditedInvoiceNumber]);
    if (d.reason) facts.push([K.t('order.reason'), d.reason]);
    panel.replaceChildren.apply(panel, [
      el('div', { class: 'section-head' },
        el('h3', {}, invoiceTitle(d), ' ', el('span', { class: 'invoice-number' }, s.number), ' ', kindBadge(s.kind)),
        el('button', { type: 'button', class: 'secondary small', id: 'close-invoice', onclick: closeInvoice }, K.t('common.close'))),
      el('dl', { class: 'facts' }, facts.map(function (f) { return [el('dt', {}, f[0]), el('dd', {}, f[1])]; })),
      invoiceLines(d),
      el('div', { class: 'actions' }, pdfButtons(s)),
      accessesTable(detail.accesses || [], s),
      s.kind === 'INVOICE' ? creditNoteBox(detail) : null
    ].filter(Boolean));
  }

  /** The terms as the document holds them (COD, or NET15 with the due date once known): NET15 · due 20 Dec 2026. */
  function invoiceTerms(terms) {
    const m = /^(\S+) (\d{4}-\d{2}-\d{2})$/.exec(terms || '');
    return m ? K.fmt.terms(m[1]) + ' · ' + K.t('order.due', K.fmt.bsAd(m[2])) : K.fmt.terms(terms);
  }

  function partyText(p) {
    if (!p) return '—';
    return [p.name, p.address, p.pan ? K.t('invoice.panOf', p.pan) : null].filter(Boolean).join(' · ');
  }

  function invoiceLines(d) {
    const t = d.totals || {};
    const total = function (label, amount, cls) {
      return el('tr', { class: cls }, el('th', { colspan: 4 }, label), el('td', { class: 'num' }, rupees(amount)));
    };
    return el('div', { class: 'table-wrap' }, el('table', { class: 'lines invoice-lines' },
      el('thead', {}, el('tr', {}, el('th', {}, K.t('lines.item')), el('th', { class: 'num' }, K.t('lines.qty')), el('th', { class: 'num' }, K.t('lines.rate')),
        el('th', {}, K.t('invoice.vat')), el('th', { class: 'num' }, K.t('lines.amount')))),
      el('tbody', {}, (d.lines || []).map(function (line) {
        return el('tr', { class: 'invoice-line', dataset: { sku: line.sku } },
          el('td', {}, line.name, line.nameNe ? el('div', { class: 'muted', lang: 'ne' }, line.nameNe) : null,
            el('div', { class: 'muted sku' }, line.sku)),
          el('td', { class: 'num qty' }, fmt.qty(line.quantity) + ' ' + (line.unit || '')),
          el('td', { class: 'num rate' }, rupees(line.rate)),
          el('td', { class: 'vat-class' }, vatClassText(line.vatClass)),
          el('td', { class: 'num amount' }, rupees(line.amount)));
      })),
      el('tfoot', {},
        total(K.t('invoice.taxable'), t.taxable, 'taxable'), total(K.t('invoice.exempt'), t.exempt, 'exempt'),
        total(K.t('invoice.vatTotal'), t.vat, 'vat'), total(K.t('invoice.total'), t.total, 'total'))));
  }

  function accessesTable(accesses, s) {
    const who = function (userId) {
      if (userId === session.userId) return K.t('access.you');
      if (userId === 'system') return K.t('access.system');
      if (userId === s.buyerId) return K.t('access.buyer') + (s.buyerName ? ' (' + s.buyerName + ')' : '');
      return userId;
    };
    return el('div', { class: 'accesses' },
      el('h4', {}, K.t('access.title') + ' ', el('span', { class: 'count' }, '(' + accesses.length + ')')),
      accesses.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'access-table' },
        el('thead', {}, el('tr', {}, el('th', {}, K.t('access.what')), el('th', {}, K.t('access.who')), el('th', {}, K.t('access.copy')), el('th', {}, K.t('access.when')))),
        el('tbody', {}, accesses.map(function (a) {
          return el('tr', { class: 'access', dataset: { kind: a.kind } },
            el('td', {}, K.has('access.' + a.kind) ? K.t('access.' + a.kind) : String(a.kind).toLowerCase()), el('td', {}, who(a.userId)),
            el('td', {}, a.kind === 'PRINT' ? (a.copy ? K.t('access.copyN', a.copy) : K.t('access.original')) : '—'),
            el('td', {}, fmt.time(a.at)));
        })))) : el('p', { class: 'muted' }, K.t('access.none')));
  }

  // ---------- credit notes ----------

  function creditNoteBox(detail) {
    const slot = el('div', { class: 'credit-note-slot' });
    const toggle = el('button', { type: 'button', class: 'small', id: 'credit-note-toggle', 'aria-expanded': 'false',
      onclick: function () {
        const open = !slot.firstChild;
        if (open) slot.replaceChildren(creditNoteForm(detail)); else slot.replaceChildren();
        toggle.setAttribute('aria-expanded', String(open));
        if (open) slot.querySelector('textarea').focus();
      } }, K.t('credit.issueA'));
    return el('div', { class: 'credit-note-box' }, toggle, slot);
  }

  function creditNoteForm(detail) {
    const s = detail.summary;
    const lines = detail.document.lines || [];
    const reason = el('textarea', { id: 'credit-reason', name: 'reason', rows: '2', maxlength: '500', required: true,
      placeholder: K.t('credit.reasonHint') });
    const rows = el('div', { class: 'credit-lines', id: 'credit-lines' });
    const addLine = function () {
      const sku = el('select', { class: 'credit-sku', 'aria-label': K.t('credit.itemTo') }, lines.map(function (line) {
        return el('option', { value: line.sku }, line.name + ' (' + line.sku + ', ' + fmt.qty(line.quantity) + ' ' + (line.unit || '') + ')');
      }));
      const qty = el('input', { type: 'number', class: 'credit-qty', min: '0.001', step: 'any', inputmode: 'decimal', required: true,
        'aria-label': K.t('credit.qtyTo') });
      const row = el('div', { class: 'credit-line' }, el('label', {}, K.t('lines.item'), sku), el('label', { class: 'qty' }, K.t('credit.quantity'), qty),
        el('button', { type: 'button', class: 'secondary small remove-credit-line', onclick: function () { row.remove(); } }, K.t('credit.remove')));
      rows.appendChild(row);
      sku.focus();
    };
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const result = el('p', { class: 'credit-note-result hidden', id: 'credit-note-result', role: 'status' });
    const submit = el('button', { type: 'submit', class: 'danger', id: 'credit-note-submit' }, K.t('credit.issueThe'));
    return el('form', { class: 'credit-note-form', id: 'credit-note-form', autocomplete: 'off', onsubmit: async function (e) {
      e.preventDefault();
      result.classList.add('hidden');
      const body = { reason: reason.value.trim() };
      const credited = Array.prototype.map.call(rows.querySelectorAll('.credit-line'), function (row) {
        return { sku: row.querySelector('.credit-sku').value, quantity: row.querySelector('.credit-qty').value };
      });
      if (credited.length) body.lines = credited;
      let answer;
      const ok = await busy(submit, error, async function () {
        answer = await K.api('POST', invoicePath(s.invoiceId) + '/credit-notes', body);
      });
      if (!ok) return;
      result.replaceChildren(K.t('invoice.creditNote') + ' ', el('strong', { class: 'cn-number' }, answer.number), ' ' + K.t('credit.issuedAgainst', s.number));
      result.dataset.creditNoteId = answer.creditNoteId;
      result.classList.remove('hidden');
      K.notice(K.t('credit.issued', answer.number), 'ok');
      reason.value = '';
      rows.replaceChildren();
      whenListed(answer.creditNoteId, s.orderId);
    } },
    el('p', { class: 'muted' }, K.t('credit.hint', s.number)),
    el('label', {}, K.t('credit.reason'), reason),
    rows,
    el('div', { class: 'form-buttons' },
      el('button', { type: 'button', class: 'secondary small', id: 'add-credit-line', onclick: addLine }, K.t('credit.addLine')),
      submit),
    error, result);
  }

  /** Reads the list again once the new credit note is in it (the list follows the issue a moment later). */
  async function whenListed(creditNoteId, orderId) {
    for (let i = 0; i < 20; i++) {
      try {
        const page = await K.api('GET', '/v1/invoices?' + new URLSearchParams({ kind: 'CREDIT_NOTE', orderId: orderId, size: 100 }));
        if (page.items.some(function (s) { return s.invoiceId === creditNoteId; })) break;
      } catch (e) { break; }
      await new Promise(function (resolve) { setTimeout(resolve, 500); });
    }
    loadInvoices();
  }

  // ---------- tax profile ----------

  function taxProfileForm() {
    const form = $('tax-profile');
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const saved = $('tax-profile-saved');
      saved.classList.add('hidden');
      const body = { pan: $('tax-pan').value.trim(), vatRegistered: $('tax-vat').checked, invoiceAt: $('tax-invoice-at').value };
      let answer;
      const ok = await busy($('tax-profile-submit'), $('tax-profile-error'), async function () {
        answer = await K.api('PUT', '/v1/vendors/me/tax-profile', body);
      });
      if (!ok) return;
      saved.textContent = K.t('tax.saved', answer.pan, answer.vatRegistered ? K.t('vendor.vatRegistered') : K.t('tax.notVat'),
        answer.invoiceAt === 'DISPATCH' ? K.t('vendor.atDispatch') : K.t('vendor.atDelivery'));
      saved.classList.remove('hidden');
      K.notice(K.t('tax.savedNotice'), 'ok');
    });
  }

  async function whoAmI() {
    try {
      const me = (await K.offline.read('me', '/v1/users/me')).data;
      const name = me.profile && me.profile.businessName || me.displayName;
      if (name) $('vendor-name').textContent = name;
    } catch (e) { /* the heading stays generic */ }
  }

  tabs();
  catalogControls();
  whoAmI();
  K.offline.pushToggle($('push-toggle'));
  showQueue(K.offline.pending());
  showConflicts();
  followInbox();
  K.offline.flush();
  loadOrders();
  loadCatalog();
  invoiceKindTabs();
  taxProfileForm();
  loadInvoices();
})();
