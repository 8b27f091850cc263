/*
 * The WhatsApp simulator page: chat as a demo user. Sends go to POST /v1/simulator/messages (the same
 * intake as Twilio's webhook); the chat polls GET /v1/simulator/conversation every second. These
 * endpoints are public, so the page calls them without the session's token (a stale token would
 * otherwise be refused even where none is needed).
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const el = K.el;
  const PICK = 'khaacho.simulator.phone';
  const POLL_MS = 1000;
  // Lines are asked for with this much overlap: what commits late is still picked up, each line kept once by its id.
  const OVERLAP_MS = 30000;
  const ROLE_GROUPS = [['BUYER', K.t('admin.buyers')], ['VENDOR', K.t('admin.vendors')], ['ADMIN', K.t('sim.admins')], ['AUDITOR', K.t('sim.auditors')]];
  const BUYER_EXAMPLES = ['3 bora jeera masino', 'वाइवाइ ३ कार्टुन र रारा २ कार्टुन', 'yes', 'status', 'cancel'];
  const TAGS = { REPLY: null, LOGIN_CODE: K.t('sim.loginCode') };

  const select = document.getElementById('contact');
  const contactLine = document.getElementById('contact-line');
  const avatar = document.getElementById('avatar');
  const chat = document.getElementById('chat');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const sendButton = document.getElementById('send');
  const suggestions = document.getElementById('suggestions');

  let contacts = [];
  let phone = null;
  let generation = 0;
  let newest = null;
  let polling = false;
  const nodes = new Map();

  /** Calls the simulator's public API: the envelope's data, or throws Khaacho.ApiError. */
  async function call(method, path, body) {
    const init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const r = await fetch(path, init);
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
    if (!r.ok) {
      const err = json && json.error ? json.error : {};
      throw new K.ApiError(r.status, err.code, err.message || text, err.details);
    }
    return json && 'data' in json ? json.data : json;
  }

  function contactOf(p) {
    return contacts.find(function (c) { return c.phone === p; });
  }

  function fillContacts() {
    select.innerHTML = '';
    ROLE_GROUPS.forEach(function (group) {
      const members = contacts.filter(function (c) { return c.role === group[0]; });
      if (!members.length) return;
      select.appendChild(el('optgroup', { label: group[1] }, members.map(function (c) {
        return el('option', { value: c.phone, dataset: { role: c.role } }, c.name);
      })));
    });
    select.disabled = false;
  }

  function choose(p) {
    const contact = contactOf(p);
    if (!contact) return;
    phone = p;
    generation++;
    newest = null;
    nodes.clear();
    chat.innerHTML = '';
    select.value = p;
    contactLine.textContent = p + ' · ' + K.t('role.' + contact.role);
    avatar.textContent = contact.name.trim().charAt(0).toUpperCase();
    try { localStorage.setItem(PICK, p); } catch (e) { /* private mode */ }
    const url = new URL(location.href);
    url.searchParams.set('phone', p);
    history.replaceState(null, '', url);
    suggestions.innerHTML = '';
    if (contact.role === 'BUYER') {
      BUYER_EXAMPLES.forEach(function (example) {
        suggestions.appendChild(el('button', { type: 'button', dataset: { text: example }, onclick: function () {
          input.value = example;
          input.focus();
          grow();
        } }, example));
      });
    }
    showHint(contact);
    input.disabled = false;
    sendButton.disabled = false;
    poll();
  }

  function showHint(contact) {
    const text = contact.role === 'BUYER'
      ? K.t('sim.hintBuyer')
      : K.t('sim.hintOther', K.t('role.' + contact.role));
    chat.appendChild(el('li', { class: 'hint', id: 'chat-hint' }, text));
  }

  function key(line) {
    return line.at + ' ' + line.id;
  }

  function later(a, b) {
    const ta = Date.parse(a.at), tb = Date.parse(b.at);
    return ta !== tb ? ta > tb : a.id > b.id;
  }

  function clock(at) {
    const d = new Date(at);
    const today = new Date().toDateString() === d.toDateString();
    return today ? d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : K.fmt.time(at);
  }

  function ticks(line) {
    if (line.direction !== 'IN') return null;
    const read = line.status === 'DONE';
    const mark = line.status === 'FAILED' ? '!' : read ? '✓✓' : '✓';
    return el('span', { class: 'ticks' + (read ? ' read' : ''), title: String(line.status || '').toLowerCase() }, mark);
  }

  function body(line) {
    const text = line.text || '';
    if (line.kind === 'LOGIN_CODE') {
      const code = /^\s*(\d{4,8})/.exec(text);
      if (code) return [el('span', { class: 'code', dataset: { code: code[1] } }, code[1]), el('div', { class: 'text' }, text)];
    }
    if (line.mediaUrl) {
      return [el('a', { class: 'attachment', href: line.mediaUrl, target: '_blank', rel: 'noopener' }, 'PDF ↓'),
        el('div', { class: 'text' }, text)];
    }
    return el('div', { class: 'text' }, text);
  }

  function tag(line) {
    if (line.direction !== 'OUT' || !line.kind) return null;
    const label = line.kind in TAGS ? TAGS[line.kind] : line.kind.replace(/_/g, ' ').toLowerCase();
    return label ? el('span', { class: 'tag' }, label) : null;
  }

  function render(line) {
    return el('li', {
      class: 'msg ' + (line.direction === 'IN' ? 'in' : 'out') + (line.status === 'FAILED' ? ' failed' : ''),
      dataset: { id: line.id, direction: line.direction, kind: line.kind || '', status: line.status || '',
        replyTo: line.replyTo || '', orderId: line.orderId || '', key: key(line) }
    }, tag(line), body(line), el('div', { class: 'meta' }, clock(line.at), ticks(line)));
  }

  /** Puts each line in its place by time, once; a line seen again replaces its earlier self. */
  function merge(lines) {
    if (!lines.length) return false;
    const nearBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
    let added = false;
    lines.forEach(function (line) {
      if (!newest || later(line, newest)) newest = line;
      const old = nodes.get(line.id);
      if (old && old.dataset.key === key(line) && old.dataset.status === (line.status || '') && old.dataset.kind === (line.kind || '')) return;
      const node = render(line);
      if (old) old.remove(); else added = true;
      nodes.set(line.id, node);
      let before = null;
      for (const child of chat.children) {
        if (child.dataset.id && later({ at: child.dataset.key.split(' ')[0], id: child.dataset.id }, line)) { before = child; break; }
      }
      chat.insertBefore(node, before);
    });
    const hint = document.getElementById('chat-hint');
    if (hint && nodes.size) hint.remove();
    if (added && nearBottom) chat.scrollTop = chat.scrollHeight;
    return added;
  }

  async function poll() {
    if (polling || !phone) return;
    polling = true;
    const asked = generation;
    try {
      const after = newest ? new Date(Date.parse(newest.at) - OVERLAP_MS).toISOString() : null;
      const lines = await call('GET', '/v1/simulator/conversation?phone=' + encodeURIComponent(phone)
        + (after ? '&after=' + encodeURIComponent(after) : ''));
      if (asked === generation) merge(lines);
    } catch (e) {
      if (e.status === 404) unavailable();
    } finally {
      polling = false;
    }
  }

  async function send(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || !phone) return;
    sendButton.disabled = true;
    input.disabled = true;
    const to = generation;
    try {
      const sent = await call('POST', '/v1/simulator/messages', { phone: phone, text: text });
      input.value = '';
      grow();
      if (to === generation) {
        merge([{ id: 'in:' + sent.messageSid, direction: 'IN', at: sent.receivedAt, text: sent.body, status: 'RECEIVED' }]);
        chat.scrollTop = chat.scrollHeight;
      }
    } catch (e) {
      K.notice(K.errorText(e), 'error');
    } finally {
      sendButton.disabled = false;
      input.disabled = false;
      input.focus();
    }
  }

  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 128) + 'px';
  }

  function unavailable() {
    phone = null;
    document.getElementById('unavailable').classList.remove('hidden');
    [select, input, sendButton].forEach(function (c) { c.disabled = true; });
    chat.innerHTML = '';
    suggestions.innerHTML = '';
  }

  async function start() {
    form.addEventListener('submit', send);
    input.addEventListener('input', grow);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
    });
    select.addEventListener('change', function () { choose(select.value); });
    try {
      contacts = await call('GET', '/v1/simulator/contacts');
    } catch (e) {
      if (e.status === 404) { unavailable(); return; }
      K.notice(K.errorText(e), 'error');
      return;
    }
    fillContacts();
    let stored = null;
    try { stored = localStorage.getItem(PICK); } catch (e) { /* private mode */ }
    const wanted = new URLSearchParams(location.search).get('phone');
    const firstBuyer = contacts.find(function (c) { return c.role === 'BUYER'; }) || contacts[0];
    const pick = [wanted, stored, firstBuyer && firstBuyer.phone].find(function (p) { return p && contactOf(p); });
    if (pick) choose(pick);
    setInterval(poll, POLL_MS);
  }

  start();
})();
