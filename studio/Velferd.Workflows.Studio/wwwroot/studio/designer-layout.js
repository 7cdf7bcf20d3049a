// Fits the Studio to a laptop screen (1366×768). Elsa Studio 3.8.2 centres a diagram at full size when it opens, so a
// wide pathway starts off the canvas (P1's first step sat behind the toolbox), and it gives the activity's inputs 30 %
// of the canvas column (about 190 px), the pathway's properties 35 % of the width and the toolbox 15 %. Here, each
// diagram that opens with steps is fitted once (scaled between 50 % and 100 %, below the canvas's toolbar; a pathway
// too wide even at 50 % is shown from its left, where it starts), unless the user touched the diagram first; and on a
// short or narrow screen the panels start at sizes that leave the inputs and the toolbox's names room. The user can
// still drag every splitter.
(function () {
  const host = document.getElementById('velferd-host');
  const padding = 20;
  const smallestScale = 0.5;
  const quietChecks = 2;
  const checkEvery = 250;
  const giveUpAfter = 40;
  const fittedElements = new WeakSet();
  let designerModule = null;

  // The Studio imports its diagram module itself; importing the same address answers the same module, whose
  // graphBindings hold the X6 graph of every diagram on the page.
  function graphModule() {
    if (designerModule) return designerModule;
    const loaded = performance.getEntriesByType('resource').map(function (e) { return e.name; })
      .find(function (name) { return /\/Elsa\.Studio\.Workflows\.Designer\/designer\.entry\.js$/.test(new URL(name).pathname); });
    if (!loaded) return null;
    designerModule = import(loaded);
    return designerModule;
  }

  function graphIn(module, element) {
    const binding = Object.values(module.graphBindings).find(function (b) { return element.contains(b.graph.container); });
    return binding ? binding.graph : null;
  }

  // The part of the graph the user sees: the Studio draws it below the canvas's toolbar but as tall as the whole pane,
  // so its bottom lies under the inputs panel.
  function visibleArea(graph) {
    const box = graph.container.getBoundingClientRect();
    const pane = graph.container.closest('.rz-splitter-pane');
    const bottom = pane ? Math.min(box.bottom, pane.getBoundingClientRect().bottom) : box.bottom;
    const toolbar = pane && pane.querySelector('[role=toolbar]');
    const top = toolbar ? Math.max(0, toolbar.getBoundingClientRect().bottom - box.top) : 0;
    return { top: top, width: box.width, height: bottom - box.top - top };
  }

  function fit(graph) {
    const content = graph.getContentArea();
    const visible = visibleArea(graph);
    const top = visible.top + padding;
    const width = visible.width - 2 * padding;
    const height = visible.height - 2 * padding;
    if (content.width <= 0 || width <= 0 || height <= 0) return;
    const scale = Math.min(1, Math.max(smallestScale, Math.min(width / content.width, height / content.height)));
    const x = content.width * scale <= width ? padding + (width - content.width * scale) / 2 : padding;
    const y = content.height * scale <= height ? top + (height - content.height * scale) / 2 : top;
    graph.scale(scale, scale);
    graph.translate(x - content.x * scale, y - content.y * scale);
  }

  function sameArea(a, b) {
    return b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  }

  // Waits until the diagram has its steps and they have stopped moving (the Studio sizes each step after drawing it,
  // then centres the content), then fits it once. A pointer, wheel or key in the element first cancels the fit.
  function fitWhenDrawn(element) {
    if (fittedElements.has(element)) return;
    fittedElements.add(element);
    let touched = false;
    const touch = function () { touched = true; };
    for (const type of ['pointerdown', 'wheel', 'keydown', 'dragstart']) element.addEventListener(type, touch, { capture: true, once: true });
    let checks = 0, quiet = 0, last = null;
    function check() {
      if (touched || !element.isConnected || ++checks > giveUpAfter * 10) return;
      const module = graphModule();
      if (!module) { setTimeout(check, checkEvery); return; }
      module.then(function (m) {
        const graph = graphIn(m, element);
        if (touched) return;
        if (!graph || graph.getNodes().length === 0 || graph.container.clientHeight === 0) { quiet = 0; setTimeout(check, checkEvery); return; }
        const area = graph.getContentArea();
        quiet = sameArea(area, last) ? quiet + 1 : 0;
        last = area;
        if (quiet < quietChecks) { setTimeout(check, checkEvery); return; }
        fit(graph);
      });
    }
    check();
  }

  function setBasis(pane, percent) {
    if (pane) pane.style.flexBasis = percent + '%';
  }

  // The editor's panes, once Blazor has drawn them: [toolbox | [[canvas / inputs] | properties]]. Under 1,600 px wide
  // the toolbox gets 18 % (about 246 px at 1366, where designer-fit.css wraps the activities' names) and the
  // properties 26 % of the rest (about 290 px), which leaves the canvas about 820 px.
  function sizePanels(editor) {
    const toolbox = editor.querySelector(':scope > .rz-splitter > .rz-splitter-pane:first-child');
    const columns = editor.querySelector(':scope > .rz-splitter > .rz-splitter-pane:last-child > .rz-splitter-horizontal');
    const canvasColumn = columns && columns.querySelector(':scope > .rz-splitter-pane.pane-left');
    const rows = canvasColumn && canvasColumn.querySelector('.rz-splitter-vertical');
    if (!rows) return false;
    if (window.innerWidth < 1600) {
      setBasis(toolbox, 18);
      setBasis(editor.querySelector(':scope > .rz-splitter > .rz-splitter-pane:last-child'), 82);
      setBasis(canvasColumn, 74);
      setBasis(columns.querySelector(':scope > .rz-splitter-pane:last-child'), 26);
    }
    if (window.innerHeight < 900) {
      setBasis(rows.querySelector(':scope > .rz-splitter-pane:first-child'), 60);
      setBasis(rows.querySelector(':scope > .rz-splitter-pane:last-child'), 40);
    }
    return true;
  }

  function arrange(element) {
    if (element.localName === 'elsa-workflow-definition-editor' && !element.velferdPanelsSized && sizePanels(element)) {
      element.velferdPanelsSized = true;
    }
    if (element.localName === 'elsa-workflow-definition-editor' || element.localName === 'elsa-workflow-instance-viewer') {
      fitWhenDrawn(element);
    }
  }

  new MutationObserver(function () {
    for (const element of host.children) arrange(element);
  }).observe(host, { childList: true, subtree: true });
})();
