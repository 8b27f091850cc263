/*
 * The page a pay link from WhatsApp opens, without signing in: whose dues, what is owed, and a button per
 * wallet. The link's signed token stays in the fragment (#t=…) and goes to the API in request bodies only.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const box = document.getElementById('pay-link');
  const KEPT = 'khaacho.payToken';
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  // the gateway sends the buyer back with the payment's id; the token was kept for this tab meanwhile
  let token = hash.get('t');
  try {
    if (token) sessionStorage.setItem(KEPT, token); else token = sessionStorage.getItem(KEPT);
  } catch (e) { /* without storage the landing cannot show the payment */ }

  async function post(path, body) {
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body) });
    let answer = {};
    try { answer = await r.json(); } catch (e) { /* no body */ }
    if (!r.ok) {
      const err = answer.error || {};
      throw new K.ApiError(r.status, err.code, err.message, err.details);
    }
    return answer.data;
  }

  async function show() {
    if (!token) { box.replaceChildren(el('p', { class: 'refused', id: 'pay-link-invalid' }, K.t('payLink.invalid'))); return; }
    let info;
    try {
      info = await post('/v1/payments/pay-link', { token: token });
    } catch (e) {
      box.replaceChildren(el('p', { class: 'refused', id: 'pay-link-invalid' },
        e.status === 401 || e.status === 404 ? K.t('payLink.invalid') : K.errorText(e)));
      return;
    }
    const owed = Number(info.owed);
    const amount = el('input', { id: 'pay-amount', type: 'number', min: '10', step: '0.01', required: true,
      value: owed > 0 ? owed.toFixed(2) : '', 'aria-label': K.t('pay.amount') });
    const shown = [
      el('p', { id: 'pay-link-buyer' }, K.t('payLink.for', info.buyerName)),
      el('p', { id: 'pay-owed', dataset: { owed: String(owed) } }, owed > 0 ? K.t('pay.owe', K.fmt.npr(owed)) : K.t('pay.nothingOwed')),
      el('div', { class: 'inline-form' }, el('label', {}, K.t('pay.amount') + ' ', amount),
        info.gateways.map(function (g) {
          const b = el('button', { type: 'button', class: 'pay-with', dataset: { gateway: g } }, K.t('pay.with', K.fmt.gateway(g)));
          b.addEventListener('click', function () { pay(g, amount.value, b); });
          return b;
        })),
      info.gateways.length ? null : el('p', { class: 'muted' }, K.t('payLink.noWallet'))];
    box.replaceChildren.apply(box, shown.filter(function (node) { return node; }));
  }

  async function pay(gateway, value, button) {
    const amount = Number(value);
    if (!(amount > 0)) { K.notice(K.t('pay.amountNeeded'), 'error'); return; }
    button.disabled = true;
    try {
      const opened = await post('/v1/payments/pay-link/checkout', { token: token, gateway: gateway, amount: amount.toFixed(2) });
      location.href = opened.redirectUrl;
    } catch (e) {
      button.disabled = false;
      K.notice(K.errorText(e), 'error');
    }
  }

  /** Back from a wallet: how the payment stands, asked again for a while until the gateway has said. */
  async function landed(linkId) {
    const result = el('div', { id: 'payment-result' });
    box.replaceChildren(result);
    for (let i = 0; i < 20; i++) {
      let link;
      try {
        link = await post('/v1/payments/pay-link/status', { token: token, linkId: linkId });
      } catch (e) {
        result.replaceChildren(el('p', { class: 'refused' }, e.status === 401 ? K.t('payLink.invalid') : K.errorText(e)));
        return;
      }
      const name = K.fmt.gateway(link.gateway);
      result.dataset.state = link.state;
      if (link.state === 'COMPLETED') {
        result.replaceChildren(el('p', { class: 'ok', id: 'payment-received' }, K.t('pay.received', K.fmt.npr(link.paidAmount), name)),
          el('p', { class: 'muted' }, K.t('payLink.receiptOnWhatsApp')));
        return;
      }
      if (link.state === 'FAILED') {
        result.replaceChildren(el('p', { class: 'refused', id: 'payment-failed' }, K.t('pay.failed', name)));
        return;
      }
      result.replaceChildren(el('p', { class: 'muted', id: 'payment-waiting' }, K.t('pay.waiting', name)));
      await new Promise(function (resolve) { setTimeout(resolve, 1500); });
    }
  }

  // another link opened in this tab: start again with it
  window.addEventListener('hashchange', function () { location.reload(); });
  if (hash.get('payment')) landed(hash.get('payment')); else show();
})();
