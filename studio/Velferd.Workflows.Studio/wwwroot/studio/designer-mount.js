// Creates the Elsa Studio element once Blazor has registered it (the element reads its attributes, the token
// included, once when it mounts), and opens an instance the Studio shows in our own viewer page.
(function () {
  const config = JSON.parse(document.getElementById('velferd-config').textContent);
  // The Studio's localization module takes its culture from this key before it starts (en-US when unset): bokmål
  // gives Norwegian dates and numbers and MudBlazor's own Norwegian texts. The Studio has no Norwegian texts itself.
  localStorage.setItem('BlazorCulture', 'nb-NO');
  function openInstance(id) { location.assign('instances/' + encodeURIComponent(id)); }
  function openDefinition(id) { location.assign('definitions/' + encodeURIComponent(id)); }
  // After "Run" the editor routes to workflows/instances/{id}/view inside the element and never calls its
  // workflowDefinitionExecuted callback (3.8.2), which would leave the editor on screen: open our page instead.
  const studioInstanceRoute = /\/workflows\/instances\/([^/]+)\/view$/;
  const pushState = history.pushState;
  history.pushState = function (state, title, url) {
    const route = url ? studioInstanceRoute.exec(new URL(url, location.href).pathname) : null;
    if (route) { openInstance(decodeURIComponent(route[1])); return; }
    return pushState.apply(this, arguments);
  };
  customElements.whenDefined(config.element).then(function () {
    const element = document.createElement(config.element);
    if (config.idAttribute) element.setAttribute(config.idAttribute, config.id);
    element.setAttribute('remote-endpoint', config.remoteEndpoint);
    element.setAttribute('access-token', config.accessToken);
    document.getElementById('velferd-host').appendChild(element);
    // The instance list's "View" only calls this callback, which Blazor reads once the element is connected.
    if (config.element === 'elsa-workflow-instance-list') element.viewWorkflowInstance = openInstance;
    // The definition list's «Edit», row click and «Create workflow» only call this callback.
    if (config.element === 'elsa-workflow-definition-list') element.editWorkflowDefinition = openDefinition;
  });
})();
