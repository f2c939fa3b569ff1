// The search page. Plain DOM code, no framework and no build step.
//
// Safety: every text from the server is set with textContent, except the
// highlight strings, which the server HTML-escapes before it adds <mark>.
// Those go through safeMarks, which escapes them again (keeping entities)
// and lets only <mark> and </mark> back in, before innerHTML.
(function () {
  'use strict';

  var DEBOUNCE_MS = 250;
  var IDLE_COMMIT_MS = 1500; // typing pause after which the next search gets its own history entry
  var K = 5;
  var EXAMPLES = [
    ['en', 'How much did Meta pay for Scale AI?'],
    ['zh-Hant', 'Meta花了多少錢？'],
    ['en', 'Who will lead Meta’s new AI lab?'],
    ['zh-Hans', '哪些高管离开了六小龙？'],
    ['zh-Hant', '扎克伯格']
  ];

  var STRINGS = JSON.parse(document.getElementById('strings').textContent);
  var root = document.documentElement;
  var form = document.getElementById('search');
  var input = document.getElementById('q');
  var clearBtn = document.getElementById('clear');
  var statusEl = document.getElementById('status');
  var results = document.getElementById('results');
  var progress = document.getElementById('progress');

  // ---------------------------------------------------------------- i18n

  function chineseVariant() {
    var list = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < list.length; i++) {
      var l = String(list[i]).toLowerCase();
      if (l.indexOf('zh') !== 0) continue;
      return /hans|-cn|-sg|-my/.test(l) ? 'zh-Hans' : 'zh-Hant';
    }
    return 'zh-Hant';
  }

  function initialLang() {
    var src = root.getAttribute('data-lang-source');
    if ((src === 'cookie' || src === 'header') && STRINGS[root.lang]) return root.lang;
    var nav = String(navigator.language || '').toLowerCase();
    return nav.indexOf('zh') === 0 ? chineseVariant() : 'en';
  }

  var ui = initialLang();

  function t(key, vars) {
    var s = (STRINGS[ui] && STRINGS[ui][key]) || STRINGS.en[key] || key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(vars, k) ? String(vars[k]) : m; });
    }
    return s;
  }

  function passagesText(n) { return t(n === 1 ? 'passages_one' : 'passages_other', { n: n }); }

  function applyStrings() {
    root.lang = ui;
    document.title = t('docTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) { el.placeholder = t(el.getAttribute('data-i18n-placeholder')); });
    document.querySelectorAll('[data-i18n-aria-label]').forEach(function (el) { el.setAttribute('aria-label', t(el.getAttribute('data-i18n-aria-label'))); });
    document.querySelectorAll('[data-ui-lang]').forEach(function (b) {
      var zh = b.getAttribute('data-ui-lang') === 'zh';
      b.setAttribute('aria-pressed', String(zh ? ui !== 'en' : ui === 'en'));
    });
  }

  function setUILang(lang) {
    if (lang === ui) return;
    ui = lang;
    document.cookie = 'qa_lang=' + lang + '; path=/; max-age=31536000; samesite=lax';
    applyStrings();
    render();
  }

  // ------------------------------------------------------------- helpers

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // safeMarks makes a server highlight string safe for innerHTML even if the
  // server forgot to escape: every <, > and quote is escaped (an & is kept
  // when it starts an entity, so the server's &lt; still reads as <), then
  // exactly <mark> and </mark> are let back in. No other tag or attribute
  // can survive.
  function safeMarks(s) {
    return String(s)
      .replace(/&(?![a-zA-Z][a-zA-Z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      .replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
  }

  function setHighlighted(node, highlighted, plain) {
    if (highlighted) node.innerHTML = safeMarks(highlighted);
    else node.textContent = plain || '';
  }

  function zhTag() { return 'zh-Hant'; } // the article's Chinese text is Traditional

  function sectionText(section) {
    return (!section || section === 'intro') ? t('sectionIntro') : t('section', { s: section });
  }

  function citeText(section, paragraph) {
    return t('citation', { section: sectionText(section), paragraph: t('paragraph', { p: paragraph }) });
  }

  function apiPassageURL(id) {
    return '/v1/passages/' + String(id).split('/').map(encodeURIComponent).join('/');
  }

  function normalize(q) { return q.replace(/\s+/g, ' ').trim(); }

  function retryAfterSeconds(h) {
    if (!h) return 5;
    var n = parseInt(h, 10);
    if (isNaN(n)) {
      var d = Date.parse(h);
      n = isNaN(d) ? 5 : Math.ceil((d - Date.now()) / 1000);
    }
    return Math.min(Math.max(n, 1), 120);
  }

  // --------------------------------------------------------------- state

  // shown: what the results area displays: {kind, q, data?, message?, network?, wait?}
  //   kind: idle | answer | no-answer | empty | error | rate-limited
  // loadingQ: the question being fetched, or null.
  var shown = { kind: 'idle', q: '' };
  var loadingQ = null;
  var controller = null;
  var seq = 0;
  var composing = false;
  var debounceTimer = 0;
  var idleTimer = 0;
  var pushNext = true;
  var retryTimer = 0;
  var cooldownUntil = 0; // no request before this time (after a 429)
  var cards = {};        // passage id -> {other: bool, context: bool}
  var contexts = {};     // passage id -> {pending} | {data} | {error}

  function cardState(id) { return cards[id] || (cards[id] = { other: false, context: false }); }

  // ------------------------------------------------------------- history

  function urlFor(q) { return location.pathname + (q ? '?q=' + encodeURIComponent(q) : ''); }

  function queryFromURL() { return new URLSearchParams(location.search).get('q') || ''; }

  // writeURL records q in the address bar. mode "push" (Enter, an example,
  // clearing) always makes a new history entry; "auto" (search as you type)
  // makes one for the first search of a burst of typing and replaces it
  // for the rest, so Back goes to the previous question and not to each
  // prefix; "none" (page load, Back/Forward) leaves history alone.
  function writeURL(q, mode) {
    if (mode === 'none') return;
    var target = urlFor(q);
    if (target !== location.pathname + location.search) {
      if (mode === 'push' || pushNext) history.pushState({ q: q }, '', target);
      else history.replaceState({ q: q }, '', target);
    }
    clearTimeout(idleTimer);
    if (mode === 'push') {
      pushNext = true;
    } else {
      pushNext = false;
      idleTimer = setTimeout(function () { pushNext = true; }, IDLE_COMMIT_MS);
    }
  }

  // -------------------------------------------------------------- search

  function currentQ() {
    if (loadingQ !== null) return loadingQ;
    if (shown.kind === 'error' || shown.kind === 'rate-limited') return null;
    return shown.q;
  }

  function scheduleSearch() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(function () { runSearch('auto'); }, DEBOUNCE_MS);
  }

  function runSearch(mode, force) {
    clearTimeout(debounceTimer);
    var q = normalize(input.value);
    writeURL(q, mode);
    if (!force && q === currentQ()) return;
    if (controller) controller.abort();
    controller = null;
    if (q && shown.kind === 'rate-limited' && Date.now() < cooldownUntil) {
      // Still cooling down: keep the countdown; its end searches the latest question.
      seq++;
      loadingQ = null;
      shown.q = q;
      render();
      return;
    }
    clearTimeout(retryTimer);
    if (!q) {
      seq++;
      loadingQ = null;
      shown = { kind: 'idle', q: '' };
      render();
      return;
    }
    fetchAsk(q);
  }

  function fetchAsk(q) {
    var my = ++seq;
    var ctl = new AbortController();
    controller = ctl;
    loadingQ = q;
    render();
    // A question whose characters are the same in both scripts is
    // answered in the script of a Chinese interface (Accept-Language);
    // with the English interface, the browser's own header says it.
    var headers = { Accept: 'application/json' };
    if (ui !== 'en') headers['Accept-Language'] = ui;
    fetch('/v1/ask?q=' + encodeURIComponent(q) + '&k=' + K, {
      signal: ctl.signal,
      headers: headers,
      credentials: 'same-origin'
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) { return { res: res, body: body }; });
    }).then(function (r) {
      if (my !== seq) return;
      controller = null;
      loadingQ = null;
      var res = r.res, body = r.body;
      var msg = body && body.error && typeof body.error.message === 'string' ? body.error.message : '';
      if (res.status === 429) {
        shown = { kind: 'rate-limited', q: q, wait: retryAfterSeconds(res.headers.get('Retry-After')) };
        cooldownUntil = Date.now() + shown.wait * 1000;
        startRetry();
      } else if (!res.ok || !body || !Array.isArray(body.passages)) {
        shown = { kind: 'error', q: q, message: msg || (res.status + ' ' + res.statusText) };
      } else {
        cards = {};
        var kind = body.answer ? 'answer' : (body.passages.length ? 'no-answer' : 'empty');
        shown = { kind: kind, q: q, data: body };
      }
      render();
    }).catch(function (err) {
      if (my !== seq || (err && err.name === 'AbortError')) return;
      controller = null;
      loadingQ = null;
      shown = { kind: 'error', q: q, network: true };
      render();
    });
  }

  // startRetry counts the Retry-After seconds down on the card, then
  // searches whatever the box holds by then.
  function startRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function tick() {
      if (shown.kind !== 'rate-limited') return;
      shown.wait = Math.max(0, Math.ceil((cooldownUntil - Date.now()) / 1000));
      if (shown.wait <= 0) {
        runSearch('none', true);
        return;
      }
      render();
      retryTimer = setTimeout(tick, 1000);
    }, 1000);
  }

  function clearSearch() {
    input.value = '';
    updateClear();
    runSearch('push');
    input.focus();
  }

  // -------------------------------------------------------------- render

  function render() {
    var focus = rememberFocus();
    var kind = loadingQ !== null ? 'loading' : shown.kind;
    results.setAttribute('data-state', kind);
    results.setAttribute('data-q', loadingQ !== null ? loadingQ : shown.q);
    results.setAttribute('aria-busy', String(loadingQ !== null));
    progress.classList.toggle('on', loadingQ !== null);
    var st = statusText();
    if (statusEl.textContent !== st) statusEl.textContent = st; // announce changes only

    var frag = document.createDocumentFragment();
    switch (shown.kind) {
      case 'idle': frag.appendChild(renderIdle()); break;
      case 'error': frag.appendChild(renderError()); break;
      case 'rate-limited': frag.appendChild(renderRate()); break;
      default: renderData(frag, shown.q, shown.data);
    }
    results.replaceChildren(frag);
    restoreFocus(focus);
  }

  function statusText() {
    if (loadingQ !== null) return t('searching');
    var d = shown.data;
    switch (shown.kind) {
      case 'answer': return t('statusAnswer', { passages: passagesText(d.passages.length), ms: formatMS(d.took_ms) });
      case 'no-answer': return t('statusNoAnswer', { passages: passagesText(d.passages.length) });
      case 'empty': return t('statusEmpty');
      case 'error': return t('statusError');
      case 'rate-limited': return t('statusRate');
    }
    return '';
  }

  function formatMS(ms) {
    var n = Number(ms) || 0;
    return n < 10 ? n.toFixed(1) : String(Math.round(n));
  }

  function renderIdle() {
    var s = el('section', 'idle');
    s.appendChild(el('p', 'note', t('idleNote')));
    var h = el('h2', 'eyebrow', t('examplesTitle'));
    h.id = 'examples-title';
    s.appendChild(h);
    var ul = el('ul', 'examples');
    ul.setAttribute('aria-labelledby', 'examples-title');
    var list = EXAMPLES.slice();
    if (ui !== 'en') list.sort(function (a, b) { return (a[0] === 'en') - (b[0] === 'en'); });
    list.forEach(function (ex) {
      var li = el('li');
      var b = el('button', 'chip', ex[1]);
      b.type = 'button';
      b.lang = ex[0];
      b.setAttribute('data-example', ex[1]);
      li.appendChild(b);
      ul.appendChild(li);
    });
    s.appendChild(ul);
    return s;
  }

  function renderError() {
    var s = el('section', 'card error');
    s.setAttribute('role', 'alert');
    s.appendChild(el('h2', null, t('errorTitle')));
    s.appendChild(el('p', 'error-message', shown.network ? t('errorNetwork') : shown.message));
    var b = el('button', 'retry', t('retry'));
    b.type = 'button';
    b.setAttribute('data-act', 'retry');
    s.appendChild(b);
    return s;
  }

  function renderRate() {
    var s = el('section', 'card rate');
    s.appendChild(el('h2', null, t('rateTitle')));
    s.appendChild(el('p', 'rate-wait', t('rateBody', { s: shown.wait })));
    return s;
  }

  function renderData(frag, q, d) {
    var zhFirst = d.lang !== 'en';
    var byID = {};
    d.passages.forEach(function (p, i) { byID[p.id] = i; });

    if (d.interpreted_as) frag.appendChild(el('p', 'interpreted', t('interpreted', { q: d.interpreted_as })));

    if (d.answer) {
      frag.appendChild(renderAnswer(d.answer, d.passages, byID, d.lang));
    } else if (d.passages.length) {
      var na = el('section', 'card no-answer');
      na.appendChild(el('h2', null, t('noAnswerTitle')));
      if (d.no_answer && !isStockNoAnswer(d.no_answer)) na.appendChild(el('p', 'no-answer-message', d.no_answer));
      frag.appendChild(na);
    } else {
      var em = el('section', 'card empty');
      em.appendChild(el('h2', null, t('noResultsTitle', { q: q })));
      em.appendChild(el('p', null, t('noResultsTips')));
      frag.appendChild(em);
    }

    if (!d.passages.length) return;
    var title = el('h2', 'list-title', d.answer ? t('passagesTitle') : t('noAnswerRelated'));
    title.id = 'passages-title';
    frag.appendChild(title);
    var ol = el('ol', 'list');
    ol.id = 'passages';
    ol.setAttribute('aria-labelledby', 'passages-title');
    d.passages.forEach(function (p, i) {
      ol.appendChild(renderPassage(p, i, zhFirst, d.answer && d.answer.passage_id === p.id ? d.answer : null));
    });
    frag.appendChild(ol);
  }

  // isStockNoAnswer reports whether the server's no-answer message only
  // says what our title and the related-passages heading already say: it
  // opens with the title's words (in any interface language).
  function isStockNoAnswer(msg) {
    var m = normalize(msg);
    return Object.keys(STRINGS).some(function (l) {
      var title = STRINGS[l].noAnswerTitle.replace(/[.。]$/, '');
      return m.indexOf(title) === 0;
    });
  }

  function renderAnswer(a, passages, byID, qlang) {
    var s = el('section', 'card answer');
    s.id = 'answer';
    s.setAttribute('aria-labelledby', 'answer-label');
    var h = el('h2', 'eyebrow', t('answerLabel'));
    h.id = 'answer-label';
    s.appendChild(h);
    var txt = el('p', 'answer-text', a.text);
    // The engine gives a Chinese answer in the question's script.
    txt.lang = a.field === 'en' ? 'en' : (qlang === 'zh-Hans' ? 'zh-Hans' : zhTag());
    var len = String(a.text || '').length;
    if (len > (txt.lang === 'en' ? 48 : 24)) txt.classList.add('long');
    s.appendChild(txt);
    var meta = el('p', 'answer-meta');
    var i = byID[a.passage_id];
    if (i !== undefined) {
      var c = passages[i].citation || {};
      var link = el('a', 'cite-link', t('answerFrom', { cite: citeText(c.section, c.paragraph) }));
      link.href = '#res-' + (i + 1);
      link.setAttribute('data-act', 'goto');
      link.setAttribute('data-target', 'res-' + (i + 1));
      meta.appendChild(link);
    }
    if (typeof a.confidence === 'number') {
      if (meta.childNodes.length) meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('span', 'confidence', t('confidence', { p: Math.round(a.confidence * 100) })));
    }
    if (meta.childNodes.length) s.appendChild(meta);
    return s;
  }

  // markAnswer underlines the answer's span in a passage text already
  // shown with its highlights: start and end count the runes of the
  // passage's text (code points), and the span may cross <mark>s, so each
  // text node's share is wrapped on its own. Nothing is marked unless the
  // node shows exactly the passage's text.
  function markAnswer(node, plain, start, end) {
    if (!(end > start) || node.textContent !== plain) return;
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    var pos = 0, pieces = [];
    for (var tn = walker.nextNode(); tn && pos < end; tn = walker.nextNode()) {
      var cps = Array.from(tn.data);
      var s = Math.max(start - pos, 0), e = Math.min(end - pos, cps.length);
      if (s < e) pieces.push({ node: tn, s: cps.slice(0, s).join('').length, e: cps.slice(0, e).join('').length });
      pos += cps.length;
    }
    pieces.forEach(function (pc) {
      var r = document.createRange();
      r.setStart(pc.node, pc.s);
      r.setEnd(pc.node, pc.e);
      r.surroundContents(el('strong', 'answer-span'));
    });
  }

  function renderPassage(p, i, zhFirst, answer) {
    var isSource = !!answer;
    var st = cardState(p.id);
    var n = i + 1;
    var li = el('li', 'card result');
    li.id = 'res-' + n;
    li.tabIndex = -1;
    li.setAttribute('data-id', p.id);
    if (isSource) li.setAttribute('data-answer-source', '');
    if (p.answers === false) li.classList.add('related');

    var head = el('div', 'result-head');
    var rank = el('span', 'rank', String(p.rank || n));
    rank.setAttribute('aria-hidden', 'true');
    head.appendChild(rank);
    var c = p.citation || {};
    var cite = el('span', 'cite', citeText(c.section, c.paragraph));
    if (c.sentence) cite.title = (c.doc || '') + ' ' + c.paragraph + '.' + c.sentence;
    head.appendChild(cite);
    if (isSource) head.appendChild(el('span', 'badge', t('answerSource')));
    li.appendChild(head);

    var hl = p.highlights || {};
    var primary = zhFirst ? 'zh' : 'en';
    if (!p[primary]) primary = primary === 'zh' ? 'en' : 'zh';
    var secondary = primary === 'zh' ? 'en' : 'zh';

    var text = el('p', 'text');
    text.lang = primary === 'zh' ? zhTag() : 'en';
    setHighlighted(text, hl[primary], p[primary]);
    if (answer && answer.field === primary) markAnswer(text, p[primary], answer.start, answer.end);
    li.appendChild(text);

    var actions = el('div', 'actions');
    if (p[secondary]) {
      var other = el('p', 'other');
      other.id = 'res-' + n + '-other';
      other.lang = secondary === 'zh' ? zhTag() : 'en';
      setHighlighted(other, hl[secondary], p[secondary]);
      if (answer && answer.field === secondary) markAnswer(other, p[secondary], answer.start, answer.end);
      other.hidden = !st.other;
      li.appendChild(other);
      var ob = el('button', 'link-btn', otherLabel(secondary, st.other));
      ob.type = 'button';
      ob.setAttribute('data-act', 'other');
      ob.setAttribute('data-lang', secondary);
      ob.setAttribute('aria-expanded', String(st.other));
      ob.setAttribute('aria-controls', other.id);
      actions.appendChild(ob);
    }
    var cb = el('button', 'link-btn', t(st.context ? 'hideContext' : 'showContext'));
    cb.type = 'button';
    cb.setAttribute('data-act', 'context');
    cb.setAttribute('aria-expanded', String(st.context));
    cb.setAttribute('aria-controls', 'res-' + n + '-ctx');
    actions.appendChild(cb);
    li.appendChild(actions);

    var ctx = el('div', 'context');
    ctx.id = 'res-' + n + '-ctx';
    ctx.hidden = !st.context;
    ctx.setAttribute('data-lang', primary);
    li.appendChild(ctx);
    if (st.context) fillContext(ctx, p.id);
    return li;
  }

  function otherLabel(lang, open) {
    if (lang === 'zh') return t(open ? 'hideZh' : 'showZh');
    return t(open ? 'hideEn' : 'showEn');
  }

  // ------------------------------------------------------- show in context

  function toggleOther(li) {
    var st = cardState(li.getAttribute('data-id'));
    st.other = !st.other;
    var b = li.querySelector('[data-act="other"]');
    var box = li.querySelector('.other');
    if (!b || !box) return;
    box.hidden = !st.other;
    b.setAttribute('aria-expanded', String(st.other));
    b.textContent = otherLabel(b.getAttribute('data-lang'), st.other);
  }

  function toggleContext(li) {
    var id = li.getAttribute('data-id');
    var st = cardState(id);
    st.context = !st.context;
    var b = li.querySelector('[data-act="context"]');
    var box = li.querySelector('.context');
    b.setAttribute('aria-expanded', String(st.context));
    b.textContent = t(st.context ? 'hideContext' : 'showContext');
    box.hidden = !st.context;
    if (st.context) fillContext(box, id);
  }

  function fillContext(box, id) {
    var c = contexts[id];
    if (!c || c.error) {
      c = contexts[id] = { pending: true };
      fetch(apiPassageURL(id), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (res) {
          return res.json().catch(function () { return null; }).then(function (body) {
            if (!res.ok || !body || !body.passage) throw new Error('status ' + res.status);
            contexts[id] = { data: body };
          });
        })
        .catch(function () { contexts[id] = { error: true }; })
        .then(function () { redrawContext(id); });
    }
    drawContext(box, id);
  }

  function redrawContext(id) {
    var lis = results.querySelectorAll('li.result');
    for (var i = 0; i < lis.length; i++) {
      if (lis[i].getAttribute('data-id') !== id) continue;
      var box = lis[i].querySelector('.context');
      if (box && !box.hidden) drawContext(box, id);
    }
  }

  function drawContext(box, id) {
    var c = contexts[id] || {};
    var lang = box.getAttribute('data-lang');
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h3', 'ctx-title', t('contextTitle')));
    if (c.pending) {
      frag.appendChild(el('p', 'ctx-note', t('contextLoading')));
    } else if (c.error) {
      frag.appendChild(el('p', 'ctx-note', t('contextError')));
    } else {
      var list = Array.isArray(c.data.context) && c.data.context.length ? c.data.context : [c.data.passage];
      var ol = el('ol', 'ctx-list');
      list.forEach(function (p) {
        var item = el('li', 'ctx-item');
        if (p.id === id) item.setAttribute('aria-current', 'true');
        item.appendChild(el('span', 'ctx-para', t('paragraph', { p: p.paragraph })));
        var l = p[lang] ? lang : (lang === 'zh' ? 'en' : 'zh');
        var span = el('span', 'ctx-text', p[l]);
        span.lang = l === 'zh' ? zhTag() : 'en';
        item.appendChild(span);
        ol.appendChild(item);
      });
      frag.appendChild(ol);
    }
    box.replaceChildren(frag);
  }

  // ---------------------------------------------------------------- focus

  function rememberFocus() {
    var a = document.activeElement;
    if (!a || !results.contains(a)) return null;
    var li = a.closest('li.result');
    return { id: li ? li.getAttribute('data-id') : null, act: a.getAttribute('data-act') };
  }

  function restoreFocus(f) {
    if (!f || !f.id) return;
    var lis = results.querySelectorAll('li.result');
    for (var i = 0; i < lis.length; i++) {
      if (lis[i].getAttribute('data-id') !== f.id) continue;
      var target = f.act ? lis[i].querySelector('[data-act="' + f.act + '"]') : lis[i];
      (target || lis[i]).focus();
      return;
    }
  }

  function resultItems() { return Array.prototype.slice.call(results.querySelectorAll('li.result')); }

  function moveFocus(delta) {
    var list = resultItems();
    if (!list.length) return false;
    var cur = document.activeElement && document.activeElement.closest ? document.activeElement.closest('li.result') : null;
    var i = cur ? list.indexOf(cur) : -1;
    var next = i + delta;
    if (next < 0) {
      if (i < 0) return false;
      input.focus();
      return true;
    }
    if (next >= list.length) next = list.length - 1;
    pushNext = true;
    list[next].focus();
    list[next].scrollIntoView({ block: 'nearest' });
    return true;
  }

  function isEditable(node) {
    return node && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));
  }

  // --------------------------------------------------------------- events

  function updateClear() { clearBtn.hidden = input.value === ''; }

  input.addEventListener('compositionstart', function () {
    composing = true;
    clearTimeout(debounceTimer);
  });
  input.addEventListener('compositionend', function () {
    composing = false;
    updateClear();
    scheduleSearch();
  });
  input.addEventListener('input', function (e) {
    updateClear();
    if (e.isComposing || composing) return; // the IME is still choosing characters
    scheduleSearch();
  });
  input.addEventListener('blur', function () { pushNext = true; });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (composing) return;
    runSearch('push', shown.kind === 'error' || shown.kind === 'rate-limited');
  });

  clearBtn.addEventListener('click', clearSearch);

  document.querySelectorAll('[data-ui-lang]').forEach(function (b) {
    b.addEventListener('click', function () {
      setUILang(b.getAttribute('data-ui-lang') === 'en' ? 'en' : (ui !== 'en' ? ui : chineseVariant()));
    });
  });

  results.addEventListener('click', function (e) {
    var target = e.target.closest('[data-act], [data-example]');
    if (!target || !results.contains(target)) return;
    if (target.hasAttribute('data-example')) {
      input.value = target.getAttribute('data-example');
      updateClear();
      runSearch('push');
      input.focus();
      return;
    }
    var act = target.getAttribute('data-act');
    var li = target.closest('li.result');
    if (act === 'retry') {
      runSearch('none', true);
    } else if (act === 'goto') {
      e.preventDefault();
      var card = document.getElementById(target.getAttribute('data-target'));
      if (card) { card.focus(); card.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); }
    } else if (act === 'other' && li) {
      toggleOther(li);
    } else if (act === 'context' && li) {
      toggleContext(li);
    }
  });

  document.addEventListener('keydown', function (e) {
    if (e.isComposing || e.keyCode === 229) return; // keys that belong to the IME
    var target = e.target;
    var inInput = target === input;

    if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (e.key === '/' && !isEditable(target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;

    var inResults = results.contains(target);
    if (e.key === 'ArrowDown' && (inInput || inResults)) {
      if (moveFocus(1)) e.preventDefault();
    } else if (e.key === 'ArrowUp' && inResults) {
      if (moveFocus(-1)) e.preventDefault();
    } else if (e.key === 'Escape') {
      if (inInput) {
        e.preventDefault();
        if (input.value) clearSearch();
      } else if (inResults || target === document.body) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    } else if (e.key === 'Enter' && target.matches && target.matches('li.result')) {
      e.preventDefault();
      toggleContext(target);
    }
  });

  window.addEventListener('popstate', function () {
    var q = queryFromURL();
    input.value = q;
    updateClear();
    pushNext = true;
    runSearch('none');
  });

  // ----------------------------------------------------------------- start

  applyStrings();
  input.value = queryFromURL();
  updateClear();
  if (input.value) runSearch('none');
  else render();
})();
