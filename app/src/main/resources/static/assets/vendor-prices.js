/*
 * The vendor portal's price lists: make a list for every buyer, a group or one buyer, give products
 * their prices in tiers, and see who pays what today.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;
  const session = K.requireRole('VENDOR');
  if (!session) return;
  const $ = function (id) { return document.getElementById(id); };
  const TIER_ROWS = 3;
  let products = [];

  function showError(box, e) { box.textContent = K.errorText(e); box.classList.remove('hidden'); }
  function clearError(box) { box.textContent = ''; box.classList.add('hidden'); }

  function tiersText(tiers) {
    return tiers.map(function (t) { return K.t('prices.tierFrom', fmt.qty(t.from), fmt.npr(t.price)); }).join(' · ');
  }

  function validity(list) {
    if (!list.validFrom && !list.validUntil) return K.t('prices.always');
    return (list.validFrom ? fmt.bsAd(list.validFrom) : '…') + ' – ' + (list.validUntil ? fmt.bsAd(list.validUntil) : '…');
  }

  function priceForm(list) {
    const product = el('select', { class: 'list-product', required: true, 'aria-label': K.t('catalog.product') },
      products.map(function (p) { return el('option', { value: p.id }, p.sku + ' · ' + p.name); }));
    const rows = [];
    for (let i = 0; i < TIER_ROWS; i++) {
      rows.push({
        from: el('input', { type: 'number', min: '0.001', step: 'any', class: 'tier-from', placeholder: K.t('prices.qtyHint'),
          'aria-label': K.t('prices.tierFromLabel', i + 1), required: i === 0 }),
        price: el('input', { type: 'number', min: '0.01', step: '0.01', class: 'tier-price', placeholder: K.t('prices.priceHint'),
          'aria-label': K.t('prices.tierPriceLabel', i + 1), required: i === 0 })
      });
    }
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const submit = el('button', { type: 'submit', class: 'small save-list-price' }, K.t('prices.setPrice'));
    return el('form', { class: 'inline list-price-form', onsubmit: async function (e) {
      e.preventDefault();
      clearError(error);
      const tiers = rows.filter(function (r) { return r.from.value !== '' && r.price.value !== ''; })
        .map(function (r) { return { from: r.from.value, price: r.price.value }; });
      submit.disabled = true;
      try {
        await K.api('PUT', '/v1/price-lists/' + encodeURIComponent(list.id) + '/prices/' + encodeURIComponent(product.value),
          { tiers: tiers });
        K.notice(list.name + ': ' + K.t('prices.priceSet'), 'ok');
        refreshSoon();
      } catch (err) { showError(error, err); } finally { submit.disabled = false; }
    } }, el('label', {}, K.t('catalog.product'), product),
    rows.map(function (r, i) { return el('span', { class: 'tier' }, K.t('prices.tierN', i + 1), ' ', r.from, ' ', r.price); }),
    submit, error);
  }

  /** The buyers a list may name: those who ordered from the vendor, and those it names already. */
  async function knownBuyers(named) {
    const seen = new Map();
    (named || []).forEach(function (b) { seen.set(b.id, b.name || b.id); });
    try {
      const page = await K.api('GET', '/v1/orders?size=100');
      page.items.forEach(function (o) { if (!seen.has(o.buyerId)) seen.set(o.buyerId, o.buyerName || o.buyerId); });
    } catch (e) { /* the buyers it names already can still be kept or dropped */ }
    return Array.from(seen);
  }

  /** A list's name, buyers and validity, changed in place (its kind stays). */
  function termsForm(list) {
    const error = el('p', { class: 'form-error hidden', role: 'alert' });
    const name = el('input', { class: 'terms-name', required: true, maxlength: '120', value: list.name });
    const buyers = el('select', { class: 'terms-buyers', multiple: true, size: '4' });
    const from = el('input', { type: 'date', class: 'terms-from', value: list.validFrom || '' });
    const until = el('input', { type: 'date', class: 'terms-until', value: list.validUntil || '' });
    const named = new Set(list.buyers.map(function (b) { return b.id; }));
    knownBuyers(list.buyers).then(function (known) {
      buyers.replaceChildren.apply(buyers, known.map(function (b) {
        return el('option', { value: b[0], selected: named.has(b[0]) }, b[1]);
      }));
    });
    const submit = el('button', { type: 'submit', class: 'save-terms' }, K.t('prices.saveTerms'));
    return el('form', { class: 'inline list-terms-form', onsubmit: async function (e) {
      e.preventDefault();
      clearError(error);
      const body = { name: name.value.trim(), validFrom: from.value || null, validUntil: until.value || null,
        buyers: list.kind === 'BASE' ? [] : Array.from(buyers.selectedOptions).map(function (o) { return o.value; }) };
      submit.disabled = true;
      try {
        await K.api('PUT', '/v1/price-lists/' + encodeURIComponent(list.id), body);
        K.notice(K.t('prices.termsChanged', body.name), 'ok');
        refreshSoon();
      } catch (err) { showError(error, err); } finally { submit.disabled = false; }
    } },
    el('label', {}, K.t('prices.name'), ' ', name),
    list.kind === 'BASE' ? null : el('label', {}, K.t('prices.buyers'), ' ', buyers),
    el('label', {}, K.t('prices.validFrom'), ' ', from),
    el('label', {}, K.t('prices.validUntil'), ' ', until),
    submit, error);
  }

  function listCard(list) {
    const remove = function (price) {
      return el('button', { type: 'button', class: 'secondary small remove-list-price', onclick: async function () {
        try {
          await K.api('DELETE', '/v1/price-lists/' + encodeURIComponent(list.id) + '/prices/' + encodeURIComponent(price.productId));
          K.notice(list.name + ': ' + K.t('prices.removed', price.name || price.sku), 'ok');
          refreshSoon();
        } catch (e) { K.notice(K.errorText(e), 'error'); }
      } }, K.t('prices.remove'));
    };
    const terms = el('div', { class: 'list-terms' });
    const edit = el('button', { type: 'button', class: 'secondary small edit-terms', 'aria-expanded': 'false',
      onclick: function () {
        const open = terms.childElementCount === 0;
        terms.replaceChildren.apply(terms, open ? [termsForm(list)] : []);
        edit.setAttribute('aria-expanded', String(open));
      } }, K.t('prices.editTerms'));
    return el('article', { class: 'price-list card-inner', 'data-list-id': list.id },
      el('h3', {}, el('span', { class: 'list-name' }, list.name), ' ',
        el('span', { class: 'status kind' }, K.t('prices.kind' + list.kind)), ' ', edit),
      terms,
      el('p', { class: 'muted' }, validity(list),
        list.buyers.length ? ' · ' + list.buyers.map(function (b) { return b.name; }).join(', ') : ''),
      list.prices.length ? el('table', { class: 'list-prices' },
        el('thead', {}, el('tr', {}, el('th', {}, K.t('catalog.product')), el('th', {}, K.t('prices.tiers')), el('th', {}, ''))),
        el('tbody', {}, list.prices.map(function (price) {
          return el('tr', { 'data-product-id': price.productId },
            el('td', { class: 'name' }, price.name || price.sku, el('div', { class: 'muted' }, price.sku)),
            el('td', { class: 'tiers' }, tiersText(price.tiers)),
            el('td', {}, remove(price)));
        }))) : el('p', { class: 'muted' }, K.t('prices.noPrices')),
      products.length ? priceForm(list) : null);
  }

  function stepsText(steps) {
    return steps.map(function (s, i) {
      const price = fmt.npr(s.price) + (s.pricedBy ? '' : ' *');
      return i === 0 ? price : K.t('prices.tierFrom', fmt.qty(s.from), price);
    }).join(' · ');
  }

  function whoPaysWhat(data) {
    const box = $('who-pays-what');
    if (!data.products.length) {
      box.replaceChildren(el('p', { class: 'muted' }, K.t('prices.nothingListed')));
      return;
    }
    box.replaceChildren(el('table', { class: 'who-pays-what' },
      el('thead', {}, el('tr', {}, el('th', {}, K.t('order.buyer')), data.products.map(function (p) {
        return el('th', { 'data-product-id': p.productId }, p.name, el('div', { class: 'muted' }, K.t('prices.catalog', fmt.npr(p.catalogPrice))));
      }))),
      el('tbody', {}, data.buyers.map(function (b) {
        return el('tr', { 'data-buyer-id': b.buyerId || 'everyone-else' },
          el('th', { scope: 'row' }, b.buyerId ? b.name : K.t('prices.everyoneElse')),
          b.prices.map(function (p) { return el('td', { class: 'steps', 'data-product-id': p.productId }, stepsText(p.steps)); }));
      }))), el('p', { class: 'muted' }, K.t('prices.catalogMark')));
  }

  async function load() {
    try {
      const [lists, who, catalog] = await Promise.all([
        K.api('GET', '/v1/price-lists'), K.api('GET', '/v1/price-lists/who-pays-what'),
        K.api('GET', '/v1/products?' + new URLSearchParams({ vendorId: session.userId, size: 100 }))]);
      products = catalog.items.filter(function (p) { return p.status === 'ACTIVE'; });
      $('price-lists').replaceChildren.apply($('price-lists'), lists.length ? lists.map(listCard)
        : [el('p', { class: 'muted', id: 'price-lists-empty' }, K.t('prices.none'))]);
      whoPaysWhat(who);
    } catch (e) { K.notice(K.t('prices.title') + ': ' + K.errorText(e), 'error'); }
  }

  /** The read side follows a change within moments: read again a little later. */
  function refreshSoon() { setTimeout(load, 400); }

  async function buyerChoices() {
    try {
      const page = await K.api('GET', '/v1/orders?size=100');
      const seen = new Map();
      page.items.forEach(function (o) { if (!seen.has(o.buyerId)) seen.set(o.buyerId, o.buyerName || o.buyerId); });
      $('price-list-buyers').replaceChildren.apply($('price-list-buyers'), Array.from(seen).map(function (b) {
        return el('option', { value: b[0] }, b[1]);
      }));
    } catch (e) { /* a list can still be made for every buyer */ }
  }

  function newListForm() {
    const form = $('new-price-list');
    const toggle = $('new-price-list-toggle');
    toggle.addEventListener('click', function () {
      const open = form.classList.toggle('hidden') === false;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) { buyerChoices(); $('price-list-name').focus(); }
    });
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const error = $('new-price-list-error');
      clearError(error);
      const body = { name: $('price-list-name').value.trim(), kind: $('price-list-kind').value,
        buyers: Array.from($('price-list-buyers').selectedOptions).map(function (o) { return o.value; }) };
      if (body.kind === 'BASE') body.buyers = [];
      if ($('price-list-from').value) body.validFrom = $('price-list-from').value;
      if ($('price-list-until').value) body.validUntil = $('price-list-until').value;
      $('new-price-list-submit').disabled = true;
      try {
        await K.api('POST', '/v1/price-lists', body);
        K.notice(K.t('prices.created', body.name), 'ok');
        form.reset();
        form.classList.add('hidden');
        toggle.setAttribute('aria-expanded', 'false');
        refreshSoon();
      } catch (err) { showError(error, err); } finally { $('new-price-list-submit').disabled = false; }
    });
  }

  newListForm();
  load();
})();
