/*
 * Khaacho in the browser: a small client of the /v1 API shared by every page.
 * The session (access and refresh token, role, user id, phone) lives in localStorage; pages hold no
 * data of their own and every read and write goes through the API, which enforces the roles.
 */
(function () {
  'use strict';
  const KEY = 'khaacho.session';
  const HOME = { BUYER: '/buyer.html', VENDOR: '/vendor.html', ADMIN: '/admin.html', AUDITOR: '/auditor.html' };

  const REFRESH_LOCK = 'khaacho.refresh';
  let refreshing = null;
  let refreshTimer = null;

  function session() {
    try { return JSON.parse(localStorage.getItem(KEY)); } catch (e) { return null; }
  }

  /** The claims of a token (not checked: the server does that), or null. */
  function claims(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part + '==='.slice((part.length + 3) % 4)));
    } catch (e) { return null; }
  }

  /**
   * Keeps the session, with the moment (on this machine's clock, so a wrong clock does not matter) to
   * refresh its access token: a minute before it expires, or a fifth of its lifetime for short ones.
   */
  function saveSession(s) {
    const c = claims(s.accessToken);
    const lifetime = c && c.exp && c.iat ? (c.exp - c.iat) * 1000 : 0;
    localStorage.setItem(KEY, JSON.stringify({
      accessToken: s.accessToken, refreshToken: s.refreshToken,
      userId: s.user.id, role: s.user.role, phone: s.user.phone,
      refreshAt: lifetime > 0 ? Date.now() + lifetime - Math.min(60000, lifetime / 5) : null
    }));
    scheduleRefresh();
  }

  /** An API error: the HTTP status and the error body's code and message. */
  class ApiError extends Error {
    constructor(status, code, message, details) {
      super(message || code || ('HTTP ' + status));
      this.status = status; this.code = code; this.details = details || [];
    }
  }

  /**
   * Gets a new access token, unless the one the caller used ({@code used}) was replaced meanwhile (by
   * another call or another tab). A refresh token works once, and the server ends the session of one
   * used twice: so one refresh at a time, across the tabs (a Web Lock) and within this one.
   */
  function refresh(used) {
    if (!refreshing) {
      const once = function () { return refreshOnce(used); };
      const locked = navigator.locks ? navigator.locks.request(REFRESH_LOCK, once) : once();
      refreshing = locked.finally(function () { refreshing = null; });
    }
    return refreshing;
  }

  async function refreshOnce(used) {
    const s = session();
    if (!s || !s.refreshToken) return false;
    if (used && s.accessToken !== used) return true;
    let r;
    try {
      r = await fetch('/v1/auth/refresh', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ refreshToken: s.refreshToken })
      });
    } catch (e) { return false; }
    if (r.status === 409) return successorArrived(s.refreshToken);
    if (r.status === 401) { sessionEnded(); return false; }
    if (!r.ok) return false;
    saveSession((await r.json()).data);
    return true;
  }

  /**
   * Another tab refreshed the session a moment ago, and its new tokens have not reached this tab's
   * storage yet: wait for them. If they never come, someone else used this refresh token: end the
   * session everywhere (logging out with it revokes the session it belongs to) and sign in again.
   */
  async function successorArrived(replaced) {
    for (let i = 0; i < 30; i++) {
      await new Promise(function (resolve) { setTimeout(resolve, 100); });
      const now = session();
      if (now && now.refreshToken !== replaced) return true;
    }
    try {
      await fetch('/v1/auth/logout', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ refreshToken: replaced })
      });
    } catch (e) { /* the session ends here all the same */ }
    sessionEnded();
    return false;
  }

  /** The session is over (logged out elsewhere, too old, revoked): sign in again, then come back here. */
  function sessionEnded() {
    localStorage.removeItem(KEY);
    scheduleRefresh();
    if (location.pathname !== '/' && location.pathname !== '/index.html') {
      location.href = '/?next=' + encodeURIComponent(location.pathname + location.search + location.hash);
    }
  }

  /** Refreshes the access token shortly before it expires, so a page left open keeps working. */
  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    const s = session();
    if (!s || !s.refreshToken || !s.refreshAt) return;
    refreshTimer = setTimeout(function () {
      refresh(s.accessToken).then(function (ok) { if (ok) scheduleRefresh(); });
    }, Math.max(0, s.refreshAt - Date.now()));
  }

  /** A refresh due already (the computer slept, a background tab's timer waited): before the request. */
  async function freshSession() {
    const s = session();
    if (s && s.refreshToken && s.refreshAt && Date.now() >= s.refreshAt) await refresh(s.accessToken);
    return session();
  }

  // another tab signed in, refreshed or signed out
  window.addEventListener('storage', function (e) { if (e.key === KEY || e.key === null) scheduleRefresh(); });
  scheduleRefresh();

  /**
   * Calls the API; answers the envelope's data, or throws ApiError. A 401 tries one refresh.
   * options.headers adds request headers (an Idempotency-Key, say).
   */
  async function api(method, path, body, options, retried) {
    const s = await freshSession();
    const headers = Object.assign({ 'Accept': 'application/json' }, options && options.headers);
    if (s) headers['Authorization'] = 'Bearer ' + s.accessToken;
    const init = { method: method, headers: headers };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined && body !== null) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const r = await fetch(path, init);
    if (r.status === 401 && !retried && s && await refresh(s.accessToken)) return api(method, path, body, options, true);
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
    if (!r.ok) {
      const err = json && json.error ? json.error : {};
      throw new ApiError(r.status, err.code, err.message || text, err.details);
    }
    return json && 'data' in json ? json.data : json;
  }

  /**
   * Follows a server-sent event stream with the bearer token (EventSource cannot send one).
   * onEvent(name, data) for each event; returns a function that stops it. Reconnects after a drop.
   */
  function stream(path, onEvent, onState) {
    let stopped = false;
    let controller = null;
    async function run() {
      while (!stopped) {
        controller = new AbortController();
        try {
          const s = await freshSession();
          const r = await fetch(path, { headers: { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + (s ? s.accessToken : '') }, signal: controller.signal });
          if (r.status === 401 && s && await refresh(s.accessToken)) continue;
          if (!r.ok) throw new Error('HTTP ' + r.status);
          if (onState) onState('live');
          const reader = r.body.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const chunk = await reader.read();
            if (chunk.done) break;
            buffer += decoder.decode(chunk.value, { stream: true });
            let cut;
            while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
              const block = buffer.slice(0, cut);
              buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, '');
              let name = 'message';
              const data = [];
              block.split(/\r?\n/).forEach(function (line) {
                if (line.startsWith('event:')) name = line.slice(6).trim();
                else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
              });
              if (data.length) {
                let value = data.join('\n');
                try { value = JSON.parse(value); } catch (e) { /* plain text */ }
                onEvent(name, value);
              }
            }
          }
        } catch (e) {
          if (stopped) return;
        }
        if (onState) onState('reconnecting');
        await new Promise(function (resolve) { setTimeout(resolve, 2000); });
      }
    }
    run();
    return function () { stopped = true; if (controller) controller.abort(); };
  }

  /** The page is for these roles: without a session, to the login; with another role, a refusal. */
  function requireRole() {
    const roles = Array.prototype.slice.call(arguments);
    const s = session();
    if (!s) { location.href = '/?next=' + encodeURIComponent(location.pathname + location.search); return null; }
    if (roles.indexOf(s.role) < 0) {
      document.body.innerHTML = '';
      document.body.appendChild(el('main', { class: 'page' },
        el('div', { class: 'card refusal', id: 'not-allowed' },
          el('h1', {}, 'Not for your role'),
          el('p', {}, 'This page is for ' + roles.join(' / ').toLowerCase() + ' accounts; you are signed in as ' + s.role.toLowerCase() + '.'),
          el('a', { href: HOME[s.role] || '/' }, 'Go to your page'))));
      return null;
    }
    return s;
  }

  /** Ends the session on the server too: its refresh token and its access tokens stop working at once. */
  async function logout() {
    const s = session();
    localStorage.removeItem(KEY);
    scheduleRefresh();
    if (s && s.refreshToken) {
      try {
        await fetch('/v1/auth/logout', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + s.accessToken },
          body: JSON.stringify({ refreshToken: s.refreshToken })
        });
      } catch (e) { /* gone here anyway */ }
    }
    location.href = '/';
  }

  /** Builds an element: el('tr', {class: 'x', onclick: fn}, child, 'text', …). */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? '' : v);
    });
    for (let i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }

  /** The standard page header: brand, the page's links, who is signed in, sign out. */
  function header(title, links) {
    const s = session();
    const nav = el('nav', { class: 'topbar' },
      el('a', { class: 'brand', href: s ? (HOME[s.role] || '/') : '/' }, 'Khaacho'),
      el('span', { class: 'title' }, title),
      el('span', { class: 'links' }, (links || []).map(function (l) { return el('a', { href: l[1] }, l[0]); })),
      s ? el('span', { class: 'who' }, s.phone + ' · ' + s.role.toLowerCase(),
        el('button', { class: 'link', id: 'logout', onclick: logout }, 'Sign out')) : null);
    document.body.prepend(nav);
  }

  /** Shows a message at the top of the page (kind: info, ok, error); fades after a while. */
  function notice(text, kind) {
    let box = document.getElementById('notice');
    if (!box) { box = el('div', { id: 'notice', role: 'status' }); document.body.appendChild(box); }
    box.className = 'notice ' + (kind || 'info');
    box.textContent = text;
    clearTimeout(box._timer);
    box._timer = setTimeout(function () { box.className = 'notice hidden'; }, kind === 'error' ? 8000 : 4000);
  }

  function errorText(e) {
    if (e instanceof ApiError) return e.message + (e.details.length ? ' (' + e.details.join('; ') + ')' : '');
    return String(e && e.message || e);
  }

  const npr = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt = {
    npr: function (amount) { return amount === null || amount === undefined ? '—' : 'NPR ' + npr.format(Number(amount)); },
    qty: function (q) { return q === null || q === undefined ? '' : String(Number(q)); },
    date: function (d) { return d ? new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '—'; },
    time: function (t) { return t ? new Date(t).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '—'; },
    status: function (s) { return el('span', { class: 'status status-' + String(s).toLowerCase() }, String(s).replace(/_/g, ' ').toLowerCase()); },
    left: function (until) {
      if (!until) return '';
      const ms = new Date(until).getTime() - Date.now();
      if (ms <= 0) return 'time is up';
      const m = Math.floor(ms / 60000), h = Math.floor(m / 60);
      return (h ? h + ' h ' : '') + (m % 60) + ' min left';
    }
  };

  window.Khaacho = {
    api: api, stream: stream, session: session, saveSession: saveSession, refresh: refresh, requireRole: requireRole,
    logout: logout, el: el, header: header, notice: notice, errorText: errorText, fmt: fmt, home: HOME,
    ApiError: ApiError
  };
})();
