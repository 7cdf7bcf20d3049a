// Creates the Elsa Studio element once Blazor has registered it, keeps the Studio's bearer token current, and keeps
// one Studio session for the whole visit: moving between the pathway list,
// an editor, the instance list and an instance viewer (our header's links, the Studio's own callbacks, «Run», the
// browser's back and forward) replaces the element in this document instead of loading a page, so the Studio's
// WebAssembly runtime starts once. Each address is also a page of its own (a reload or a shared link opens it there).
(function () {
  const config = JSON.parse(document.getElementById('velferd-config').textContent);
  // The Studio's localization module takes its culture from this key before it starts (en-US when unset): bokmål
  // gives Norwegian dates and numbers and MudBlazor's own Norwegian texts. The Studio has no Norwegian texts itself.
  localStorage.setItem('BlazorCulture', 'nb-NO');

  // The bearer token. Elsa Studio 3.8.2 keeps it in one place for the whole runtime (its BackendService), which its HTTP
  // handler reads on every call; an element writes its access-token attribute there once, when it is created, and
  // the Studio's own «elsa-backend-provider» component, which draws nothing, does only that. So a renewed token is
  // handed over by creating a provider with it (and by every element mounted after), while the Studio's calls go
  // through fetch untouched: no wrapper delays, reorders or rewrites them.
  let mounting = Promise.resolve();
  let token = { value: config.token.value };
  let renewing = null;
  let handedOver = 0;

  // The page's other script (designer-run.js, the «Prøvekjør» dialog) reads the current token here at each call.
  window.velferdDesignerToken = function () { return token.value; };

  // Hands a token to the Studio after the element being mounted, if any, has written its own (same chain as mount).
  // The host element counts the hand-overs (data-token-renewals), so one can see that the Studio has the new token.
  function handOver(value) {
    mounting = mounting.then(function () {
      return customElements.whenDefined('elsa-backend-provider');
    }).then(function () {
      const holder = document.createElement('div');
      holder.hidden = true;
      document.body.appendChild(holder);
      return Blazor.rootComponents.add(holder, 'elsa-backend-provider', { AccessToken: value })
        .then(function (provider) { return provider.dispose(); })
        .then(function () { document.getElementById('velferd-host').dataset.tokenRenewals = String(++handedOver); })
        .finally(function () { holder.remove(); });
    }).catch(function () { });
    return mounting;
  }

  // Asks the studio for the session's current token (renewed there once it is within the margin of its expiry) and
  // hands a new one to the Studio. When the studio says the session has ended, the page goes to the sign-in page, which
  // says why, and comes back here afterwards.
  function renew() {
    if (!renewing) {
      renewing = fetch(config.token.endpoint, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.status === 401) {
            location.assign(config.token.signIn + '&returnUrl=' + encodeURIComponent(location.pathname + location.search));
            return null;
          }
          return response.ok ? response.json() : null;
        })
        .then(function (answer) {
          if (!answer || !answer.accessToken || answer.accessToken === token.value) return null;
          token = { value: answer.accessToken };
          return handOver(token.value);
        })
        // The studio not answering is not the end of the session: the token stays, and the next check tries again.
        .catch(function () { })
        .finally(function () { renewing = null; });
    }
    return renewing;
  }

  // The studio's clock decides when the token is renewed (the browser's may be off): it is asked at an interval
  // shorter than the margin, and at once when the page comes back into view, the window gets the focus again or the
  // network returns (a laptop waking up: its timers may have stood still while the token expired).
  setInterval(renew, Math.max(5000, Math.min(60000, config.token.renewBeforeMs / 2)));
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'visible') renew(); });
  window.addEventListener('focus', function () { renew(); });
  window.addEventListener('online', function () { renew(); });

  // The designer's addresses below the document's <base href> and the element each one shows.
  const routes = [
    { pattern: /^definitions$/, element: 'elsa-workflow-definition-list', title: function () { return config.titles.definitions; } },
    { pattern: /^definitions\/([^/]+)$/, element: 'elsa-workflow-definition-editor', idAttribute: 'definition-id', title: definitionTitle },
    { pattern: /^instances$/, element: 'elsa-workflow-instance-list', title: function () { return config.titles.instances; } },
    { pattern: /^instances\/([^/]+)$/, element: 'elsa-workflow-instance-viewer', idAttribute: 'instance-id', title: function () { return config.titles.instance; } },
  ];
  const basePath = new URL(document.baseURI).pathname;

  function routeOf(url) {
    const path = new URL(url, document.baseURI).pathname;
    if (!path.startsWith(basePath)) return null;
    for (const route of routes) {
      const match = route.pattern.exec(path.slice(basePath.length));
      if (match) return { route: route, id: match[1] === undefined ? null : decodeURIComponent(match[1]) };
    }
    return null;
  }

  // The editor's page is titled by the pathway's name, which the address does not hold: asked of the host (the same
  // small read the editor makes) and set when it comes; meanwhile the designer's name stands.
  function definitionTitle(id) {
    fetch(config.remoteEndpoint + '/workflow-definitions/by-definition-id/' + encodeURIComponent(id) + '?versionOptions=Latest',
      { headers: { Authorization: 'Bearer ' + token.value } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (definition) {
        if (definition && definition.name && current && current.id === id) document.title = config.titles.definition.replace('{0}', definition.name);
      })
      .catch(function () { });
    return config.titles.designer;
  }

  const pushState = history.pushState;
  let current = null;

  // Shows the address's element in this document; answers false for an address the designer does not show here.
  function show(url, addToHistory) {
    const target = routeOf(url);
    if (!target) return false;
    if (addToHistory) pushState.call(history, null, '', new URL(url, document.baseURI).href);
    current = target;
    document.title = target.route.title(target.id);
    mount(target.route.element, target.route.idAttribute, target.id);
    return true;
  }

  // After "Run" the editor routes to workflows/instances/{id}/view inside the element and never calls its
  // workflowDefinitionExecuted callback (3.8.2), which would leave the editor on screen: show our viewer instead.
  const studioInstanceRoute = /\/workflows\/instances\/([^/]+)\/view$/;
  history.pushState = function (state, title, url) {
    const route = url ? studioInstanceRoute.exec(new URL(url, location.href).pathname) : null;
    if (route) { show('instances/' + route[1], true); return; }
    return pushState.apply(this, arguments);
  };
  window.addEventListener('popstate', function () {
    if (!show(location.href, false)) location.reload();
  });

  // Our header's links to the lists; a click with a modifier key (a new tab or window) is the browser's.
  document.addEventListener('click', function (event) {
    const link = event.target.closest && event.target.closest('.velferd-bar a[href]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (show(link.href, true)) event.preventDefault();
  });

  function openDefinition(id) { show('definitions/' + encodeURIComponent(id), true); }
  function openInstance(id) { show('instances/' + encodeURIComponent(id), true); }

  // The old element goes first, and the new one comes once Blazor has disposed it (it then empties the element):
  // each element's MudBlazor popover provider claims one shared section, which the old one holds until then.
  function disposed(element) {
    return new Promise(function (resolve) {
      if (!element || element.childNodes.length === 0) { resolve(); return; }
      const observer = new MutationObserver(function () {
        if (element.childNodes.length === 0) { observer.disconnect(); resolve(); }
      });
      observer.observe(element, { childList: true });
    });
  }

  function mount(name, idAttribute, id) {
    // One change at a time: a second click while the first element is being disposed waits for it.
    mounting = mounting.then(function () {
      const host = document.getElementById('velferd-host');
      const leaving = host.firstElementChild;
      if (leaving) leaving.remove();
      return Promise.all([customElements.whenDefined(name), disposed(leaving)]).then(function () {
        const element = document.createElement(name);
        if (idAttribute) element.setAttribute(idAttribute, id);
        element.setAttribute('remote-endpoint', config.remoteEndpoint);
        element.setAttribute('access-token', token.value);
        host.replaceChildren(element);
        // The instance list's "View" only calls this callback, which Blazor reads once the element is connected.
        if (name === 'elsa-workflow-instance-list') element.viewWorkflowInstance = openInstance;
        // The definition list's «Edit», row click and «Create workflow» only call this callback.
        if (name === 'elsa-workflow-definition-list') element.editWorkflowDefinition = openDefinition;
      });
    });
  }

  current = { route: routes.find(function (r) { return r.element === config.element; }), id: config.id };
  mount(config.element, config.idAttribute, config.id);
})();
