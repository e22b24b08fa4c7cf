// Recalculates a calculator page in place: the same GET request the form sends, and the result section of the answer
// swapped in. Without a script (or without fetch) the form simply submits; the page works the same.
(function () {
  var form = document.getElementById('beregner');
  var result = document.getElementById('resultat');
  if (!form || !result || !window.fetch || !window.DOMParser) return;
  var timer = null;
  var latest = 0;

  function recalculate() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = form.getAttribute('action') + '?' + query;
    var ticket = ++latest;
    fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (ticket !== latest) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('resultat');
        if (!fresh) return;
        result.innerHTML = fresh.innerHTML;
        history.replaceState(null, '', url);
      })
      .catch(function () { /* the form still submits */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(recalculate, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    recalculate();
  });
})();
