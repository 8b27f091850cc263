/* The admin dashboard's list of what buyers ask for that no vendor sells, most asked first. */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const fmt = K.fmt;
  if (!K.session() || K.session().role !== 'ADMIN') return;

  async function load() {
    const box = document.getElementById('unsold');
    let rows;
    try {
      rows = await K.api('GET', '/v1/admin/demand/unsold?days=30&limit=20');
    } catch (e) { box.replaceChildren(el('p', { class: 'muted' }, K.errorText(e))); return; }
    box.replaceChildren(rows.length ? el('table', { class: 'unsold-table' },
      el('thead', {}, el('tr', {}, el('th', {}, K.t('demand.words')), el('th', { class: 'num' }, K.t('demand.asks')),
        el('th', { class: 'num' }, K.t('demand.buyers')), el('th', {}, K.t('demand.lastAsked')))),
      el('tbody', {}, rows.map(function (r) {
        return el('tr', { 'data-asked': r.asked },
          el('td', { class: 'asked' }, r.asked, el('div', { class: 'muted' }, '“' + r.example + '”')),
          el('td', { class: 'num asks' }, String(r.asks)),
          el('td', { class: 'num buyers' }, String(r.buyers)),
          el('td', {}, fmt.time(r.lastAsked)));
      }))) : el('p', { class: 'muted' }, K.t('demand.unsoldNone')));
  }

  load();
})();
