// «Run» in the Studio sends the definition's execute request with no input (3.8.2 has no input form). Here that
// request is held back: a dialog asks for the definition's inputs (its Input/Output tab), and the request goes out
// with them as a test run (the host keeps its tasks, deadlines and service calls away from real work); «Avbryt»
// answers the Studio with no instance, so nothing starts and nothing is shown.
(function () {
  // Users who may not change pathways may not run them either (the host refuses it): the list's row menu loses «Run»,
  // as the editor's toolbar does through pages.css (a menu item can only be told by its text). Their «Run» is never
  // held back here: there is none to press.
  if (document.body.classList.contains('velferd-readonly')) {
    new MutationObserver(function () {
      for (const item of document.querySelectorAll('.mud-popover-open .mud-menu-item, .mud-popover-open .mud-list-item')) {
        if (item.textContent.trim() === 'Run') item.hidden = true;
      }
    }).observe(document.body, { childList: true, subtree: true });
    return;
  }

  const config = JSON.parse(document.getElementById('velferd-config').textContent);
  const execute = /\/workflow-definitions\/([^/]+)\/execute$/;
  const fetch = window.fetch;

  function bodyText(body) {
    if (body == null) return '{}';
    if (typeof body === 'string') return body;
    return new TextDecoder().decode(body instanceof ArrayBuffer ? new Uint8Array(body) : body);
  }

  async function inputsOf(definitionId) {
    const response = await fetch(config.remoteEndpoint + '/workflow-definitions/by-definition-id/' + definitionId + '?versionOptions=Latest',
      { headers: { Authorization: 'Bearer ' + window.velferdDesignerToken() } });
    return response.ok ? ((await response.json()).inputs || []) : [];
  }

  function field(input) {
    const label = document.createElement('label');
    const caption = document.createElement('span');
    caption.textContent = input.displayName || input.name;
    const box = document.createElement('input');
    box.name = input.name;
    box.type = input.type === 'Boolean' ? 'checkbox' : /^(Int|Double|Decimal|Single|Long)/.test(input.type || '') ? 'number' : 'text';
    label.append(caption, box);
    if (input.description) {
      const help = document.createElement('small');
      help.textContent = input.description;
      label.append(help);
    }
    return label;
  }

  function valueOf(box) {
    if (box.type === 'checkbox') return box.checked;
    if (box.type === 'number') return box.value === '' ? null : Number(box.value);
    return box.value;
  }

  // Answers the values by input name, or null when the user cancels.
  function askForInput(inputs) {
    const texts = config.texts;
    const dialog = document.createElement('dialog');
    dialog.className = 'velferd-run';
    const form = document.createElement('form');
    form.method = 'dialog';
    const heading = document.createElement('h2');
    heading.id = 'velferd-run-heading';
    heading.textContent = texts.runHeading;
    dialog.setAttribute('aria-labelledby', heading.id);
    const intro = document.createElement('p');
    intro.textContent = inputs.length ? texts.runIntro : texts.runNoInputs;
    form.append(heading, intro, ...inputs.map(field));
    const buttons = document.createElement('div');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = texts.runCancel;
    const start = document.createElement('button');
    start.type = 'submit';
    start.className = 'velferd-primary';
    start.textContent = texts.runStart;
    buttons.append(cancel, start);
    form.append(buttons);
    dialog.append(form);
    document.body.append(dialog);
    return new Promise(function (resolve) {
      let values = null;
      cancel.addEventListener('click', function () { dialog.close(); });
      form.addEventListener('submit', function () {
        values = {};
        for (const box of form.querySelectorAll('input')) values[box.name] = valueOf(box);
      });
      dialog.addEventListener('close', function () { dialog.remove(); resolve(values); });
      dialog.showModal();
      const first = form.querySelector('input');
      if (first) first.focus();
    });
  }

  window.fetch = async function (input, init) {
    const url = typeof input === 'string' ? input : (input instanceof URL ? input.href : input.url);
    const route = url.startsWith(config.remoteEndpoint) && init && (init.method || '').toUpperCase() === 'POST' ? execute.exec(new URL(url).pathname) : null;
    if (!route) return fetch.apply(this, arguments);

    const values = await askForInput(await inputsOf(route[1]));
    if (values === null) return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    const body = JSON.parse(bodyText(init.body));
    body.input = Object.assign({}, body.input || {}, values);
    body.testRun = true;
    return fetch.call(this, input, Object.assign({}, init, { body: JSON.stringify(body) }));
  };
})();
