/* "Why is this order stuck?": everything about an order's work, the findings first, each with its retry. */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  if (!K.session() || K.session().role !== 'ADMIN') return;

  function table(cls, headers, rows, empty) {
    if (!rows.length) return el('p', { class: 'muted' }, empty);
    return el('table', { class: cls }, el('thead', {}, el('tr', {}, headers.map(function (h) { return el('th', {}, h); }))),
      el('tbody', {}, rows));
  }

  function when(value) { return value ? K.fmt.time(value) : '—'; }

  function retryButton(finding, after) {
    if (!finding.retry) return null;
    const parts = finding.retry.split(' ');
    return el('button', { type: 'button', class: 'small retry-finding', onclick: async function (e) {
      e.target.disabled = true;
      try {
        await K.api(parts[0], parts[1]);
        K.notice(K.t('stuck.retried'), 'ok');
        setTimeout(after, 800);
      } catch (err) { K.notice(K.errorText(err), 'error'); e.target.disabled = false; }
    } }, K.t('stuck.retry'));
  }

  function show(d, again) {
    const o = d.order;
    const findings = d.findings.length
      ? el('ul', { class: 'findings' }, d.findings.map(function (f) {
        return el('li', { class: 'finding', 'data-code': f.code }, el('strong', {}, f.code), ' ', f.text, ' ', retryButton(f, again));
      }))
      : el('p', { class: 'muted no-findings' }, K.t('stuck.nothing'));
    const saga = d.saga ? el('pre', { class: 'saga-state' }, JSON.stringify(d.saga, null, 2))
      : el('p', { class: 'muted' }, K.t('stuck.noSaga'));
    document.getElementById('stuck').replaceChildren(
      el('p', { class: 'stuck-order', 'data-order-id': o.order_id }, el('strong', {}, o.order_number), ' · ',
        el('span', { class: 'status' }, o.status), ' · ', K.t('stuck.respondBy'), ' ', when(o.respond_by)),
      el('h3', {}, K.t('stuck.findings')), findings,
      el('h3', {}, K.t('stuck.deadlines')),
      table('stuck-deadlines', [K.t('stuck.name'), K.t('stuck.due'), K.t('stuck.picked'), K.t('stuck.failures')],
        d.deadlines.map(function (x) {
          return el('tr', {}, el('td', {}, x.name), el('td', {}, when(x.due)), el('td', {}, x.picked ? '✓' : ''),
            el('td', {}, x.failures == null ? '' : String(x.failures)));
        }), K.t('stuck.noDeadlines')),
      el('h3', {}, K.t('stuck.messages')),
      table('stuck-messages', [K.t('stuck.kind'), K.t('stuck.status'), K.t('stuck.attempts'), K.t('stuck.delivery')],
        d.messages.map(function (m) {
          return el('tr', { 'data-message-id': m.id }, el('td', {}, m.kind), el('td', {}, m.status), el('td', {}, String(m.attempts)),
            el('td', {}, (m.delivery_status || '') + (m.last_error ? ' · ' + m.last_error : '')));
        }), K.t('stuck.noMessages')),
      el('h3', {}, K.t('stuck.deadLetters')),
      table('stuck-dead-letters', [K.t('stuck.group'), K.t('stuck.event'), K.t('stuck.cause')],
        d.deadLetters.map(function (x) {
          return el('tr', {}, el('td', {}, x.group), el('td', {}, x.type), el('td', {}, (x.cause || '') + ' ' + (x.message || '')));
        }), K.t('stuck.noDeadLetters')),
      el('h3', {}, K.t('stuck.events')),
      table('stuck-events', ['#', K.t('stuck.event'), K.t('stuck.at')], d.events.map(function (x) {
        return el('tr', {}, el('td', {}, String(x.sequence)), el('td', {}, x.type), el('td', {}, when(x.at)));
      }), '—'),
      el('h3', {}, K.t('stuck.saga')), saga);
  }

  async function look() {
    const id = document.getElementById('stuck-order').value.trim();
    if (!id) return;
    try {
      show(await K.api('GET', '/v1/admin/orders/' + encodeURIComponent(id) + '/diagnosis'), look);
    } catch (e) {
      document.getElementById('stuck').replaceChildren(el('p', { class: 'form-error', role: 'alert' }, K.errorText(e)));
    }
  }

  document.getElementById('stuck-form').addEventListener('submit', function (e) { e.preventDefault(); look(); });
})();
