/*
 * Khaacho in the browser: a small client of the /v1 API shared by every page.
 * The session (access and refresh token, role, user id, phone) lives in localStorage; pages hold no
 * data of their own and every read and write goes through the API, which enforces the roles.
 * Every page speaks English or Nepali (the words are in i18n.js, loaded first): the choice is kept in
 * localStorage, and for a signed-in user on the server too, so it follows them to any device.
 */
(function () {
  'use strict';
  const KEY = 'khaacho.session';
  const HOME = { BUYER: '/buyer.html', VENDOR: '/vendor.html', ADMIN: '/admin.html', AUDITOR: '/auditor.html' };

  const LANG = 'khaacho.lang';
  const LANG_OF = 'khaacho.lang.user';   // the user whose language this browser took from the server or chose
  const WORDS = window.KhaachoWords || { en: {}, ne: {} };
  const REFRESH_LOCK = 'khaacho.refresh';
  let refreshing = null;
  let refused = false;   // the page refused the signed-in role: it asks the API nothing
  let refreshTimer = null;

  function session() {
    try { return JSON.parse(localStorage.getItem(KEY)); } catch (e) { return null; }
  }

  // ---------- language ----------

  /** The language of the pages: 'en' (the default) or 'ne'. */
  function lang() {
    let chosen = null;
    try { chosen = localStorage.getItem(LANG); } catch (e) { /* no storage: English */ }
    return chosen === 'ne' ? 'ne' : 'en';
  }

  /** Whether the dictionaries know this key. */
  function has(key) {
    return Object.prototype.hasOwnProperty.call(WORDS.en, key);
  }

  /** The words of a key in the page's language, {0}, {1}… filled with the arguments. */
  function t(key) {
    const words = WORDS[lang()];
    let text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : (has(key) ? WORDS.en[key] : key);
    for (let i = 1; i < arguments.length; i++) text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    return text;
  }

  /** Puts the page's static labels (data-i18n, data-i18n-placeholder, -title, -aria-label) in its language. */
  function translate(root) {
    document.documentElement.lang = lang();
    const scope = root || document;
    scope.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'], ['i18nAriaLabel', 'aria-label']].forEach(function (a) {
      const selector = '[data-' + a[0].replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }) + ']';
      scope.querySelectorAll(selector).forEach(function (node) { node.setAttribute(a[1], t(node.dataset[a[0]])); });
    });
    const title = document.querySelector('title[data-i18n]');
    if (title) document.title = t(title.dataset.i18n);
  }

  /**
   * Switches the pages to a language: kept here, and on the server for a signed-in user (then the page
   * is read again, so what it built in the old language is built anew).
   */
  async function setLanguage(chosen) {
    if (chosen !== 'en' && chosen !== 'ne') return;
    try { localStorage.setItem(LANG, chosen); } catch (e) { /* this page only */ }
    const s = session();
    if (s) {
      try { localStorage.setItem(LANG_OF, s.userId); } catch (e) { /* asked again next time */ }
      try { await api('PUT', '/v1/users/me/language', { language: chosen }); } catch (e) { /* kept here at least */ }
    }
    location.reload();
  }

  /** The switch between the two languages, the current one marked. */
  function languageSwitch() {
    const current = lang();
    const button = function (code, label) {
      return el('button', { type: 'button', class: 'link lang-option' + (code === current ? ' current' : ''), lang: code,
        id: 'lang-' + code, dataset: { lang: code }, 'aria-pressed': String(code === current),
        onclick: function () { if (code !== lang()) setLanguage(code); } }, label);
    };
    return el('span', { class: 'lang-switch', id: 'lang-switch' }, button('ne', 'नेपाली'), ' / ', button('en', 'English'));
  }

  /**
   * A signed-in user's language as the server remembers it: a page opened on another device, or after
   * signing in again, comes up in it.
   */
  async function followStoredLanguage() {
    if (await storedLanguage()) location.reload();
  }

  /**
   * Takes the signed-in user's language from the server, once per sign-in on this browser (later
   * switches here are this browser's own); answers whether it differed from this page's.
   */
  async function storedLanguage() {
    const s = session();
    if (!s || refused || localStorage.getItem(LANG_OF) === s.userId) return false;
    let me;
    try { me = await api('GET', '/v1/users/me'); } catch (e) { return false; }
    // a switch made here meanwhile is newer than what the server said
    if (!me || localStorage.getItem(LANG_OF) === s.userId) return false;
    try { localStorage.setItem(LANG_OF, s.userId); } catch (e) { return false; }
    if ((me.language !== 'en' && me.language !== 'ne') || me.language === lang()) return false;
    try { localStorage.setItem(LANG, me.language); } catch (e) { return false; }
    return true;
  }

  document.addEventListener('DOMContentLoaded', function () {
    translate();
    const bar = document.querySelector('nav.topbar');
    if (bar && !bar.querySelector('.lang-switch')) bar.appendChild(languageSwitch());
    followStoredLanguage();
  });
  document.documentElement.lang = lang();

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
    localStorage.removeItem(LANG_OF);
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
      refused = true;
      document.body.innerHTML = '';
      document.body.appendChild(el('main', { class: 'page' },
        el('div', { class: 'card refusal', id: 'not-allowed' },
          el('h1', {}, t('role.notForYou')),
          el('p', {}, t('role.pageIsFor', roles.map(function (r) { return t('role.' + r); }).join(' / '), t('role.' + s.role))),
          el('a', { href: HOME[s.role] || '/' }, t('role.goHome')))));
      return null;
    }
    return s;
  }

  /** Ends the session on the server too: its refresh token and its access tokens stop working at once. */
  async function logout() {
    const s = session();
    localStorage.removeItem(KEY);
    localStorage.removeItem(LANG_OF);
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
      languageSwitch(),
      s ? el('span', { class: 'who' }, s.phone + ' · ' + t('role.' + s.role),
        el('button', { class: 'link', id: 'logout', onclick: logout }, t('header.signOut'))) : null);
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

  /**
   * What went wrong, for a person: in English the API's own message (it names the figures); in Nepali
   * the words of its error code, the details (field names, figures) beside them as the API gave them.
   */
  function errorText(e) {
    if (e instanceof ApiError) {
      const details = e.details.length ? ' (' + e.details.join('; ') + ')' : '';
      if (lang() === 'ne') {
        if (e.code && has('error.' + e.code)) return t('error.' + e.code) + details;
        return t('error.status', e.status) + details;
      }
      return e.message + details;
    }
    if (lang() === 'ne' && e instanceof TypeError) return t('error.network');
    return String(e && e.message || e);
  }

  /** An event's type (OrderPlaced, or a full class name) in the page's language; unknown types spaced out. */
  function eventName(type) {
    const simple = String(type || '').split('.').pop();
    return has('event.' + simple) ? t('event.' + simple) : simple.replace(/([a-z])([A-Z])/g, '$1 $2');
  }

  /** A processing group's name (orders-projection, notifications…) in the page's language. */
  function processorName(name) {
    return has('processor.' + name) ? t('processor.' + name) : String(name).replace(/-projection$/, '');
  }

  const DEVANAGARI = { 0: '०', 1: '१', 2: '२', 3: '३', 4: '४', 5: '५', 6: '६', 7: '७', 8: '८', 9: '९' };
  const BS_MONTHS = ['बैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'];
  const NEPAL = 'Asia/Kathmandu';
  const npr = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt = {
    // lakh grouping in both languages; रु in Nepali
    npr: function (amount) { return amount === null || amount === undefined ? '—' : (lang() === 'ne' ? 'रु ' : 'NPR ') + npr.format(Number(amount)); },
    qty: function (q) { return q === null || q === undefined ? '' : String(Number(q)); },
    locale: function () { return lang() === 'ne' ? 'ne-NP' : 'en-GB'; },
    /** The day of an instant in Nepal, BS first and AD beside it. */
    date: function (d) { return d ? fmt.bsAd(new Date(d).toLocaleDateString('en-CA', { timeZone: NEPAL })) : '—'; },
    /** An instant in Nepal's time: the BS day and the time of day first, the AD day beside it (2082-08-19 BS 14:05 · 5 Dec 2025). */
    time: function (t) { return fmt.instant(t, false); },
    /** The same to the millisecond, for the audit trail. */
    preciseTime: function (t) { return fmt.instant(t, true); },
    instant: function (t, precise) {
      if (!t) return '—';
      const d = new Date(t);
      if (isNaN(d.getTime())) return '—';
      const day = d.toLocaleDateString('en-CA', { timeZone: NEPAL });
      const clock = d.toLocaleTimeString('en-GB', precise
        ? { timeZone: NEPAL, hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hourCycle: 'h23' }
        : { timeZone: NEPAL, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const bs = fmt.bs(day);
      return (bs ? bs + ' ' + fmt.digits(clock) + ' · ' + fmt.adDay(day) : fmt.adDay(day) + ' ' + clock);
    },
    /** An amount the way it is read in Nepal, in either language: रु 1,23,456.50 (the last three digits, then pairs). */
    rupees: function (amount) {
      if (amount === null || amount === undefined || amount === '') return '—';
      const n = Number(amount);
      if (!isFinite(n)) return '—';
      const fixed = Math.abs(n).toFixed(2);
      const whole = fixed.slice(0, -3);
      const head = whole.slice(0, -3);
      const grouped = head ? head.replace(/\B(?=(\d{2})+$)/g, ',') + ',' + whole.slice(-3) : whole;
      return 'रु ' + (n < 0 ? '-' : '') + grouped + '.' + fixed.slice(-2);
    },
    /** Latin digits as Devanagari ones in Nepali. */
    digits: function (text) { return lang() === 'ne' ? String(text).replace(/[0-9]/g, function (c) { return DEVANAGARI[c]; }) : String(text); },
    /** A BS date (yyyy-mm-dd): 2082-08-18 BS, or २०८२ मंसिर १८ in Nepali. */
    bsText: function (bs) {
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(bs || '');
      if (!m) return '—';
      if (lang() === 'ne') return fmt.digits(m[1] + ' ') + BS_MONTHS[Number(m[2]) - 1] + fmt.digits(' ' + Number(m[3]));
      return m[1] + '-' + m[2].padStart(2, '0') + '-' + m[3].padStart(2, '0') + ' ' + t('date.bs');
    },
    /** An AD calendar date (yyyy-mm-dd) in BS, as bsText shows it; '' outside the calendar's table. */
    bs: function (iso) {
      const d = window.KhaachoBs ? window.KhaachoBs.fromAd(iso) : null;
      return d ? fmt.bsText(d.year + '-' + d.month + '-' + d.day) : '';
    },
    /** An AD calendar date (yyyy-mm-dd) as 4 Dec 2025, the same in every time zone. */
    adDay: function (iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
      if (!m) return '—';
      return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
        .toLocaleDateString(fmt.locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    },
    /** A calendar date in BS first, AD beside it, as text: 2082-08-18 BS · 4 Dec 2025. */
    bsAd: function (iso) {
      if (!iso) return '—';
      const bs = fmt.bs(iso);
      return (bs ? bs + ' · ' : '') + fmt.adDay(iso);
    },
    /** The same as an element: span.bs-date, then span.ad-date (with adClass too, if given). */
    day: function (iso, adClass) {
      if (!iso) return el('span', { class: adClass || null }, '—');
      const bs = fmt.bs(iso);
      return el('span', { class: 'date-pair' }, bs ? el('span', { class: 'bs-date' }, bs) : null, bs ? ' ' : null,
        el('span', { class: 'muted ad-date' + (adClass ? ' ' + adClass : '') }, fmt.adDay(iso)));
    },
    /** A wallet's name as people write it (KHALTI → Khalti). */
    gateway: function (g) { return ({ KHALTI: 'Khalti', ESEWA: 'eSewa' })[g] || g; },
    /** Payment terms (COD, NET15) in words. */
    terms: function (terms) {
      if (terms === 'COD') return t('terms.cod');
      const days = /^NET(\d+)$/.exec(terms || '');
      return days ? t('terms.net', days[1]) : (terms || '—');
    },
    status: function (s) {
      return el('span', { class: 'status status-' + String(s).toLowerCase() },
        has('status.' + s) ? t('status.' + s) : String(s).replace(/_/g, ' ').toLowerCase());
    },
    left: function (until) {
      if (!until) return '';
      const ms = new Date(until).getTime() - Date.now();
      if (ms <= 0) return t('time.up');
      const m = Math.floor(ms / 60000), h = Math.floor(m / 60);
      return t('time.left', (h ? t('time.hours', h) + ' ' : '') + t('time.minutes', m % 60));
    }
  };

  // ---- files and invoices, shared by the pages that show them ----

  /**
   * GETs a file with the bearer token (a plain link cannot send one); a 401 tries one refresh. Answers
   * the file and the name the server gave it, else {@code fallbackName}.
   */
  async function fetchFile(path, accept, fallbackName) {
    const get = function (s) {
      return fetch(path, { headers: { 'Accept': accept, 'Authorization': 'Bearer ' + (s ? s.accessToken : '') } });
    };
    const s = session();
    let r = await get(s);
    if (r.status === 401 && s && s.refreshToken && await refresh(s.accessToken)) r = await get(session());
    if (!r.ok) {
      let err = {};
      try { err = (await r.json()).error || {}; } catch (e) { /* not JSON */ }
      throw new ApiError(r.status, err.code, err.message, err.details);
    }
    const named = /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') || '');
    return { blob: await r.blob(), name: named ? named[1] : fallbackName };
  }

  const invoice = {
    path: function (id) { return '/v1/invoices/' + encodeURIComponent(id); },
    /** The document's PDF in one language; each fetch is a print the API records. */
    pdf: function (id, lang) {
      return fetchFile(invoice.path(id) + '/pdf?lang=' + encodeURIComponent(lang), 'application/pdf', 'invoice-' + lang + '.pdf');
    },
    /** The issue date in Bikram Sambat first, the AD date beside it. */
    issuedOn: function (s) {
      return el('span', { class: 'date-pair' }, el('span', { class: 'bs-date' }, fmt.bsText(s.issuedOnBs)), ' ',
        el('span', { class: 'muted ad-date' }, fmt.adDay(s.issuedOn)));
    },
    kindBadge: function (kind) {
      return kind === 'CREDIT_NOTE' ? el('span', { class: 'status kind-credit-note' }, t('invoice.creditNoteBadge'))
        : el('span', { class: 'status kind-invoice' }, t('invoice.invoiceBadge'));
    }
  };

  window.Khaacho = {
    api: api, stream: stream, session: session, saveSession: saveSession, refresh: refresh, requireRole: requireRole,
    logout: logout, el: el, header: header, notice: notice, errorText: errorText, fmt: fmt, home: HOME,
    ApiError: ApiError, lang: lang, t: t, has: has, translate: translate, setLanguage: setLanguage,
    languageSwitch: languageSwitch, storedLanguage: storedLanguage, words: WORDS, fetchFile: fetchFile, invoice: invoice,
    eventName: eventName, processorName: processorName
  };
})();
