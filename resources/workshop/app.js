// The voting page of a Social Business Radar workshop. Served by the program itself under
// /s/<token>/; every URL here is relative to that folder. No frameworks, no external files.
'use strict';

(function () {
  const TEXT = {
    de: {
      connecting: 'Verbindung wird aufgebaut …',
      waiting: 'Warten auf die Moderation …',
      saved: 'Ihre Stimme ist gespeichert – Sie können sie ändern, solange die Frage offen ist.',
      skipped: 'Übersprungen – Sie können noch abstimmen, solange die Frage offen ist.',
      closed: 'Die Abstimmung zu dieser Frage ist geschlossen.',
      skip: 'Überspringen',
      prev: 'Zurück',
      next: 'Weiter',
      of: 'von',
      results: 'Ergebnis',
      tooFew: 'Zu wenige Stimmen, um ein Ergebnis zu zeigen.',
      votes: (n) => n === 1 ? '1 Stimme' : n + ' Stimmen',
      skippedCount: (n) => n + ' übersprungen',
      lost: 'Keine Verbindung – neuer Versuch läuft …',
      tooMany: 'Zu viele Anfragen – bitte einen Moment warten.',
      addressLimit: 'Von diesem Gerät bzw. dieser Netzwerkadresse nehmen schon genug Personen teil.',
      retrying: 'Die Stimme wird gespeichert …',
      full: 'Die Gruppe ist vollständig – es kann niemand mehr beitreten.',
      refused: 'Die Stimme wurde nicht angenommen.',
      done: 'Danke! Sie haben alle Fragen beantwortet. Bis zum Ende der Sitzung können Sie Antworten noch ändern.',
      ended: 'Die Sitzung ist beendet.',
      level: 'Stufe',
      departmentQuestion: 'Zu welcher Abteilung gehören Sie?',
      departmentNote: 'Ihre Stimmen zählen für diese Abteilung. Sie wählen sie einmal und können sie danach nicht mehr ändern.',
      again: 'Nach der Diskussion wird noch einmal abgestimmt. Ihre letzte Stimme zählt – wer nicht neu abstimmt, behält die erste.',
    },
    en: {
      connecting: 'Connecting …',
      waiting: 'Waiting for the facilitator …',
      saved: 'Your vote is saved – you can change it while the item is open.',
      skipped: 'Skipped – you can still vote while the item is open.',
      closed: 'Voting on this item is closed.',
      skip: 'Skip',
      prev: 'Back',
      next: 'Next',
      of: 'of',
      results: 'Result',
      tooFew: 'Too few votes to show a result.',
      votes: (n) => n === 1 ? '1 vote' : n + ' votes',
      skippedCount: (n) => n + ' skipped',
      lost: 'No connection – trying again …',
      tooMany: 'Too many requests – please wait a moment.',
      addressLimit: 'Enough people already take part from this device or network address.',
      retrying: 'Saving the vote …',
      full: 'The group is complete – nobody else can join.',
      refused: 'The vote was not accepted.',
      done: 'Thank you! You have answered every item. You can change answers until the session ends.',
      ended: 'The session has ended.',
      level: 'Level',
      departmentQuestion: 'Which department do you belong to?',
      departmentNote: 'Your votes count for this department. You choose it once and cannot change it afterwards.',
      again: 'After the discussion, this item is voted on again. Your last vote counts – if you do not vote again, your first vote stays.',
    },
  };

  const $ = (id) => document.getElementById(id);
  const storageKey = 'sbr-participant:' + location.pathname;
  let participant = '';
  try { participant = localStorage.getItem(storageKey) || ''; } catch (e) { /* private mode */ }
  let state = null;      // last state from the server
  let index = 0;         // survey mode: the item shown
  let shownKey = '';     // what is rendered, to avoid rebuilding the buttons on every poll
  let busy = false;
  let failures = 0;
  let lang = document.documentElement.lang === 'en' ? 'en' : 'de';
  const t = () => TEXT[lang];

  function setStatus(message) {
    if ($('status').textContent !== message) $('status').textContent = message;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    $('skip').textContent = t().skip;
    $('prev').textContent = t().prev;
    $('next').textContent = t().next;
    $('results-title').textContent = t().results;
    $('department-question').textContent = t().departmentQuestion;
    $('department-note').textContent = t().departmentNote;
  }

  // A mixed group: the department is chosen once, before the first statement.
  function renderDepartments() {
    const box = $('department-list');
    const key = state.departments.join('\n');
    if (box.dataset.key !== key) {
      box.dataset.key = key;
      box.textContent = '';
      state.departments.forEach((name, i) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'level';
        button.textContent = name;
        button.addEventListener('click', () => chooseDepartment(i));
        box.appendChild(button);
      });
    }
    $('departments').hidden = false;
    $('card').hidden = true;
    $('results').hidden = true;
    shownKey = '';
    setStatus('');
  }

  async function chooseDepartment(i) {
    if (busy) return;
    busy = true;
    try {
      const r = await request('department', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ participant: participant, department: i }),
      });
      if (r.status === 200 || (r.status === 409 && r.body && r.body.error === 'department-chosen')) {
        busy = false;
        await poll();
      } else if (r.status === 503) {
        setStatus(t().retrying);
      } else {
        setStatus(r.status === 429 ? t().tooMany : t().refused);
      }
    } catch (e) {
      setStatus(t().lost);
    } finally {
      busy = false;
    }
  }

  function currentItem() {
    if (!state || state.items.length === 0) return null;
    if (state.mode === 'survey') {
      index = Math.max(0, Math.min(index, state.items.length - 1));
      return state.items[index];
    }
    return state.items[0];
  }

  function labelOf(level) {
    const labels = state.scale.labels || [];
    return labels[level - state.scale.min] || (t().level + ' ' + level);
  }

  function renderLevels(item) {
    const box = $('levels');
    box.textContent = '';
    for (let level = state.scale.min; level <= state.scale.max; level++) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'level';
      button.dataset.level = String(level);
      const head = document.createElement('span');
      head.className = 'level-head';
      head.textContent = level + ' · ' + labelOf(level);
      button.appendChild(head);
      const description = item.levels[level - state.scale.min];
      if (description) {
        const body = document.createElement('span');
        body.className = 'level-text';
        body.textContent = description;
        button.appendChild(body);
      }
      button.addEventListener('click', () => vote(item.id, level));
      box.appendChild(button);
    }
  }

  function renderResults(item) {
    const section = $('results');
    if (!item || !item.results) { section.hidden = true; return; }
    section.hidden = false;
    const r = item.results;
    const bars = $('bars');
    bars.textContent = '';
    if (r.tooFew) {
      $('results-note').textContent = t().tooFew;
      return;
    }
    $('results-note').textContent = t().votes(r.votes) + (r.skipped ? ', ' + t().skippedCount(r.skipped) : '');
    const most = Math.max(1, ...r.histogram);
    r.histogram.forEach((count, i) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'bar-label';
      name.textContent = (state.scale.min + i) + ' · ' + labelOf(state.scale.min + i);
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = Math.round(100 * count / most) + '%';
      const value = document.createElement('span');
      value.className = 'bar-value';
      value.textContent = String(count);
      li.append(name, bar, value);
      bars.appendChild(li);
    });
  }

  function render() {
    const mixed = state && Array.isArray(state.departments);
    $('group').textContent = mixed && state.department !== null ? state.departments[state.department] : '';
    if (mixed && state.department === null) { renderDepartments(); return; }
    $('departments').hidden = true;
    const item = currentItem();
    const survey = state && state.mode === 'survey';
    $('progress').textContent = survey && item ? (index + 1) + ' ' + t().of + ' ' + state.items.length : '';
    if (!item) {
      $('card').hidden = true;
      $('results').hidden = true;
      shownKey = '';
      setStatus(t().waiting);
      return;
    }
    const key = [item.id, lang, survey].join('|');
    if (key !== shownKey) {
      shownKey = key;
      $('dimension').textContent = item.dimension;
      $('statement').textContent = item.text;
      renderLevels(item);
    }
    $('card').hidden = false;
    for (const button of $('levels').children) {
      const chosen = item.voted && item.level === Number(button.dataset.level);
      button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
      button.disabled = !item.open;
    }
    $('skip').disabled = !item.open;
    $('again').hidden = !(item.reopened && item.open);
    $('again').textContent = t().again;
    $('skip').setAttribute('aria-pressed', item.voted && item.level === null ? 'true' : 'false');
    $('nav').hidden = !survey;
    $('prev').disabled = index === 0;
    $('next').disabled = index >= state.items.length - 1;
    const saved = $('saved');
    saved.hidden = !item.voted;
    saved.textContent = item.level === null ? t().skipped : t().saved;
    if (!item.open) setStatus(t().closed);
    else if (survey && state.items.every((i) => i.voted)) setStatus(t().done);
    else setStatus('');
    renderResults(item);
  }

  async function request(path, options) {
    const response = await fetch(path, Object.assign({ cache: 'no-store', credentials: 'omit' }, options));
    let body = null;
    try { body = await response.json(); } catch (e) { /* not JSON */ }
    return { status: response.status, body };
  }

  async function poll() {
    try {
      const r = await request('state?participant=' + encodeURIComponent(participant));
      if (r.status === 429) {
        setStatus(r.body && r.body.error === 'address-limit' ? t().addressLimit : t().tooMany);
        return;
      }
      if (r.status === 503 && r.body && r.body.error === 'session-full') { setStatus(t().full); return; }
      if (r.status !== 200 || !r.body) throw new Error('status ' + r.status);
      failures = 0;
      state = r.body;
      if (state.participant !== participant) {
        participant = state.participant;
        try { localStorage.setItem(storageKey, participant); } catch (e) { /* private mode */ }
      }
      if (state.language !== lang) { lang = state.language === 'en' ? 'en' : 'de'; applyLanguage(); shownKey = ''; }
      if (!busy) render();
    } catch (e) {
      failures++;
      setStatus(failures > 3 ? t().ended + ' ' + t().lost : t().lost);
    }
  }

  async function vote(itemId, level) {
    if (busy) return;
    busy = true;
    try {
      const r = await request('vote', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ participant: participant, item: itemId, level: level }),
      });
      if (r.status === 200) {
        const item = state.items.find((i) => i.id === itemId);
        if (item) { item.voted = true; item.level = level; }
        render();
        if (state.mode === 'survey' && index < state.items.length - 1 && currentItem().id === itemId) {
          setTimeout(() => { index++; render(); $('statement').focus(); }, 400);
        }
      } else if (r.status === 503 && r.body && r.body.error === 'not-stored') {
        // The workspace was busy for a moment: nothing was counted; send the same vote again.
        setStatus(t().retrying);
        setTimeout(() => vote(itemId, level), 1000);
      } else if (r.status === 429) {
        setStatus(t().tooMany);
      } else if (r.status === 409) {
        setStatus(t().closed);
        poll();
      } else {
        setStatus(t().refused);
      }
    } catch (e) {
      setStatus(t().lost);
    } finally {
      busy = false;
    }
  }

  function loop() {
    const survey = state && state.mode === 'survey';
    poll().finally(() => setTimeout(loop, survey ? 5000 : 700));
  }

  $('skip').addEventListener('click', () => { const item = currentItem(); if (item) vote(item.id, null); });
  $('prev').addEventListener('click', () => { index--; render(); $('statement').focus(); });
  $('next').addEventListener('click', () => { index++; render(); $('statement').focus(); });
  applyLanguage();
  setStatus(t().connecting);
  loop();
})();
