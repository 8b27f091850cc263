/*
 * The vendor portal: the live inbox of orders waiting for the vendor's answer (confirm, confirm part,
 * reject), the vendor's orders by status (dispatch, deliver, record a payment), and the catalog with
 * stock (list a product, change a price, receive stock). Everything is read from and written to the API.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;

  const session = K.requireRole('VENDOR');
  if (!session) return;

  const TABS = [
    ['AWAITING_VENDOR', 'Awaiting'], ['CONFIRMED', 'Confirmed'], ['DISPATCHED', 'Dispatched'],
    ['DELIVERED', 'Delivered'], ['PAID', 'Paid'], ['REJECTED', 'Rejected'], ['CANCELLED', 'Cancelled'],
    ['EXPIRED', 'Expired'], ['', 'All']
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
    catalogQuery: ''
  };

  K.header('Vendor portal', [['Inbox', '#inbox-section'], ['Orders', '#orders-section'], ['Catalog', '#catalog-section']]);
  $('vendor-page').classList.remove('hidden');

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
    if (ms <= 0) return 'time is up';
    const s = Math.floor(ms / 1000), m = Math.floor(s / 60), h = Math.floor(m / 60);
    return (h ? h + ' h ' : '') + (h || m % 60 ? (m % 60) + ' min ' : '') + (s % 60) + ' s left';
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
      el('thead', {}, el('tr', {}, el('th', {}, 'Item'), el('th', { class: 'num' }, 'Qty'),
        el('th', { class: 'num unit-price' }, 'Price'), el('th', { class: 'num' }, 'Subtotal'))),
      el('tbody', {}, items.map(function (item) {
        return el('tr', { dataset: { sku: item.sku } },
          el('td', {}, item.name, el('div', { class: 'muted sku' }, item.sku)),
          el('td', { class: 'num' }, quantityCell ? quantityCell(item) : fmt.qty(item.quantity) + ' ' + (item.unit || '')),
          el('td', { class: 'num unit-price' }, fmt.npr(item.unitPrice)),
          el('td', { class: 'num' }, fmt.npr(item.subtotal)));
      }))));
  }

  // ---------- answering an order (inbox card and detail panel) ----------

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
      const ok = await busy(button, error, function () {
        return K.api('PUT', '/v1/orders/' + encodeURIComponent(order.id) + '/status', body);
      });
      if (ok) { K.notice(order.orderNumber + ': ' + done, 'ok'); onDone(body.status); }
    };

    const confirmForm = function () {
      const date = el('input', { type: 'date', name: 'deliveryDate', class: 'delivery-date', required: true, min: todayPlus(0), value: todayPlus(1) });
      const submit = el('button', { type: 'submit', class: 'ok confirm-submit' }, 'Confirm order');
      return el('form', { class: 'answer confirm-form', onsubmit: function (e) {
        e.preventDefault();
        send(submit, { status: 'CONFIRMED', deliveryDate: date.value }, 'confirmed for ' + fmt.date(date.value));
      } }, el('label', {}, 'Delivery date', date), submit);
    };

    const partForm = function () {
      const inputs = order.items.map(function (item) {
        return el('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal', class: 'supply-qty',
          value: fmt.qty(item.quantity), 'aria-label': 'Quantity of ' + item.name + ' you can supply', dataset: { sku: item.sku, ordered: item.quantity } });
      });
      const date = el('input', { type: 'date', name: 'deliveryDate', class: 'delivery-date', required: true, min: todayPlus(0), value: todayPlus(1) });
      const submit = el('button', { type: 'submit', class: 'ok partial-submit' }, 'Confirm these quantities');
      return el('form', { class: 'answer partial-form', onsubmit: function (e) {
        e.preventDefault();
        const items = [];
        for (const input of inputs) {
          if (input.value === '' || Number(input.value) < 0) {
            showError(error, new Error('Enter a quantity of 0 or more for every line (0 drops the line).'));
            return;
          }
          if (Number(input.value) !== Number(input.dataset.ordered)) items.push({ sku: input.dataset.sku, quantity: input.value });
        }
        const body = { status: 'CONFIRMED', deliveryDate: date.value };
        if (items.length) body.items = items;
        send(submit, body, items.length ? 'partly confirmed' : 'confirmed in full');
      } },
      el('p', { class: 'muted' }, 'What you can supply of each line; 0 drops the line.'),
      order.items.map(function (item, i) {
        return el('label', { class: 'supply-line' }, el('span', {}, item.name + ' (ordered ' + fmt.qty(item.quantity) + ' ' + (item.unit || '') + ')'), inputs[i]);
      }),
      el('label', {}, 'Delivery date', date), submit);
    };

    const rejectForm = function () {
      const reason = el('textarea', { name: 'reason', class: 'reject-reason', rows: '2', maxlength: '500', required: true, placeholder: 'Out of stock, cannot deliver there, …' });
      const submit = el('button', { type: 'submit', class: 'danger reject-submit' }, 'Reject order');
      return el('form', { class: 'answer reject-form', onsubmit: function (e) {
        e.preventDefault();
        send(submit, { status: 'REJECTED', reason: reason.value }, 'rejected');
      } }, el('label', {}, 'Reason (the buyer sees it)', reason), submit);
    };

    return el('div', { class: 'answers' },
      el('div', { class: 'answer-buttons' },
        el('button', { type: 'button', class: 'ok answer-confirm', onclick: function () { choose(confirmForm()); } }, 'Confirm'),
        el('button', { type: 'button', class: 'secondary answer-partial', onclick: function () { choose(partForm()); } }, 'Confirm part'),
        el('button', { type: 'button', class: 'danger answer-reject', onclick: function () { choose(rejectForm()); } }, 'Reject')),
      panes, error);
  }

  // ---------- the live inbox ----------

  function inboxCard(order) {
    const left = el('span', { class: 'time-left' });
    const card = el('article', { class: 'inbox-order', dataset: { orderId: order.orderId } },
      el('header', {},
        el('div', {}, el('strong', { class: 'order-number' }, order.orderNumber),
          el('div', { class: 'buyer' }, order.buyerName || order.buyerId)),
        el('div', { class: 'right' }, el('div', { class: 'total' }, fmt.npr(order.totalAmount)), left)),
      linesTable(order.items),
      order.deliveryAddress ? el('p', { class: 'muted address' }, 'Deliver to: ' + order.deliveryAddress) : null,
      el('p', { class: 'muted' }, 'Placed ' + fmt.time(order.createdAt)),
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
    const orders = (inbox.orders || []).filter(function (o) { return !state.answered.has(o.orderId); });
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

  function followInbox() {
    let seenInbox = false;
    const badge = $('stream-state');
    K.stream('/v1/vendors/me/inbox/stream', function (name, data) {
      if (name !== 'inbox' || !data) return;
      const before = new Set(state.inbox.keys());
      showInbox(data);
      const changed = data.orders.length !== before.size || data.orders.some(function (o) { return !before.has(o.orderId); });
      if (changed && seenInbox && state.ordersStatus === 'AWAITING_VENDOR') loadOrders();
      seenInbox = true;
    }, function (s) {
      badge.dataset.state = s;
      badge.textContent = s === 'live' ? 'live' : 'reconnecting…';
    });
    setInterval(function () { state.inbox.forEach(tick); }, 1000);
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
    try {
      page = await K.api('GET', '/v1/orders?' + params);
    } catch (e) { K.notice(K.errorText(e), 'error'); return; }
    if (mine !== ordersRequest) return;
    const list = $('orders');
    list.replaceChildren.apply(list, page.items.map(orderRow));
    $('orders').dataset.status = state.ordersStatus;
    $('orders-empty').classList.toggle('hidden', page.items.length > 0);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('orders-page').textContent = 'page ' + (page.page + 1) + ' of ' + pages + ' · ' + page.total + ' orders';
    $('orders-prev').disabled = page.page === 0;
    $('orders-next').disabled = page.page + 1 >= pages;
  }

  function orderRow(o) {
    return el('li', { class: 'order-row' + (o.id === state.openOrder ? ' open' : ''), dataset: { orderId: o.id, status: o.status } },
      el('button', { type: 'button', class: 'link open-order', 'aria-label': 'Open order ' + o.orderNumber,
        onclick: function () { openOrder(o.id); } }, o.orderNumber),
      el('span', { class: 'buyer' }, o.buyerName || o.buyerId),
      el('span', { class: 'num' }, fmt.npr(o.totalAmount)),
      fmt.status(o.status),
      el('span', { class: 'muted' }, o.deliveryDate ? 'deliver ' + fmt.date(o.deliveryDate) : fmt.time(o.createdAt)),
      o.overdue ? el('span', { class: 'status status-expired' }, 'overdue') : null);
  }

  // ---------- one order ----------

  function openOrder(id) {
    if (state.stopOrderStream) state.stopOrderStream();
    state.openOrder = id;
    const panel = $('order-detail');
    panel.dataset.orderId = id;
    panel._key = null;
    panel._updatedAt = null;
    panel.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    panel.classList.remove('hidden');
    document.querySelectorAll('.order-row').forEach(function (r) { r.classList.toggle('open', r.dataset.orderId === id); });
    // the order now, then after every change (also changes made elsewhere, such as the saga's)
    state.stopOrderStream = K.stream('/v1/orders/' + encodeURIComponent(id) + '/stream', function (name, order) {
      if (name === 'order' && order && state.openOrder === order.id) showOrder(order);
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

  function showOrder(o) {
    const panel = $('order-detail');
    // keep what the vendor is typing: a repeat of the same state changes nothing on screen
    const key = [o.status, o.paidAmount, o.totalAmount, o.deliveryDate, o.dueDate, o.overdue].join('|');
    if (panel.dataset.orderId === o.id && (panel._key === key || new Date(o.updatedAt) < panel._updatedAt)) return;
    panel._key = key;
    panel._updatedAt = new Date(o.updatedAt);
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
        el('h3', {}, 'Order ', el('span', { class: 'order-number' }, o.orderNumber), ' ', fmt.status(o.status)),
        el('button', { type: 'button', class: 'secondary small', id: 'close-order', onclick: closeOrder }, 'Close')),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Buyer'), el('dd', { class: 'buyer' }, o.buyerName || o.buyerId),
        el('dt', {}, 'Deliver to'), el('dd', {}, o.deliveryAddress || '—'),
        el('dt', {}, 'Delivery date'), el('dd', { class: 'delivery' }, fmt.date(o.deliveryDate)),
        el('dt', {}, 'Terms'), el('dd', {}, o.paymentTerms || '—', o.dueDate ? ' · due ' + fmt.date(o.dueDate) : ''),
        el('dt', {}, 'Total'), el('dd', { class: 'total' }, fmt.npr(o.totalAmount)),
        el('dt', {}, 'Paid'), el('dd', { class: 'paid' }, fmt.npr(o.paidAmount), ' ', o.paymentStatus ? fmt.status(o.paymentStatus) : ''),
        explained ? el('dt', {}, 'Reason') : null, explained ? reason : null),
      linesTable(o.items),
      orderActions(o, balance),
      el('details', { class: 'timeline-box', ontoggle: function (e) { if (e.target.open) loadTimeline(o.id, e.target); } },
        el('summary', {}, 'History'))
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
    const after = function () { loadOrders(); refreshOpenOrder(o.id); };
    if (o.status === 'AWAITING_VENDOR') {
      return answerForms(o, function () { state.answered.set(o.id, Date.now()); removeFromInbox(o.id); after(); });
    }
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const move = function (status, label, cls, id) {
      const button = el('button', { type: 'button', class: cls, id: id, onclick: async function () {
        const ok = await busy(button, error, function () {
          return K.api('PUT', '/v1/orders/' + encodeURIComponent(o.id) + '/status', { status: status });
        });
        if (ok) { K.notice(o.orderNumber + ': ' + status.toLowerCase(), 'ok'); after(); }
      } }, label);
      return button;
    };
    if (o.status === 'CONFIRMED') return el('div', { class: 'actions' }, move('DISPATCHED', 'Mark dispatched', '', 'dispatch'), error);
    if (o.status === 'DISPATCHED') return el('div', { class: 'actions' }, move('DELIVERED', 'Mark delivered', 'ok', 'deliver'), error);
    if (o.status === 'DELIVERED' && balance > 0) {
      const amount = el('input', { id: 'payment-amount', type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true, value: balance.toFixed(2) });
      const method = el('select', { id: 'payment-method' },
        el('option', { value: 'CASH' }, 'Cash'), el('option', { value: 'BANK' }, 'Bank transfer'), el('option', { value: 'WALLET' }, 'Wallet (eSewa, Khalti)'));
      const submit = el('button', { type: 'submit', class: 'ok', id: 'record-payment' }, 'Record payment');
      return el('form', { class: 'inline actions payment-form', onsubmit: async function (e) {
        e.preventDefault();
        const ok = await busy(submit, error, function () {
          return K.api('POST', '/v1/orders/' + encodeURIComponent(o.id) + '/payments', { amount: amount.value, method: method.value });
        });
        if (ok) { K.notice(o.orderNumber + ': payment of ' + fmt.npr(amount.value) + ' recorded', 'ok'); after(); }
      } },
      el('label', {}, 'Amount (balance ' + fmt.npr(balance) + ')', amount), el('label', {}, 'Method', method), submit, error);
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
      el('thead', {}, el('tr', {}, ['SKU', 'Product', 'Price', 'On hand', 'Reserved', 'Available', ''].map(function (h, i) {
        return el('th', { class: i >= 2 && i <= 5 ? 'num' : null }, h);
      }))),
      el('tbody', {}, page.items.map(productRow))) : el('p', { class: 'muted' }, 'No products found.'));
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('catalog-page').textContent = 'page ' + (page.page + 1) + ' of ' + pages + ' · ' + page.total + ' products';
    $('catalog-prev').disabled = page.page === 0;
    $('catalog-next').disabled = page.page + 1 >= pages;
  }

  function productRow(p) {
    const stock = p.stock || {};
    const tools = el('td', { class: 'tools' });
    const row = el('tr', { class: 'product' + (p.status !== 'ACTIVE' ? ' delisted' : ''), dataset: { sku: p.sku, productId: p.id } },
      el('td', { 'data-label': 'SKU', class: 'sku' }, p.sku),
      el('td', { 'data-label': 'Product' }, el('span', { class: 'name' }, p.name), p.nameNe ? el('div', { class: 'muted' }, p.nameNe) : null,
        el('div', { class: 'muted' }, [p.unit, p.packSize].filter(Boolean).join(' · '), p.status !== 'ACTIVE' ? ' · ' + p.status.toLowerCase() : '')),
      el('td', { 'data-label': 'Price', class: 'num price' }, fmt.npr(p.price), el('div', { class: 'muted' }, 'per ' + p.unit)),
      el('td', { 'data-label': 'On hand', class: 'num on-hand' }, fmt.qty(stock.onHand)),
      el('td', { 'data-label': 'Reserved', class: 'num reserved' }, fmt.qty(stock.reserved)),
      el('td', { 'data-label': 'Available', class: 'num available' }, fmt.qty(stock.available)),
      tools);
    const slot = el('div', { class: 'row-form' });
    tools.append(
      el('button', { type: 'button', class: 'secondary small change-price', onclick: function () { slot.replaceChildren(priceForm(p, slot)); focusIn(slot); } }, 'Price'),
      el('button', { type: 'button', class: 'secondary small receive-stock', onclick: function () { slot.replaceChildren(receiveForm(p, slot)); focusIn(slot); } }, 'Receive'),
      slot);
    return row;
  }

  function focusIn(node) { const i = node.querySelector('input'); if (i) i.focus(); }

  function priceForm(p, slot) {
    const price = el('input', { type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true, class: 'new-price', value: Number(p.price).toFixed(2), 'aria-label': 'New price of ' + p.name });
    const submit = el('button', { type: 'submit', class: 'small save-price' }, 'Save');
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    return el('form', { class: 'inline', onsubmit: async function (e) {
      e.preventDefault();
      // the API changes a price with the whole listing: send it back as it is, with the new price
      const body = { sku: p.sku, name: p.name, nameNe: p.nameNe, aliases: p.aliases, category: p.category, unit: p.unit,
        packSize: p.packSize, price: price.value, minOrderQuantity: p.minOrderQuantity };
      const ok = await busy(submit, error, function () { return K.api('PUT', '/v1/products/' + encodeURIComponent(p.id), body); });
      if (ok) { K.notice(p.name + ': price now ' + fmt.npr(price.value), 'ok'); loadCatalog(); }
    } }, price, submit, el('button', { type: 'button', class: 'secondary small', onclick: function () { slot.replaceChildren(); } }, 'Cancel'), error);
  }

  function receiveForm(p, slot) {
    const qty = el('input', { type: 'number', min: '0.001', step: 'any', inputmode: 'decimal', required: true, class: 'receive-qty', placeholder: p.unit, 'aria-label': 'Quantity of ' + p.name + ' received' });
    const submit = el('button', { type: 'submit', class: 'small save-receipt' }, 'Add to stock');
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    return el('form', { class: 'inline', onsubmit: async function (e) {
      e.preventDefault();
      const ok = await busy(submit, error, function () {
        return K.api('POST', '/v1/products/' + encodeURIComponent(p.id) + '/stock', { type: 'RECEIVE', quantity: qty.value, reason: 'received' });
      });
      if (ok) { K.notice(p.name + ': ' + fmt.qty(qty.value) + ' ' + p.unit + ' received', 'ok'); loadCatalog(); }
    } }, qty, submit, el('button', { type: 'button', class: 'secondary small', onclick: function () { slot.replaceChildren(); } }, 'Cancel'), error);
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
        K.notice(body.name + ' listed', 'ok');
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

  async function whoAmI() {
    try {
      const me = await K.api('GET', '/v1/users/me');
      const name = me.profile && me.profile.businessName || me.displayName;
      if (name) $('vendor-name').textContent = name;
    } catch (e) { /* the heading stays generic */ }
  }

  tabs();
  catalogControls();
  whoAmI();
  followInbox();
  loadOrders();
  loadCatalog();
})();
