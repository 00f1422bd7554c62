/// The page's script, inline and allowed by its hash alone. It reads the data block as JSON and
/// puts every text into the page as text (`textContent`, never as markup); the one link it
/// makes of data goes to officielebekendmakingen.nl, for a Kamerstuk ID of the canonical shape.
///
/// The filters live in the URL's fragment (`#status=in-uitvoering&dossier=21501-02&party=D66&q=…`,
/// `sort=since` or `sort=-since`, `open=KEY`), so that a view can be sent as a link; the rows
/// are put in the page ``PageScript/rowsAtOnce`` at a time, as they are scrolled to. A motion
/// opened from the fragment is shown with the rows of its own page of rows only, the earlier
/// ones a button away: a link to a motion far down a long table costs no more than one near its top.
enum PageScript {
    /// The rows put into the table at once: a table of fifty thousand rows would take the
    /// browser seconds to lay out, a few hundred take milliseconds.
    static let rowsAtOnce = 200

    static let javascript = #"""
    (function () {
      'use strict';
      var PAGE = \#(rowsAtOnce);
      var data = JSON.parse(document.getElementById('ledger-data').textContent);
      var W = data.words, statuses = data.statuses, motions = data.motions;
      var debates = new Map(data.documents);
      var KAMERSTUK = /^kst-[0-9]+(-[0-9A-Z]+)?-[0-9A-Za-z]+$/;
      var FIELDS = ['status', 'dossier', 'party', 'q', 'sort', 'open'];
      var COLUMNS = ['motion', 'submitters', 'kamerstuk', 'status', 'since', 'source', 'passage', 'promised'];
      var state = {};
      var order = [];
      var shown = 0;
      var first = 0;
      var folded = null;
      var byKey = new Map();
      motions.forEach(function (m, i) {
        if (!byKey.has(m.k)) byKey.set(m.k, i);
        if (m.id && !byKey.has(m.id)) byKey.set(m.id, i);
      });

      function $(id) { return document.getElementById(id); }
      function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined && text !== null) node.textContent = String(text);
        return node;
      }
      function fill(text, values) {
        return text.replace(/\{(\w)\}/g, function (all, name) { return name in values ? values[name] : all; });
      }
      function fold(text) {
        text = String(text);
        // Most text is ASCII, which has no marks to take off.
        return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
      }
      function current(m) { return m.h[m.c]; }
      function passage(reading) { return reading.p || reading.x || ''; }
      function debate(reading) { return reading.g || debates.get(reading.r) || ''; }
      function submitters(m) {
        return m.sub ? m.sub.map(function (s) { return s[1] ? s[0] + ' (' + s[1] + ')' : s[0]; }).join(', ') : '';
      }
      function title(m) { return m.t || m.n; }

      function searchText(m) {
        var r = current(m);
        return fold([title(m), m.n, m.k, m.id || '', submitters(m), (m.ask || []).join(' '), r.r, debate(r), passage(r),
          r.e ? r.e[0] : ''].join('\n'));
      }
      function matches(m, i, skipStatus) {
        if (!skipStatus && state.status && statuses[m.s].key !== state.status) return false;
        if (state.dossier) {
          var wanted = state.dossier.trim().toUpperCase();
          var dossier = (m.do || '').toUpperCase();
          if (dossier !== wanted && dossier.split('-')[0] !== wanted) return false;
        }
        if (state.party) {
          var party = state.party.trim().toLowerCase();
          if (!(m.pa || []).some(function (p) { return p.toLowerCase() === party; })) return false;
        }
        if (state.q) {
          if (!folded) folded = motions.map(searchText);
          var words = fold(state.q).split(/\s+/).filter(Boolean);
          for (var w = 0; w < words.length; w++) if (folded[i].indexOf(words[w]) < 0) return false;
        }
        return true;
      }

      function sortKey(column, m, i) {
        var r = current(m);
        switch (column) {
          case 'motion': return fold(title(m));
          case 'submitters': return fold(submitters(m) || (m.ask || []).join(', '));
          case 'kamerstuk': return i;
          case 'status': return m.s;
          case 'since': return m.si;
          case 'source': return r.d + '\n' + fold(r.r);
          case 'passage': return fold(passage(r));
          case 'promised': return r.e ? r.e[2] : '\uffff';
        }
        return i;
      }

      function readHash() {
        var params = new URLSearchParams(location.hash.replace(/^#/, ''));
        FIELDS.forEach(function (field) { state[field] = params.get(field) || ''; });
      }
      function writeHash() {
        var params = new URLSearchParams();
        FIELDS.forEach(function (field) { if (state[field]) params.set(field, state[field]); });
        var text = params.toString();
        history.replaceState(null, '', text ? '#' + text : location.pathname + location.search);
      }

      function statusBadge(index) {
        return el('span', 'status st-' + statuses[index].key, statuses[index].word);
      }
      function uncertainty(reading) {
        return el('span', 'uncertain', W.uncertain + ': ' + (reading.u || W.noReason));
      }
      function cell(row, label, className) {
        var td = el('td', className);
        td.setAttribute('data-label', label);
        row.appendChild(td);
        return td;
      }

      function renderRow(i) {
        var m = motions[i], r = current(m);
        var row = el('tr', 'motion');
        row.id = 'm-' + i;
        row.dataset.key = m.k;
        var first = cell(row, W.motion);
        first.appendChild(el('div', 'clamp cell', title(m)));
        if (m.t && m.t !== m.n) first.appendChild(el('div', 'small cell', m.n));
        var toggle = el('button', 'toggle', W.history);
        toggle.type = 'button';
        toggle.setAttribute('aria-expanded', 'false');
        toggle.setAttribute('aria-controls', 'h-' + i);
        toggle.addEventListener('click', function () { setOpen(i, toggle.getAttribute('aria-expanded') !== 'true', true); });
        first.appendChild(toggle);
        var who = cell(row, W.submitters);
        if (m.sub) who.appendChild(el('div', 'cell', submitters(m)));
        if (m.ask) who.appendChild(el('div', 'small cell', W.askedBy + ': ' + m.ask.join('; ')));
        var kamerstuk = cell(row, W.kamerstuk);
        if (m.id && KAMERSTUK.test(m.id)) {
          var link = el('a', null, m.id);
          link.href = 'https://zoek.officielebekendmakingen.nl/' + m.id + '.html';
          link.rel = 'noreferrer';
          kamerstuk.appendChild(link);
        } else {
          kamerstuk.appendChild(el('span', 'cell', m.k));
        }
        var status = cell(row, W.status);
        status.appendChild(statusBadge(m.s));
        if (r.f & 8) status.appendChild(uncertainty(r));
        cell(row, W.since, 'date').textContent = m.si;
        var source = cell(row, W.source);
        source.appendChild(el('div', 'cell', r.r + (r.f & 1 ? ' (' + W.manual + ')' : '')));
        if (debate(r)) source.appendChild(el('div', 'small cell', debate(r)));
        var text = cell(row, W.passage);
        if (passage(r)) text.appendChild(el('div', 'clamp cell', passage(r)));
        if (r.l) text.appendChild(el('span', 'small', W.line + ' ' + r.l));
        var promised = cell(row, W.promised);
        if (r.e) {
          promised.appendChild(el('div', 'cell', r.e[0]));
          promised.appendChild(el('span', 'small', r.e[1] + ' \u2013 ' + r.e[2]));
          if (r.e[2] < data.today && statuses[r.s].key !== 'uitgevoerd' && statuses[r.s].key !== 'vervallen') {
            promised.appendChild(el('span', 'overdue', W.overdue));
          }
        }
        return row;
      }

      function renderHistory(i) {
        var m = motions[i];
        var row = el('tr', 'history');
        row.id = 'h-' + i;
        var td = el('td');
        td.colSpan = COLUMNS.length;
        td.appendChild(el('h3', null, W.history + ': ' + (m.id || m.k)));
        if (m.ask) td.appendChild(el('p', 'small cell', W.askedBy + ': ' + m.ask.join('; ')));
        var list = el('ol', 'readings');
        m.h.forEach(function (r, index) {
          var item = el('li', 'reading' + (index === m.c ? ' current' : '') + (r.f & 4 ? ' is-corrected' : ''));
          var head = el('div');
          head.appendChild(el('strong', null, r.d));
          head.appendChild(document.createTextNode(' '));
          head.appendChild(statusBadge(r.s));
          head.appendChild(el('span', 'cell', ' ' + r.r + (debate(r) ? ' (' + debate(r) + ')' : '')));
          if (index === m.c) head.appendChild(el('span', 'mark', W.current));
          if (r.f & 1) head.appendChild(el('span', 'mark', W.manual + (r.w ? ', ' + W.recordedBy + ' ' + r.w : '')));
          if (r.f & 2) head.appendChild(el('span', 'mark', W.correction));
          if (r.f & 4) head.appendChild(el('span', 'mark', W.corrected));
          item.appendChild(head);
          if (r.f & 8) item.appendChild(uncertainty(r));
          if (r.p) item.appendChild(el('p', null, '\u201c' + r.p + '\u201d' + (r.l ? ' (' + W.line + ' ' + r.l + ')' : '')));
          if (r.x) item.appendChild(el('p', null, W.note + ': ' + r.x));
          if (r.e) item.appendChild(el('p', null, W.promised + ': ' + r.e[0] + ' (' + r.e[1] + ' \u2013 ' + r.e[2] + ')'));
          list.appendChild(item);
        });
        td.appendChild(list);
        row.appendChild(td);
        return row;
      }

      function setOpen(i, open, fromUser) {
        var row = $('m-' + i);
        if (!row) return;
        var toggle = row.querySelector('.toggle');
        var history = $('h-' + i);
        if (open && !history) row.after(renderHistory(i));
        if (!open && history) history.remove();
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        toggle.textContent = open ? W.hideHistory : W.history;
        if (fromUser) {
          if (open) state.open = motions[i].k; else if (state.open === motions[i].k) state.open = '';
          writeHash();
        }
      }

      function renderMore(upTo) {
        var end = Math.min(order.length, Math.max(upTo || 0, shown + PAGE));
        var rows = document.createDocumentFragment();
        for (var n = shown; n < end; n++) rows.appendChild(renderRow(order[n]));
        $('rows').appendChild(rows);
        shown = end;
        var more = $('more');
        more.hidden = shown >= order.length;
        more.textContent = fill(W.more, { n: shown, m: order.length });
      }

      function renderEarlier(from) {
        var begin = Math.max(0, Math.min(first - PAGE, from === undefined ? first : from));
        var rows = document.createDocumentFragment();
        for (var n = begin; n < first; n++) rows.appendChild(renderRow(order[n]));
        $('rows').insertBefore(rows, $('rows').firstChild);
        first = begin;
        showEarlier();
      }
      function showEarlier() {
        var earlier = $('earlier');
        earlier.hidden = first === 0;
        earlier.textContent = fill(W.earlier, { n: first });
      }

      function apply() {
        var counts = statuses.map(function () { return 0; });
        var picked = [];
        motions.forEach(function (m, i) {
          if (!matches(m, i, true)) return;
          counts[m.s]++;
          if (!state.status || statuses[m.s].key === state.status) picked.push(i);
        });
        var column = state.sort.replace(/^-/, '');
        if (COLUMNS.indexOf(column) >= 0 && column !== 'kamerstuk' || state.sort === '-kamerstuk') {
          var sign = state.sort.charAt(0) === '-' ? -1 : 1;
          var keys = new Map();
          picked.forEach(function (i) { keys.set(i, sortKey(column, motions[i], i)); });
          picked.sort(function (a, b) {
            var x = keys.get(a), y = keys.get(b);
            return (x < y ? -sign : x > y ? sign : 0) || a - b;
          });
        }
        order = picked;
        document.querySelectorAll('thead th[data-column]').forEach(function (th) {
          var name = th.getAttribute('data-column');
          var sorted = state.sort === name ? 'ascending' : state.sort === '-' + name ? 'descending' : 'none';
          th.setAttribute('aria-sort', sorted);
        });
        renderCounts(counts);
        $('rows').textContent = '';
        first = 0;
        var target = state.open ? byKey.get(state.open) : undefined;
        var position = target === undefined ? -1 : order.indexOf(target);
        // The opened motion's page of rows, not every row before it.
        if (position >= PAGE) first = position - position % PAGE;
        shown = first;
        renderMore(position + 1);
        showEarlier();
        $('shown').textContent = fill(W.shown, { n: order.length, m: motions.length });
        $('no-match').hidden = order.length > 0;
        var notice = '';
        if (state.open && target === undefined) notice = fill(W.unknownMotion, { k: state.open });
        else if (state.open && position < 0) notice = fill(W.outside, { k: state.open });
        $('notice').textContent = notice;
        if (position >= 0) {
          setOpen(target, true, false);
          var row = $('m-' + target), place = row.getBoundingClientRect();
          if (place.top < 0 || place.bottom > window.innerHeight) row.scrollIntoView({ block: 'start' });
          row.querySelector('.toggle').focus({ preventScroll: true });
        }
      }

      function renderCounts(counts) {
        var list = $('counts');
        list.textContent = '';
        var total = counts.reduce(function (a, b) { return a + b; }, 0);
        [{ key: '', word: W.all, count: total }].concat(statuses.map(function (s, i) {
          return { key: s.key, word: s.word, count: counts[i] };
        })).forEach(function (entry) {
          var item = el('li');
          var button = el('button', entry.key ? 'st-key' : null, entry.word);
          button.type = 'button';
          button.dataset.status = entry.key;
          button.setAttribute('aria-pressed', state.status === entry.key ? 'true' : 'false');
          button.appendChild(el('span', 'n', entry.count));
          button.addEventListener('click', function () {
            state.status = entry.key;
            $('f-status').value = entry.key;
            changed();
          });
          item.appendChild(button);
          list.appendChild(item);
        });
      }

      function syncControls() {
        $('f-status').value = state.status;
        $('f-dossier').value = state.dossier;
        $('f-party').value = state.party;
        if ($('f-party').value !== state.party) {
          var option = el('option', null, state.party);
          option.value = state.party;
          $('f-party').appendChild(option);
          $('f-party').value = state.party;
        }
        $('f-q').value = state.q;
      }
      function changed() {
        state.open = '';
        writeHash();
        apply();
      }

      function setUp() {
        var status = $('f-status');
        status.appendChild(el('option', null, W.allStatuses)).value = '';
        statuses.forEach(function (s) { status.appendChild(el('option', null, s.word)).value = s.key; });
        var parties = new Set();
        motions.forEach(function (m) { (m.pa || []).forEach(function (p) { parties.add(p); }); });
        var party = $('f-party');
        party.appendChild(el('option', null, W.allParties)).value = '';
        Array.from(parties).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (p) {
          party.appendChild(el('option', null, p)).value = p;
        });
        // The dossiers to choose from, once the field is first used: a ledger can have thousands.
        $('f-dossier').addEventListener('focus', function () {
          var list = $('dossiers'), dossiers = new Set();
          if (list.firstChild) return;
          motions.forEach(function (m) { if (m.do) dossiers.add(m.do.split('-')[0]); });
          Array.from(dossiers).sort(function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); }).forEach(function (d) {
            list.appendChild(el('option')).value = d;
          });
        });
        var timer = 0;
        [['f-status', 'change', 'status'], ['f-party', 'change', 'party'], ['f-dossier', 'input', 'dossier'], ['f-q', 'input', 'q']]
          .forEach(function (spec) {
            $(spec[0]).addEventListener(spec[1], function (event) {
              state[spec[2]] = event.target.value;
              clearTimeout(timer);
              timer = setTimeout(changed, spec[1] === 'input' ? 200 : 0);
            });
          });
        $('filters').addEventListener('submit', function (event) { event.preventDefault(); });
        $('clear').addEventListener('click', function () {
          FIELDS.forEach(function (field) { if (field !== 'sort') state[field] = ''; });
          syncControls();
          changed();
        });
        document.querySelectorAll('thead th[data-column]').forEach(function (th) {
          var name = th.getAttribute('data-column');
          var button = th.querySelector('button');
          button.setAttribute('aria-label', fill(W.sortBy, { c: button.textContent }));
          button.addEventListener('click', function () {
            state.sort = state.sort === name ? '-' + name : name;
            writeHash();
            apply();
          });
        });
        $('more').addEventListener('click', function () { renderMore(); });
        $('earlier').addEventListener('click', function () { renderEarlier(); });
        if ('IntersectionObserver' in window) {
          new IntersectionObserver(function (entries) {
            if (entries.some(function (e) { return e.isIntersecting; }) && shown < order.length) renderMore();
          }, { rootMargin: '600px' }).observe($('more'));
        }
        window.addEventListener('beforeprint', function () {
          renderEarlier(0);
          renderMore(order.length);
        });
        window.addEventListener('hashchange', function () {
          readHash();
          syncControls();
          apply();
        });
        $('table-part').hidden = false;
      }

      setUp();
      readHash();
      syncControls();
      apply();
    })();
    """#
}
