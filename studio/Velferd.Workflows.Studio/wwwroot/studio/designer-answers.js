// Shows the host's reason when it refuses something the Studio asked for. The Studio reads an error body only after
// a save, publish or retract (its own snackbar); any other refusal (a 409 on delete, a 403, a 400 on a bulk action)
// throws inside it and leaves only the generic error bar. So every answer of the Elsa API is looked at here: a
// refusal puts the problem's detail (or title, or field errors) in a bar of ours, and the generic bar that the same
// refusal raises a moment later is hidden, since the reason is on screen and nothing needs reloading.
(function () {
  const config = JSON.parse(document.getElementById('velferd-config').textContent);
  const bar = document.getElementById('velferd-host-answer');
  const generic = document.getElementById('blazor-error-ui');
  const studioShowsItself = /\/workflow-definitions(\/[^/]+\/(retract|publish))?$/;
  const explainedFor = 5000;
  let refusedAt = -Infinity;

  function requestOf(input, init) {
    const url = typeof input === 'string' ? input : (input instanceof URL ? input.href : input.url);
    const method = ((init && init.method) || (input instanceof Request ? input.method : 'GET')).toUpperCase();
    return { url: new URL(url, location.href), method: method };
  }

  function isRefusal(request, response) {
    if (response.ok || response.status === 401 || response.status >= 500) return false;
    if (!request.url.href.startsWith(config.remoteEndpoint)) return false;
    if (request.method === 'GET' && response.status === 404) return false;
    return !(response.status === 400 && request.method === 'POST' && studioShowsItself.test(request.url.pathname));
  }

  function reasonOf(body) {
    const problem = JSON.parse(body);
    const fieldErrors = problem.errors && typeof problem.errors === 'object'
      ? Object.values(problem.errors).flat().filter(function (e) { return typeof e === 'string'; })
      : [];
    return [problem.detail || problem.title].concat(fieldErrors).filter(Boolean).join(' ');
  }

  function show(reason) {
    bar.querySelector('.velferd-host-answer-text').textContent = config.texts.hostRefused.replace('{0}', reason);
    bar.hidden = false;
  }

  bar.querySelector('button').addEventListener('click', function () { bar.hidden = true; });

  const fetch = window.fetch;
  window.fetch = async function (input, init) {
    const response = await fetch.apply(this, arguments);
    const request = requestOf(input, init);
    if (isRefusal(request, response)) {
      refusedAt = performance.now();
      response.clone().text().then(function (body) {
        let reason;
        try { reason = reasonOf(body); } catch (e) { reason = ''; }
        show(reason || config.texts.hostRefusedStatus.replace('{0}', String(response.status)));
      });
    }
    return response;
  };

  new MutationObserver(function () {
    if (generic.style.display !== 'none' && generic.style.display !== '' && performance.now() - refusedAt < explainedFor) {
      generic.style.display = 'none';
    }
  }).observe(generic, { attributes: true, attributeFilter: ['style'] });
})();
