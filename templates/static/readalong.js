/* Read-along for publisher pages: progressive enhancement, the page works without it.
   While a part (or the whole briefing) plays, the sentence being said is marked; selecting a
   sentence plays from it. Nothing is announced to screen readers: the audio already says it. */
(function () {
  "use strict";

  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function sentencesIn(root, attribute) {
    return Array.prototype.slice.call(root.querySelectorAll(".sentence[" + attribute + "]"));
  }

  function spoken(spans, time, startKey, endKey) {
    for (var i = 0; i < spans.length; i += 1) {
      var start = parseFloat(spans[i].dataset[startKey]);
      var end = parseFloat(spans[i].dataset[endKey]);
      if (time >= start - 0.05 && time < end + 0.2) {
        return spans[i];
      }
    }
    return null;
  }

  var current = null;
  function mark(span, follow) {
    if (span === current) {
      return;
    }
    if (current) {
      current.classList.remove("speaking");
    }
    current = span;
    if (span) {
      span.classList.add("speaking");
      if (follow) {
        span.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
      }
    }
  }

  function playFrom(audio, seconds) {
    audio.currentTime = seconds;
    var playing = audio.play();
    if (playing && playing.catch) {
      playing.catch(function () { /* the browser may refuse; the position is still set */ });
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("section.part"), function (part) {
    var audio = part.querySelector("audio.section-audio");
    if (!audio) {
      return;
    }
    var spans = sentencesIn(part, "data-start");
    spans.forEach(function (span) {
      span.setAttribute("tabindex", "0");
      span.setAttribute("role", "button");
      span.setAttribute("aria-description", "play from this sentence");
      span.addEventListener("click", function () { playFrom(audio, parseFloat(span.dataset.start)); });
      span.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          playFrom(audio, parseFloat(span.dataset.start));
        }
      });
    });
    function update() { mark(spoken(spans, audio.currentTime, "start", "end"), false); }
    audio.addEventListener("timeupdate", update);
    audio.addEventListener("seeked", update);
    audio.addEventListener("ended", function () { mark(null, false); });
  });

  var episode = document.querySelector("audio.episode-audio");
  if (episode) {
    var all = sentencesIn(document, "data-episode-start");
    var follow = function () {
      mark(spoken(all, episode.currentTime, "episodeStart", "episodeEnd"), !episode.paused);
    };
    episode.addEventListener("timeupdate", follow);
    episode.addEventListener("seeked", follow);
    episode.addEventListener("ended", function () { mark(null, false); });
  }

  // One voice at a time: starting a player pauses the others.
  document.addEventListener("play", function (event) {
    Array.prototype.forEach.call(document.querySelectorAll("audio"), function (audio) {
      if (audio !== event.target) {
        audio.pause();
      }
    });
  }, true);
}());
