/*
 * The vendor and buyer pages on a weak connection: the service worker that keeps the pages (sw.js), what
 * a page last read kept with its age, and a queue of writes taken without a connection.
 *
 * A queued write carries an Idempotency-Key made when it was taken: sent again after a reply that never
 * arrived, or from two tabs at once, it still acts once. Writes leave the queue in the order they were
 * taken, one at a time; a write the server refuses (the order moved meanwhile) leaves it as a conflict the
 * page shows, never silently.
 */
(function () {
  'use strict';
  const K = window.Khaacho;
  const QUEUE = 'queue';
  const CONFLICTS = 'conflicts';
  const RETRY_MS = 15000;
  const SUBSCRIBE_WAIT_MS = 15000;
  const changeListeners = [];
  const resultListeners = [];
  let flushing = null;

  function storageKey(name) {
    const s = K.session();
    return 'khaacho.offline.' + name + '.' + (s ? s.userId : 'anonymous');
  }

  /** Keeps what the page read (the inbox, say) with the moment it was read, for this user on this device. */
  function keep(name, data) {
    try {
      localStorage.setItem(storageKey(name), JSON.stringify({ at: Date.now(), data: data }));
    } catch (e) { /* storage full or off: the page still works online */ }
  }

  /** What was kept under the name, as {at, data}; null when nothing was. */
  function kept(name) {
    try {
      const value = JSON.parse(localStorage.getItem(storageKey(name)));
      return value && typeof value.at === 'number' ? value : null;
    } catch (e) { return null; }
  }

  /**
   * Reads from the API and keeps the answer under the name; without a connection, answers what was kept.
   * Answers {data, readAt}: readAt is null for a fresh answer, the moment of the kept one otherwise. A
   * refusal, or no connection with nothing kept, is thrown.
   */
  async function read(name, path) {
    try {
      const data = await K.api('GET', path);
      keep(name, data);
      return { data: data, readAt: null };
    } catch (e) {
      const last = unreachable(e) ? kept(name) : null;
      if (!last) throw e;
      return { data: last.data, readAt: last.at };
    }
  }

  /** How long ago a moment was, in words: "just now", "5 min ago", "3 h ago", "2 days ago". */
  function ago(at) {
    const minutes = Math.max(0, Math.floor((Date.now() - at) / 60000));
    if (minutes < 1) return K.t('offline.justNow');
    if (minutes < 60) return K.t('offline.minutesAgo', minutes);
    if (minutes < 48 * 60) return K.t('offline.hoursAgo', Math.floor(minutes / 60));
    return K.t('offline.daysAgo', Math.floor(minutes / 1440));
  }

  function online() {
    return navigator.onLine !== false;
  }

  /** A failure of the connection (no answer at all), not an answer refusing the request. */
  function unreachable(e) {
    return !(e instanceof K.ApiError);
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  // ---------- the queue ----------

  function pending() {
    const q = kept(QUEUE);
    return q && Array.isArray(q.data) ? q.data : [];
  }

  function saveQueue(list) {
    keep(QUEUE, list);
    changeListeners.forEach(function (fn) { fn(list); });
  }

  function call(action) {
    return K.api(action.method, action.path, action.body, { headers: { 'Idempotency-Key': action.key } });
  }

  /**
   * Sends a write now; when the connection fails (or writes taken earlier still wait), queues it to be
   * sent with the same key when it returns. action: {method, path, body, label, subject, orderId}.
   * Answers {sent: true, data} or {queued: true}; a refusal by the server is thrown, as K.api does.
   */
  async function send(action) {
    const entry = Object.assign({ key: newKey(), takenAt: Date.now() }, action);
    if (online() && pending().length === 0) {
      try {
        return { sent: true, data: await call(entry) };
      } catch (e) {
        if (!unreachable(e)) throw e;
      }
    }
    saveQueue(pending().concat([entry]));
    return { queued: true };
  }

  /** Drops a queued write the user no longer wants sent. */
  function discard(key) {
    saveQueue(pending().filter(function (a) { return a.key !== key; }));
  }

  /** Sends what waits, oldest first, one tab at a time; stops at the first write the connection fails. */
  function flush() {
    if (!flushing) {
      const run = function () { return flushQueue(); };
      const locked = navigator.locks ? navigator.locks.request('khaacho.offline.queue', run) : run();
      flushing = locked.finally(function () { flushing = null; });
    }
    return flushing;
  }

  async function flushQueue() {
    for (;;) {
      const action = pending()[0];
      if (!action) return;
      let outcome;
      try {
        outcome = { action: action, sent: true, data: await call(action) };
      } catch (e) {
        // no connection, the server down or busy with this very key, no session: try again later
        // another writer at the same moment (CONFLICT: try again) is no refusal either
        if (unreachable(e) || e.status >= 500 || e.status === 401 || e.code === 'REQUEST_IN_PROGRESS'
          || e.code === 'CONFLICT') return;
        outcome = { action: action, refused: { status: e.status, code: e.code, message: K.errorText(e) } };
        await conflict(outcome);
      }
      saveQueue(pending().filter(function (a) { return a.key !== action.key; }));
      resultListeners.forEach(function (fn) { fn(outcome); });
    }
  }

  // ---------- conflicts: writes the server refused when they arrived ----------

  async function conflict(outcome) {
    if (outcome.action.orderId) {
      try {
        const order = await K.api('GET', '/v1/orders/' + encodeURIComponent(outcome.action.orderId));
        outcome.nowStatus = order.status;
      } catch (e) { /* the refusal says enough */ }
    }
    keep(CONFLICTS, conflicts().concat([{ action: outcome.action, refused: outcome.refused, nowStatus: outcome.nowStatus || null,
      at: Date.now() }]));
  }

  function conflicts() {
    const c = kept(CONFLICTS);
    return c && Array.isArray(c.data) ? c.data : [];
  }

  function dismissConflict(key) {
    keep(CONFLICTS, conflicts().filter(function (c) { return c.action.key !== key; }));
  }

  // ---------- the page as an app ----------

  /** Registers the service worker (the page then opens offline) where the browser has them. */
  function install() {
    if (!('serviceWorker' in navigator)) return Promise.resolve(null);
    // the notifications the service worker shows speak the page's language
    if (window.caches) {
      caches.open('khaacho-settings').then(function (cache) {
        return cache.put('/settings/language', new Response(K.lang()));
      }).catch(function () { /* English then */ });
    }
    return navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { return null; });
  }

  // ---------- new-order pushes ----------

  function keyBytes(base64Url) {
    const text = atob(base64Url.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(text, function (c) { return c.charCodeAt(0); });
  }

  function sameKey(subscription, base64Url) {
    const had = subscription.options && subscription.options.applicationServerKey;
    if (!had) return false;
    const a = new Uint8Array(had), b = keyBytes(base64Url);
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }

  /**
   * The button that turns new-order notifications on and off, shown where the browser can receive pushes
   * and the server sends them. A subscription made under an earlier key of the server is made again.
   */
  async function pushToggle(button) {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return;
    let key;
    try { key = await K.api('GET', '/v1/push/key'); } catch (e) { return; }
    if (!key.enabled) return;
    const registration = await navigator.serviceWorker.ready;
    let current = await registration.pushManager.getSubscription();
    if (current && !sameKey(current, key.publicKey)) { await current.unsubscribe(); current = null; }
    if (current) {
      // the server may have dropped it (a restart with new keys, a cleanup): it is told again
      try { await K.api('PUT', '/v1/users/me/push-subscriptions', current.toJSON()); } catch (e) { /* shown as on */ }
    }
    const show = function () {
      button.textContent = current ? K.t('push.turnOff') : K.t('push.turnOn');
      button.dataset.state = current ? 'on' : 'off';
      button.classList.remove('hidden');
    };
    button.addEventListener('click', async function () {
      button.disabled = true;
      try {
        if (current) {
          const endpoint = current.endpoint;
          await current.unsubscribe();
          current = null;
          try { await K.api('DELETE', '/v1/users/me/push-subscriptions?endpoint=' + encodeURIComponent(endpoint)); } catch (e) { /* gone already */ }
          K.notice(K.t('push.off'), 'info');
        } else if (await Notification.requestPermission() !== 'granted') {
          K.notice(K.t('push.denied'), 'error');
        } else {
          try {
            // a browser that cannot reach its push service may never answer: given up after a while
            current = await Promise.race([
              registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.publicKey) }),
              new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error('push service silent')); }, SUBSCRIBE_WAIT_MS); })
            ]);
            await K.api('PUT', '/v1/users/me/push-subscriptions', current.toJSON());
            K.notice(K.t('push.on'), 'ok');
          } catch (e) {
            if (current) { try { await current.unsubscribe(); } catch (ignored) { /* nothing held */ } }
            current = null;
            K.notice(K.t('push.unavailable'), 'error');
          }
        }
      } finally {
        button.disabled = false;
        show();
      }
    });
    show();
  }

  /** A line at the top of the page while the browser has no connection. */
  function banner() {
    const bar = K.el('div', { id: 'offline-banner', class: 'offline-banner hidden', role: 'status' }, K.t('offline.banner'));
    document.body.insertBefore(bar, document.body.firstChild);
    const show = function () { bar.classList.toggle('hidden', online()); };
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
  }

  // Without a connection every read the page tries fails: the bar at the top says so once, instead of a
  // notice per failed read. Other notices (a queued answer, a refusal) still show.
  const notice = K.notice;
  K.notice = function (text, kind) {
    if (kind === 'error' && !online()) return;
    notice(text, kind);
  };

  window.addEventListener('online', function () { flush(); });
  setInterval(function () { if (pending().length && online()) flush(); }, RETRY_MS);

  K.offline = {
    keep: keep, kept: kept, read: read, ago: ago, online: online, unreachable: unreachable, send: send, pending: pending,
    discard: discard, flush: flush, conflicts: conflicts, dismissConflict: dismissConflict, install: install, banner: banner,
    pushToggle: pushToggle,
    onQueueChange: function (fn) { changeListeners.push(fn); },
    onResult: function (fn) { resultListeners.push(fn); }
  };
})();
