// Creates the Elsa Studio element once Blazor has registered it (the element reads its attributes, the token
// included, once when it mounts), and opens an instance the Studio shows in our own viewer page.
(function () {
  const config = JSON.parse(document.getElementById('velferd-config').textContent);
  // The Studio's localization module takes its culture from this key before it starts (en-US when unset): bokmål
  // gives Norwegian dates and numbers and MudBlazor's own Norwegian texts. The Studio has no Norwegian texts itself.
  localStorage.setItem('BlazorCulture', 'nb-NO');
  function openInstance(id) { location.assign('instances/' + encodeURIComponent(id)); }

  // A definition chosen in the list opens in the same document: the Studio's runtime is already running, so only the
  // editor element is created (a new page would start the runtime again). The address changes as if the editor's
  // page had been opened; going back reloads the page at that address.
  function openDefinition(id) {
    pushState.call(history, { velferdDefinition: id }, '', 'definitions/' + encodeURIComponent(id));
    mount('elsa-workflow-definition-editor', 'definition-id', id);
  }
  window.addEventListener('popstate', function () { location.reload(); });

  // After "Run" the editor routes to workflows/instances/{id}/view inside the element and never calls its
  // workflowDefinitionExecuted callback (3.8.2), which would leave the editor on screen: open our page instead.
  const studioInstanceRoute = /\/workflows\/instances\/([^/]+)\/view$/;
  const pushState = history.pushState;
  history.pushState = function (state, title, url) {
    const route = url ? studioInstanceRoute.exec(new URL(url, location.href).pathname) : null;
    if (route) { openInstance(decodeURIComponent(route[1])); return; }
    return pushState.apply(this, arguments);
  };

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
    const host = document.getElementById('velferd-host');
    const leaving = host.firstElementChild;
    if (leaving) leaving.remove();
    Promise.all([customElements.whenDefined(name), disposed(leaving)]).then(function () {
      const element = document.createElement(name);
      if (idAttribute) element.setAttribute(idAttribute, id);
      element.setAttribute('remote-endpoint', config.remoteEndpoint);
      element.setAttribute('access-token', config.accessToken);
      host.replaceChildren(element);
      // The instance list's "View" only calls this callback, which Blazor reads once the element is connected.
      if (name === 'elsa-workflow-instance-list') element.viewWorkflowInstance = openInstance;
      // The definition list's «Edit», row click and «Create workflow» only call this callback.
      if (name === 'elsa-workflow-definition-list') element.editWorkflowDefinition = openDefinition;
    });
  }

  mount(config.element, config.idAttribute, config.id);
})();
