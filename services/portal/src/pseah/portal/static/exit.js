// Quick exit: leave for a neutral page and replace this one in the history, so Back does not return here.
// Without JavaScript the link still works as a normal link.
(function () {
  function leave(url) {
    try { document.body.innerHTML = ""; document.title = ""; } catch (e) { /* nothing to clear */ }
    window.location.replace(url);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("#quick-exit") : null;
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });
  document.addEventListener("keydown", function (event) {
    var exit = document.getElementById("quick-exit");
    if (exit && event.key === "Escape") leave(exit.href);
  });
})();
