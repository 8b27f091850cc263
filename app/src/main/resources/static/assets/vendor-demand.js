/*
 * The vendor portal's fill rate: per week, what buyers asked for, what was lost and why, and the revenue
 * missed, product by product.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;
  const session = K.requireRole('VENDOR');
  if (!session) return;
  const $ = function (id) { return document.getElementById(id); };
  const WEEKS = 8;

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (Number(rate) * 100).toFixed(1) + ' %';
  }

  function causes(byCause) {
    return Object.keys(byCause || {}).map(function (cause) {
      return K.t('demand.cause.' + cause) + ' ' + fmt.npr(byCause[cause]);
    }).join(' · ');
  }

  function weekTable(week) {
    return el('article', { class: 'fill-week', 'data-week': week.week },
      el('h3', {}, K.t('demand.weekOf', fmt.bsAd(week.week)), ' ',
        el('span', { class: 'status week-rate' }, percent(week.fillRate)),
        el('span', { class: 'muted missed' }, ' ' + K.t('demand.missed', fmt.npr(week.lostValue)))),
      el('table', { class: 'fill-rate-table' },
        el('thead', {}, el('tr', {}, [K.t('catalog.product'), K.t('demand.asked'), K.t('demand.lost'), K.t('demand.rate'),
          K.t('demand.missedHead'), K.t('demand.why')].map(function (h, i) {
          return el('th', { class: i >= 1 && i <= 4 ? 'num' : null }, h);
        }))),
        el('tbody', {}, week.products.map(function (p) {
          return el('tr', { 'data-product-id': p.productId },
            el('td', { class: 'name' }, p.name || p.productId, p.sku ? el('div', { class: 'muted' }, p.sku) : null),
            el('td', { class: 'num asked' }, fmt.qty(p.askedQuantity) + ' ' + (p.unit || '')),
            el('td', { class: 'num lost' }, fmt.qty(p.lostQuantity) + ' ' + (p.unit || '')),
            el('td', { class: 'num rate' }, percent(p.fillRate)),
            el('td', { class: 'num missed' }, fmt.npr(p.lostValue)),
            el('td', { class: 'causes' }, causes(p.lostByCause)));
        }))));
  }

  async function load() {
    let report;
    try {
      report = await K.api('GET', '/v1/demand/fill-rate?weeks=' + WEEKS);
    } catch (e) { K.notice(K.t('demand.title') + ': ' + K.errorText(e), 'error'); return; }
    const box = $('fill-rate');
    box.replaceChildren.apply(box, report.weeks.length ? report.weeks.map(weekTable)
      : [el('p', { class: 'muted', id: 'fill-rate-empty' }, K.t('demand.none'))]);
  }

  $('fill-rate-refresh').addEventListener('click', load);
  load();
})();
